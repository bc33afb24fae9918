import { App } from 'cdktf';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ClusterGroups } from '../../constructs';

/** Terraform JSON of one synthesized stack, typed loosely for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TerraformJson = Record<string, any>;

/** A quiet app writing to a fresh temporary folder, with no lock file unless a test asks for one. */
export function testApp(context: Record<string, unknown> = {}, skipValidation = false): App {
  return new App({ outdir: mkdtempSync(join(tmpdir(), 'cg-test-')), skipValidation, context: { [ClusterGroups.CONTEXT_LOCK_FILE]: false, [ClusterGroups.CONTEXT_QUIET]: true, ...context } });
}

/** Runs a full synth (validations on) and reads back every stack's cdk.tf.json. */
export function synthStacks(app: App): Record<string, TerraformJson> {
  app.synth();
  const manifest = JSON.parse(readFileSync(join(app.outdir, 'manifest.json'), 'utf8'));
  return Object.fromEntries(Object.keys(manifest.stacks).map((name) => [name, JSON.parse(readFileSync(join(app.outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'))]));
}

/** One helm_release instance as Terraform would install it: release name and namespace resolved, `${each.key}` included. */
export interface ReleaseInstance {
  readonly address: string;
  readonly name: string;
  readonly namespace: string;
  readonly chart: string;
  readonly version?: string;
  readonly values: string;
}

/** Resolves `${each.key}` and a reference to a namespace of the same stack (`${kubernetes_namespace_v1.X.metadata[0].name}`). */
function resolve(text: string, json: TerraformJson, key: string | undefined): string {
  return text.replace(/\$\{([^}]+)\}/g, (reference, expression: string) => {
    if (expression === 'each.key' && key !== undefined) return key;
    const namespace = /^kubernetes_namespace_v1\.([\w-]+)\.metadata\[0\]\.name$/.exec(expression);
    const name = namespace ? json.resource?.kubernetes_namespace_v1?.[namespace[1]]?.metadata?.name : undefined;
    if (typeof name !== 'string') throw new Error(`cannot resolve ${reference}`);
    return name;
  });
}

/** Every helm_release instance (for_each releases: each key), with its values text. */
export function releaseValues(json: TerraformJson): ReleaseInstance[] {
  const out: ReleaseInstance[] = [];
  for (const [name, release] of Object.entries<TerraformJson>(json.resource?.helm_release ?? {})) {
    const instance = (address: string, values: string, key?: string): ReleaseInstance => ({
      address,
      name: resolve(release.name, json, key),
      namespace: resolve(release.namespace, json, key),
      chart: release.chart,
      version: release.version,
      values,
    });
    if (release.for_each) {
      for (const [key, each] of Object.entries<TerraformJson>(release.for_each)) out.push(instance(`helm_release.${name}["${key}"]`, each.values, key));
    } else out.push(instance(`helm_release.${name}`, release.values[0]));
  }
  return out;
}
