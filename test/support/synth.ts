import { App } from 'cdktf';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { CONTEXT_LOCK_FILE, CONTEXT_QUIET } from '../../constructs';

/** Terraform JSON of one synthesized stack, typed loosely for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TerraformJson = Record<string, any>;

/** A quiet app writing to a fresh temporary folder, with no lock file unless a test asks for one. */
export function testApp(context: Record<string, unknown> = {}, skipValidation = false): App {
  return new App({ outdir: mkdtempSync(join(tmpdir(), 'cg-test-')), skipValidation, context: { [CONTEXT_LOCK_FILE]: false, [CONTEXT_QUIET]: true, ...context } });
}

/** Runs a full synth (validations on) and reads back every stack's cdk.tf.json. */
export function synthStacks(app: App): Record<string, TerraformJson> {
  app.synth();
  const manifest = JSON.parse(readFileSync(join(app.outdir, 'manifest.json'), 'utf8'));
  return Object.fromEntries(Object.keys(manifest.stacks).map((name) => [name, JSON.parse(readFileSync(join(app.outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'))]));
}

/** Every helm_release instance's values, as one list of { address, values text }. */
export function releaseValues(json: TerraformJson): Array<{ address: string; chart: string; version?: string; values: string }> {
  const out: Array<{ address: string; chart: string; version?: string; values: string }> = [];
  for (const [name, release] of Object.entries<TerraformJson>(json.resource?.helm_release ?? {})) {
    if (release.for_each) {
      for (const [key, each] of Object.entries<TerraformJson>(release.for_each))
        out.push({ address: `helm_release.${name}["${key}"]`, chart: release.chart, version: release.version, values: each.values });
    } else out.push({ address: `helm_release.${name}`, chart: release.chart, version: release.version, values: release.values[0] });
  }
  return out;
}
