import { existsSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { CHARTS } from './charts';
import { K8sObject, renderAll, Rendered, RenderJob } from './helm';
import { ReleaseInstance, releaseValues, TerraformJson } from './synth';

/** The local chart of MetalLB's configuration objects: the asset every stack ships is a copy of this folder. */
const METALLB_CONFIG_CHART = join(__dirname, '..', '..', 'assets', 'metallb-config');

/** The chart folder a release installs: the upstream chart of that name and version in ../shared/charts, or our local chart. */
export function chartDir(release: Pick<ReleaseInstance, 'address' | 'chart' | 'version'>): string {
  if (release.chart.startsWith('./assets/metallb-config-chart/')) return METALLB_CONFIG_CHART;
  const dir = join(CHARTS, release.chart, String(release.version), 'chart');
  if (!existsSync(dir)) throw new Error(`${release.address}: no chart ${release.chart} ${release.version} in ${CHARTS} to render it with`);
  return dir;
}

export function renderJob(release: ReleaseInstance): RenderJob {
  return { address: release.address, release: release.name, namespace: release.namespace, chartDir: chartDir(release), version: release.version, values: release.values };
}

/** Every helm_release instance of the stacks (or those whose address `keep` keeps), rendered by Helm, keyed by Terraform address (`<stack>:` in front). */
export async function renderStacks(stacks: Record<string, TerraformJson>, keep: (address: string) => boolean = () => true): Promise<Map<string, Rendered>> {
  const jobs = Object.entries(stacks).flatMap(([stack, json]) =>
    releaseValues(json)
      .filter((release) => keep(release.address))
      .map((release) => renderJob({ ...release, address: `${stack}:${release.address}` })),
  );
  return new Map((await renderAll(jobs)).map((rendered) => [rendered.job.address, rendered]));
}

/** The one rendered object of that kind (and name, when given); throws naming what is there otherwise. */
export function only(rendered: Rendered, kind: string, name?: string): K8sObject {
  const found = rendered.objects.filter((object) => object.kind === kind && (name === undefined || object.metadata?.name === name));
  if (found.length !== 1) {
    const present = rendered.objects.map((object) => `${object.kind}/${object.metadata?.name}`).join(', ');
    throw new Error(`${rendered.job.address}: ${found.length} ${kind}${name ? ` named ${name}` : ''} rendered (rendered: ${present})`);
  }
  return found[0];
}

/** The vcluster configuration the chart hands its control plane (its `vc-config-<release>` Secret), as values. */
export function vclusterConfig(rendered: Rendered): K8sObject {
  return parse(Buffer.from(only(rendered, 'Secret', `vc-config-${rendered.job.release}`).data['config.yaml'], 'base64').toString('utf8'));
}
