import { existsSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { CHARTS } from './charts';
import { K8sObject, renderAll, Rendered, RenderJob } from './helm';
import { ReleaseInstance, releaseValues, TerraformJson } from './synth';

/** Our local charts: the asset `<name>-chart` every stack ships is a copy of assets/<name>. */
const LOCAL_CHART = /^\.\/assets\/([a-z-]+)-chart\//;

/** Folders of ../shared/charts named otherwise than the chart they hold (Envoy Gateway's chart is `gateway-helm`). */
const SHARED_FOLDER: Readonly<Record<string, string>> = { 'gateway-helm': 'envoy-gateway' };

/**
 * The chart folder a release installs: the upstream chart of that name and version in
 * ../shared/charts (a version tagged `v1.9.0` sits in `1.9.0`), or our local chart.
 */
export function chartDir(release: Pick<ReleaseInstance, 'address' | 'chart' | 'version'>): string {
  const local = LOCAL_CHART.exec(release.chart);
  if (local) return join(__dirname, '..', '..', 'assets', local[1]);
  const dir = join(CHARTS, SHARED_FOLDER[release.chart] ?? release.chart, String(release.version).replace(/^v/, ''), 'chart');
  if (!existsSync(dir)) throw new Error(`${release.address}: no chart ${release.chart} ${release.version} in ${CHARTS} to render it with`);
  return dir;
}

export function renderJob(release: ReleaseInstance): RenderJob {
  return { address: release.address, release: release.name, namespace: release.namespace, chartDir: chartDir(release), version: release.version, values: release.values };
}

/**
 * Whether Helm can render a release here, offline: the Gateway API CRDs release takes Envoy's
 * `gateway-crds-helm` from its OCI registry as a dependency (`dependency_update`), which
 * ../shared/charts does not hold; what it installs is the CRDs of ../shared/charts/gateway-api.
 */
export function rendersOffline(address: string): boolean {
  return !address.includes('helm_release.gatewaycrds_');
}

/** Every helm_release instance of the stacks (or those whose address `keep` keeps) that renders offline, rendered by Helm, keyed by Terraform address (`<stack>:` in front). */
export async function renderStacks(stacks: Record<string, TerraformJson>, keep: (address: string) => boolean = () => true): Promise<Map<string, Rendered>> {
  const jobs = Object.entries(stacks).flatMap(([stack, json]) =>
    releaseValues(json)
      .filter((release) => keep(release.address) && rendersOffline(release.address))
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
