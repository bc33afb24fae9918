import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { TerraformJson } from '../../support/synth';
import { Environment, expectSuccess, helmReleases, kubectlJson } from './environment';
import { Workspace } from './workspace';

/** A release as synth emitted it: the context it goes to, its Helm name and namespace, and its chart. */
interface EmittedRelease {
  readonly context: string;
  readonly name: string;
  readonly namespace: string;
  readonly chart: string;
}

/** `${each.key}`, or a reference to a namespace resource of the same stack, resolved as Terraform will. */
export function resolve(json: TerraformJson, value: string, key = ''): string {
  if (value === '${each.key}') return key;
  const namespace = /^\$\{kubernetes_namespace_v1\.(\w+)\.metadata\[0\]\.name\}$/.exec(value);
  return namespace ? json.resource.kubernetes_namespace_v1[namespace[1]].metadata.name : value;
}

/** `chart-version` as Helm lists it: from the release, or for a local chart (an asset, a path from the stack's folder) from its Chart.yaml. */
function chartOf(release: TerraformJson, stackDir: string): string {
  if (release.version !== undefined) return `${release.chart}-${release.version}`;
  const chart = parse(readFileSync(join(stackDir, release.chart, 'Chart.yaml'), 'utf8'));
  return `${chart.name}-${chart.version}`;
}

/** Every Helm release instance of a synthesized stack, with the context its provider alias reaches (`contexts`: alias → context). */
export function emittedReleases(json: TerraformJson, stackDir: string, contexts: Readonly<Record<string, string>>): EmittedRelease[] {
  const out: EmittedRelease[] = [];
  for (const release of Object.values<TerraformJson>(json.resource.helm_release ?? {})) {
    const alias = String(release.provider).replace(/^helm\./, '');
    const context = contexts[alias];
    if (!context) throw new Error(`no context given for the provider alias ${alias}`);
    const keys = release.for_each ? Object.keys(release.for_each) : [''];
    for (const key of keys) out.push({ context, name: resolve(json, release.name, key), namespace: resolve(json, release.namespace, key), chart: chartOf(release, stackDir) });
  }
  return out;
}

/** Fails naming every emitted release Helm does not list as deployed, in its namespace, at its chart version. */
export async function expectDeployedAsEmitted(env: Environment, releases: readonly EmittedRelease[]): Promise<void> {
  const listed = new Map<string, Array<{ name: string; namespace: string; status: string; chart: string }>>();
  for (const context of new Set(releases.map((r) => r.context))) listed.set(context, await helmReleases(env, context));
  const found = releases.map((r) => ({ ...r, found: listed.get(r.context)!.find((l) => l.name === r.name && l.namespace === r.namespace) }));
  expect(found.map((r) => ({ context: r.context, name: r.name, status: r.found?.status, chart: r.found?.chart }))).toEqual(
    releases.map((r) => ({ context: r.context, name: r.name, status: 'deployed', chart: r.chart })),
  );
  for (const r of releases) await kubectlJson(env, r.context, ['get', 'namespace', r.namespace]);
}

/** The two tests every deployment of the suite ends with: a second plan has nothing to do, and destroy leaves no state and no release on the stack's contexts. */
export function settlesAndDestroys(workspace: Workspace, contexts: readonly string[]): void {
  test('a second apply has nothing to do: plan -detailed-exitcode exits 0', async () => {
    const plan = await workspace.plan();
    expect({ code: plan.code, stderr: plan.stderr }).toEqual({ code: 0, stderr: '' });
  });

  test('destroy removes every namespace and release', async () => {
    expectSuccess(await workspace.destroy(), 'terraform destroy');
    expect(await workspace.state()).toEqual([]);
    for (const context of contexts) expect(await helmReleases(workspace.env, context)).toEqual([]);
  });
}
