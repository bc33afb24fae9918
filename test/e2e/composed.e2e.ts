import { writeFileSync } from 'fs';
import { ComposedStack } from '../../examples/composed-stack';
import { TerraformJson } from '../support/synth';
import { bearerToken, caCertificate, environment, expectSuccess } from './support/environment';
import { emittedReleases, expectDeployedAsEmitted, settlesAndDestroys } from './support/deployed';
import { Workspace } from './support/workspace';

// The composed example: a stack whose own provider pair reaches `prod` through ~/.kube/config, and
// a host `dr` reached at dr.example.com:6443 (resolved inside the run's network namespace) with a
// bearer token and CA from variables.
const env = environment();
const workspace = Workspace.create(env, 'composed', 'composed', { dr_token: bearerToken(env), dr_ca: caCertificate(env) });
const CONTEXTS = { prod: 'prod', dr: 'dr' };

let synthesized: TerraformJson;

beforeAll(async () => {
  // The lock a user commits, holding analytics on prod-main. Left to placement it would go to dr,
  // whose ingress-nginx we install: there its Ingress would meet ingress-nginx's admission webhook,
  // which no pod answers here (see the README), so dr holds the controller alone.
  writeFileSync(
    workspace.lockFile,
    JSON.stringify({
      version: 1,
      stacks: { composed: { groups: { platform: { distribution: 'k8s', vclusterChartVersion: '0.36.1', virtualClusters: { analytics: { host: 'prod-main' }, payments: { host: 'prod-main' } } } } } },
    }),
  );
  synthesized = await workspace.synth((app) => new ComposedStack(app, 'composed'));
  await workspace.init();
});

afterAll(async () => {
  await workspace.destroy();
});

test("the first apply, through the stack's own providers and a token, creates every namespace and release as emitted", async () => {
  expect(synthesized.provider.kubernetes).toEqual([
    expect.objectContaining({ alias: 'prod', config_context: 'prod' }),
    expect.objectContaining({ alias: 'dr', host: 'https://dr.example.com:6443', token: '${var.dr_token}' }),
  ]);
  expectSuccess(await workspace.apply(), 'terraform apply');
  const releases = emittedReleases(synthesized, workspace.stackDir, CONTEXTS);
  expect(releases.map((r) => `${r.context}/${r.name}`).sort()).toEqual(['dr/ingress-nginx', 'prod/analytics', 'prod/payments']);
  await expectDeployedAsEmitted(env, releases);
});

settlesAndDestroys(workspace, ['prod', 'dr']);
