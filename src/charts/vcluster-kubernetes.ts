import { mergeValues, Values } from './merge';
import { isMap } from '../model/values';

/** The distributions a vcluster chart runs its control plane with, as our values select them. */
type Distro = 'k8s' | 'k3s';

/**
 * The Kubernetes version each vcluster chart release runs by default, per distribution: the
 * distro image tag of the chart's values.yaml at that release's tag in loft-sh/vcluster
 * (`controlPlane.distro.k8s.image.tag` from 0.25, `controlPlane.distro.k8s.apiServer.image.tag`
 * before; `controlPlane.distro.k3s.image.tag`, gone with k3s in 0.33). A chart upgrade that
 * changes it upgrades every virtual cluster's control plane, which the plan shows only as a
 * chart version: the plan review says it.
 */
const SHIPPED: Readonly<Record<string, Readonly<Partial<Record<Distro, string>>>>> = {
  '0.20.0': { k8s: 'v1.30.2', k3s: 'v1.30.2-k3s1' },
  '0.20.1': { k8s: 'v1.30.2', k3s: 'v1.30.2-k3s1' },
  '0.20.2': { k8s: 'v1.30.2', k3s: 'v1.30.2-k3s1' },
  '0.20.3': { k8s: 'v1.30.2', k3s: 'v1.30.2-k3s1' },
  '0.20.4': { k8s: 'v1.30.2', k3s: 'v1.30.2-k3s1' },
  '0.20.5': { k8s: 'v1.30.2', k3s: 'v1.30.2-k3s1' },
  '0.20.6': { k8s: 'v1.30.2', k3s: 'v1.30.2-k3s1' },
  '0.21.0': { k8s: 'v1.31.1', k3s: 'v1.31.1-k3s1' },
  '0.21.1': { k8s: 'v1.31.1', k3s: 'v1.31.1-k3s1' },
  '0.21.2': { k8s: 'v1.31.1', k3s: 'v1.31.1-k3s1' },
  '0.21.3': { k8s: 'v1.31.1', k3s: 'v1.31.1-k3s1' },
  '0.21.4': { k8s: 'v1.31.1', k3s: 'v1.31.1-k3s1' },
  '0.21.5': { k8s: 'v1.31.1', k3s: 'v1.31.1-k3s1' },
  '0.21.6': { k8s: 'v1.31.1', k3s: 'v1.31.1-k3s1' },
  '0.22.0': { k8s: 'v1.31.1', k3s: 'v1.31.1-k3s1' },
  '0.22.1': { k8s: 'v1.31.1', k3s: 'v1.31.1-k3s1' },
  '0.22.2': { k8s: 'v1.31.1', k3s: 'v1.31.1-k3s1' },
  '0.22.3': { k8s: 'v1.31.1', k3s: 'v1.31.1-k3s1' },
  '0.22.4': { k8s: 'v1.31.1', k3s: 'v1.31.1-k3s1' },
  '0.22.5': { k8s: 'v1.31.1', k3s: 'v1.31.1-k3s1' },
  '0.22.6': { k8s: 'v1.31.1', k3s: 'v1.31.1-k3s1' },
  '0.23.0': { k8s: 'v1.32.1', k3s: 'v1.32.1-k3s1' },
  '0.23.1': { k8s: 'v1.32.1', k3s: 'v1.32.1-k3s1' },
  '0.23.2': { k8s: 'v1.32.1', k3s: 'v1.32.1-k3s1' },
  '0.23.3': { k8s: 'v1.32.1', k3s: 'v1.32.1-k3s1' },
  '0.24.0': { k8s: 'v1.32.1', k3s: 'v1.32.1-k3s1' },
  '0.24.1': { k8s: 'v1.32.1', k3s: 'v1.32.1-k3s1' },
  '0.24.2': { k8s: 'v1.32.1', k3s: 'v1.32.1-k3s1' },
  '0.25.0': { k8s: 'v1.32.1', k3s: 'v1.32.1-k3s1' },
  '0.25.1': { k8s: 'v1.32.1', k3s: 'v1.32.1-k3s1' },
  '0.25.2': { k8s: 'v1.32.8', k3s: 'v1.32.7-k3s1' },
  '0.26.0': { k8s: 'v1.32.1', k3s: 'v1.32.1-k3s1' },
  '0.26.1': { k8s: 'v1.32.8', k3s: 'v1.32.7-k3s1' },
  '0.26.2': { k8s: 'v1.32.8', k3s: 'v1.32.7-k3s1' },
  '0.26.3': { k8s: 'v1.32.8', k3s: 'v1.32.7-k3s1' },
  '0.26.4': { k8s: 'v1.32.8', k3s: 'v1.32.7-k3s1' },
  '0.26.5': { k8s: 'v1.32.8', k3s: 'v1.32.7-k3s1' },
  '0.27.0': { k8s: 'v1.33.1', k3s: 'v1.33.1-k3s1' },
  '0.27.1': { k8s: 'v1.33.4', k3s: 'v1.33.3-k3s1' },
  '0.27.2': { k8s: 'v1.33.4', k3s: 'v1.33.3-k3s1' },
  '0.27.3': { k8s: 'v1.33.4', k3s: 'v1.33.3-k3s1' },
  '0.28.0': { k8s: 'v1.33.4', k3s: 'v1.33.3-k3s1' },
  '0.28.1': { k8s: 'v1.33.4', k3s: 'v1.33.3-k3s1' },
  '0.28.2': { k8s: 'v1.33.4', k3s: 'v1.33.3-k3s1' },
  '0.29.0': { k8s: 'v1.33.4', k3s: 'v1.33.3-k3s1' },
  '0.29.1': { k8s: 'v1.33.4', k3s: 'v1.33.3-k3s1' },
  '0.29.2': { k8s: 'v1.33.4', k3s: 'v1.33.3-k3s1' },
  '0.29.3': { k8s: 'v1.33.4', k3s: 'v1.33.3-k3s1' },
  '0.30.0': { k8s: 'v1.34.0', k3s: 'v1.34.1-k3s1' },
  '0.30.1': { k8s: 'v1.34.0', k3s: 'v1.34.1-k3s1' },
  '0.30.2': { k8s: 'v1.34.0', k3s: 'v1.34.1-k3s1' },
  '0.30.3': { k8s: 'v1.34.0', k3s: 'v1.34.1-k3s1' },
  '0.30.4': { k8s: 'v1.34.0', k3s: 'v1.34.1-k3s1' },
  '0.30.5': { k8s: 'v1.34.0', k3s: 'v1.34.1-k3s1' },
  '0.31.0': { k8s: 'v1.34.0', k3s: 'v1.34.1-k3s1' },
  '0.31.1': { k8s: 'v1.34.0', k3s: 'v1.34.1-k3s1' },
  '0.31.2': { k8s: 'v1.34.0', k3s: 'v1.34.1-k3s1' },
  '0.31.3': { k8s: 'v1.34.0', k3s: 'v1.34.1-k3s1' },
  '0.32.0': { k8s: 'v1.35.0', k3s: 'v1.35.0-k3s1' },
  '0.32.1': { k8s: 'v1.35.0', k3s: 'v1.35.0-k3s1' },
  '0.32.2': { k8s: 'v1.35.0', k3s: 'v1.35.0-k3s1' },
  '0.32.3': { k8s: 'v1.35.0', k3s: 'v1.35.0-k3s1' },
  '0.33.0': { k8s: 'v1.35.0' },
  '0.33.1': { k8s: 'v1.35.0' },
  '0.33.2': { k8s: 'v1.35.0' },
  '0.33.3': { k8s: 'v1.35.0' },
  '0.33.4': { k8s: 'v1.35.0' },
  '0.34.0': { k8s: 'v1.35.0' },
  '0.34.1': { k8s: 'v1.35.0' },
  '0.34.2': { k8s: 'v1.35.0' },
  '0.34.3': { k8s: 'v1.35.0' },
  '0.34.4': { k8s: 'v1.35.0' },
  '0.34.5': { k8s: 'v1.35.0' },
  '0.34.6': { k8s: 'v1.35.0' },
  '0.34.7': { k8s: 'v1.35.0' },
  '0.35.0': { k8s: 'v1.36.0' },
  '0.35.1': { k8s: 'v1.36.0' },
  '0.35.2': { k8s: 'v1.36.0' },
  '0.35.3': { k8s: 'v1.36.0' },
  '0.36.0': { k8s: 'v1.36.0' },
  '0.36.1': { k8s: 'v1.36.0' },
};

function at(values: Values, path: readonly string[]): unknown {
  let node: unknown = values;
  for (const key of path) node = isMap(node) ? node[key] : undefined;
  return node;
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The Kubernetes version a vcluster release runs: the one its values pin (`version`, or the
 * distro image's tag), else the one its chart version ships; undefined when neither is known
 * (a chart newer than this table, values Terraform shows as unknown).
 */
export function vclusterKubernetesVersion(chartVersion: unknown, layers: readonly Values[]): string | undefined {
  const values = mergeValues(...layers);
  const distro: Distro = at(values, ['controlPlane', 'distro', 'k3s', 'enabled']) === true ? 'k3s' : 'k8s';
  const base = ['controlPlane', 'distro', distro];
  const pinned = nonEmpty(at(values, [...base, 'version'])) ?? nonEmpty(at(values, [...base, 'image', 'tag'])) ?? nonEmpty(at(values, [...base, 'apiServer', 'image', 'tag']));
  return pinned ?? (typeof chartVersion === 'string' ? SHIPPED[chartVersion]?.[distro] : undefined);
}
