import { EdgeStack } from '../../examples/edge-stack';
import { TerraformJson } from '../support/synth';
import { writeFileSync } from 'fs';
import { join } from 'path';
import { bearerToken, caCertificate, command, environment, expectSuccess, helmReleases, kubeconfig, kubectlJson } from './support/environment';
import { emittedReleases, expectDeployedAsEmitted, resolve, settlesAndDestroys } from './support/deployed';
import { Workspace } from './support/workspace';

// The edge example as its site deploys it: the host is reached at its fixed address
// (192.168.42.10:6443, inside the run's network namespace) with the cluster CA from a variable and
// credentials from the exec plugin `edge-login`; the BGP password comes from a sensitive variable.
const env = environment();
const BGP_PASSWORD = 'correct horse battery staple';
const workspace = Workspace.create(env, 'edge', 'edge', { store_42_ca: caCertificate(env), store_router_bgp_password: BGP_PASSWORD });
const CONTEXTS = { store_42_rack: 'store-42-rack' };

let synthesized: TerraformJson;

beforeAll(async () => {
  synthesized = await workspace.synth((app) => new EdgeStack(app, 'edge'));
  await workspace.init();
});

afterAll(async () => {
  await workspace.destroy();
});

/**
 * An admission policy that refuses MetalLB's address pools, as MetalLB's own webhook refused our
 * configuration on a brand-new cluster before its failure policy was Ignore (issue 11): a
 * ValidatingAdmissionPolicy is evaluated by the API server itself, so no pod need answer.
 */
const REFUSE_POOLS = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata: { name: refuse-address-pools }
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules: [{ apiGroups: [metallb.io], apiVersions: ['*'], operations: [CREATE, UPDATE], resources: [ipaddresspools] }]
  validations: [{ expression: 'false', message: 'the e2e suite refuses address pools until it says otherwise' }]
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata: { name: refuse-address-pools }
spec: { policyName: refuse-address-pools, validationActions: [Deny] }
`;

async function kubectl(verb: 'apply' | 'delete', manifest: string): Promise<void> {
  const file = join(workspace.project, 'refuse-address-pools.yaml');
  writeFileSync(file, manifest);
  expectSuccess(await command(env.kubectl, ['--kubeconfig', kubeconfig(env), '--context', 'store-42-rack', verb, '-f', file]), `kubectl ${verb}`);
}

test('a first apply whose MetalLB configuration is refused fails on it alone, and the next apply heals it', async () => {
  await kubectl('apply', REFUSE_POOLS);
  const first = await workspace.apply();
  expect(first.code).toBe(1);
  expect(first.stderr).toMatch(/refuses address pools/);
  // Nothing half-made is left in the way: the next apply installs over what the first left.
  await kubectl('delete', REFUSE_POOLS);
  expectSuccess(await workspace.apply(), 'the second terraform apply');
  expect((await helmReleases(env, 'store-42-rack')).find((r) => r.name === 'metallb-config')).toMatchObject({ status: 'deployed' });
});

test('through the exec plugin, every namespace and release is created as emitted', async () => {
  expect(synthesized.provider.kubernetes[0]).toMatchObject({ host: 'https://192.168.42.10:6443', exec: [{ command: 'edge-login' }] });
  const releases = emittedReleases(synthesized, workspace.stackDir, CONTEXTS);
  expect(releases.map((r) => r.name).sort()).toEqual(['cameras', 'metallb', 'metallb-config', 'point-of-sale']);
  await expectDeployedAsEmitted(env, releases);
});

test('the BGP password reaches the secret MetalLB reads, and no file of the stack holds it', async () => {
  const secrets = synthesized.resource.kubernetes_secret_v1;
  const [emitted] = Object.values<TerraformJson>(secrets);
  const secret = await kubectlJson<{ type: string; data: Record<string, string> }>(env, 'store-42-rack', [
    'get',
    'secret',
    emitted.metadata.name,
    '--namespace',
    resolve(synthesized, emitted.metadata.namespace),
  ]);
  expect(secret.type).toBe('kubernetes.io/basic-auth');
  expect(Buffer.from(secret.data.password, 'base64').toString()).toBe(BGP_PASSWORD);
  expect(JSON.stringify(synthesized)).not.toContain(BGP_PASSWORD);
  expect(JSON.stringify(synthesized)).not.toContain(bearerToken(env));
});

test('the virtual clusters claim volumes of the example storage class, bound on the host', async () => {
  for (const name of ['cameras', 'point-of-sale']) {
    const claims = await kubectlJson<{ items: Array<{ spec: { storageClassName: string }; status: { phase: string } }> }>(env, 'store-42-rack', ['get', 'persistentvolumeclaims', '--namespace', name]);
    expect(claims.items.map((c) => ({ storageClassName: c.spec.storageClassName, phase: c.status.phase }))).toEqual([{ storageClassName: 'local-path', phase: 'Bound' }]);
  }
});

settlesAndDestroys(workspace, ['store-42-rack']);
