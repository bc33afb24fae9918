import { join } from 'path';
import { TerraformJson } from '../support/synth';
import { command, environment, expectSuccess, helmReleases, kubectlJson } from './support/environment';
import { cloudStack, CLOUD_HOSTS } from './support/stacks';
import { plannedChanges, Workspace } from './support/workspace';

// Deploy, then live with it: what a user does after the first `cdktf deploy`, on real API servers.
const env = environment();
const workspace = Workspace.create(env, 'day-two', 'cloud');

/** host context → virtual clusters placed there, as synth emitted them (placement decides, not the test). */
function placement(json: TerraformJson): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const release of Object.values<TerraformJson>(json.resource.helm_release)) {
    const host = String(release.provider).replace(/^helm\./, '');
    out[host] = [...(out[host] ?? []), ...Object.keys(release.for_each ?? {})];
  }
  return out;
}

interface Named {
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
}

async function namesOf(context: string, kind: string, namespace: string): Promise<string[]> {
  const list = await kubectlJson<{ items: Named[] }>(env, context, ['get', kind, '--namespace', namespace]);
  return list.items.map((item) => item.metadata.name).sort();
}

async function namespaceExists(context: string, name: string): Promise<boolean> {
  const list = await kubectlJson<{ items: Named[] }>(env, context, ['get', 'namespaces']);
  return list.items.some((item) => item.metadata.name === name);
}

let synthesized: TerraformJson;

beforeAll(async () => {
  synthesized = await workspace.synth((app) => cloudStack(app));
  await workspace.init();
});

afterAll(async () => {
  // Leave the shared API servers as they were for the next file, whatever failed below.
  await workspace.destroy();
});

test('the first apply creates every namespace and release as emitted, and the API servers admit what the charts make of them', async () => {
  expectSuccess(await workspace.apply(), 'terraform apply');
  const placed = placement(synthesized);
  expect(Object.values(placed).flat().sort()).toEqual(['data', 'web']);
  for (const [host, names] of Object.entries(placed)) {
    const releases = await helmReleases(env, host);
    for (const name of names) {
      const emitted = synthesized.resource.kubernetes_namespace_v1[`vcluster_${host}`];
      const namespace = (await kubectlJson<Named>(env, host, ['get', 'namespace', name])).metadata;
      // The labels as emitted, with each `${each…}` read from this instance's for_each entry.
      const instance = { ...emitted.metadata.labels, 'cluster-groups/virtual-cluster': name, 'cluster-groups/group': 'apps', 'pod-security.kubernetes.io/enforce': emitted.for_each[name].enforce };
      expect(namespace.labels).toMatchObject(instance);
      expect(releases).toContainEqual(expect.objectContaining({ name, namespace: name, status: 'deployed', chart: 'vcluster-0.36.1' }));
      // What the chart makes of our values, admitted by ResourceQuota, LimitRanger, PodSecurity and the rest.
      expect(await namesOf(host, 'statefulsets', name)).toEqual([name]);
      expect(await namesOf(host, 'resourcequotas', name)).toContain(`vc-${name}`);
      expect(await namesOf(host, 'limitranges', name)).toContain(`vc-${name}`);
      const ingress = await kubectlJson<{ spec: { ingressClassName: string; rules: Array<{ host: string }> } }>(env, host, ['get', 'ingress', name, '--namespace', name]);
      expect(ingress.spec.ingressClassName).toBe('nginx');
      expect(ingress.spec.rules.map((rule) => rule.host)).toEqual([`${name}.apps.${host}.example.com`]);
    }
  }
});

test('a second apply has nothing to do: plan -detailed-exitcode exits 0', async () => {
  const plan = await workspace.plan();
  expect({ code: plan.code, stderr: plan.stderr }).toEqual({ code: 0, stderr: '' });
});

test('adding one virtual cluster plans its namespace and release, and nothing else', async () => {
  await workspace.synth((app) => cloudStack(app, ['web', 'data', 'reports']));
  const plan = await workspace.plan();
  expect(plan.code).toBe(2);
  const changes = plannedChanges((await workspace.showPlan()).json);
  expect(changes.map((change) => change.actions)).toEqual([['create'], ['create']]);
  expect(changes.map((change) => change.address.replace(/vcluster_[a-z0-9]+/, 'vcluster_HOST'))).toEqual(['helm_release.vcluster_HOST["reports"]', 'kubernetes_namespace_v1.vcluster_HOST["reports"]']);
  expectSuccess(await workspace.apply(), 'terraform apply');
});

test('removing one plans its destroy, and review-plan on that real plan reports the data loss', async () => {
  await workspace.synth((app) => cloudStack(app, ['web', 'reports']));
  const plan = await workspace.plan();
  expect(plan.code).toBe(2);
  const { file, json } = await workspace.showPlan();
  const changes = plannedChanges(json);
  expect(changes.map((change) => change.actions)).toEqual([['delete'], ['delete']]);
  expect(changes.every((change) => change.address.endsWith('["data"]'))).toBe(true);

  // The CLI as a user runs it, from the built package, on Terraform's own JSON.
  const review = join(workspace.project, 'cdktf.out', 'cluster-groups', 'cloud', 'review.json');
  const cli = join(__dirname, '..', '..', 'bin', 'cdktf-cluster-groups.js');
  const result = await command(process.execPath, [cli, 'review-plan', file, '--review', review, '--fail-on-destroy']);
  expect(result.code).toBe(2);
  expect(result.stdout).toContain('## Data loss');
  expect(result.stdout.split('## Data loss')[1].split('\n## ')[0]).toMatch(/`data`/);

  expectSuccess(await workspace.apply(), 'terraform apply');
  const host = Object.entries(placement(synthesized)).find(([, names]) => names.includes('data'))![0];
  expect(await namespaceExists(host, 'data')).toBe(false);
});

test('destroy removes every namespace and release it created', async () => {
  expectSuccess(await workspace.destroy(), 'terraform destroy');
  expect(await workspace.state()).toEqual([]);
  for (const host of CLOUD_HOSTS) {
    expect(await helmReleases(env, host)).toEqual([]);
    for (const name of ['web', 'data', 'reports']) expect(await namespaceExists(host, name)).toBe(false);
  }
});
