import { exposureOf, kubeconfigSecret, serverUrl } from '../charts/exposure';
import { Values } from '../charts/merge';
import { toYaml } from '../charts/serialize';
import { podSecurityEnforced } from '../charts/isolation';
import { vclusterValues } from '../charts/vcluster-values';
import { Evaluation } from '../evaluate';
import { byName } from '../model/order';
import { literal } from './terraform-text';

export interface VirtualClusterRelease {
  readonly name: string;
  readonly group: string;
  /** Built when read: a large fleet never holds every virtual cluster's values at once, only their text. */
  readonly values: Values;
}

/** The vcluster releases of every host (by host path), each with its complete values (built when read), sorted by name. */
export function releasesByHost(evaluation: Evaluation): Map<string, VirtualClusterRelease[]> {
  const byHost = new Map<string, VirtualClusterRelease[]>();
  for (const group of evaluation.fleet.groups) {
    const groupValues = 'values' in group.userValues ? group.userValues.values : {};
    for (const vc of group.virtualClusters) {
      const placed = evaluation.placement.byPath.get(vc.spec.path);
      if (!placed) continue;
      const input = { group, vc, exposure: exposureOf(group, placed) };
      const own = 'values' in vc.userValues ? vc.userValues.values : {};
      const list = byHost.get(placed.host.spec.path) ?? [];
      list.push({
        name: vc.name,
        group: group.name,
        get values() {
          return vclusterValues(input, groupValues, own);
        },
      });
      byHost.set(placed.host.spec.path, list);
    }
  }
  for (const list of byHost.values()) list.sort(byName);
  return byHost;
}

/** What a virtual cluster's namespace is labelled with, besides its name. */
export interface NamespaceOf {
  readonly group: string;
  readonly enforce: string;
}

/** What a group's output says of one virtual cluster: where it runs and how to reach it, never the kubeconfig itself. */
export interface OutputEntry {
  readonly host: string;
  /** The API server URL; null while a cloud load balancer's address is known only after apply (VC-6 warns). */
  readonly endpoint: string | null;
  readonly kubeconfig_secret: { readonly name: string; readonly namespace: string };
}

/**
 * The per-virtual-cluster part of emission, known once every construct is in: per host, the
 * `for_each` maps of its namespace and vcluster release (keyed by virtual-cluster name); per
 * group, its output.
 */
export interface Instances {
  /** Host path → virtual-cluster name → its group's name and enforced pod security level (namespace labels). */
  readonly namespaces: ReadonlyMap<string, Record<string, NamespaceOf>>;
  /** Host path → virtual-cluster name → its values, as Terraform takes them literally. */
  readonly releases: ReadonlyMap<string, Record<string, { values: string }>>;
  /** Group path → virtual-cluster name → its output entry. */
  readonly outputs: ReadonlyMap<string, Record<string, OutputEntry>>;
}

export function instancesOf(evaluation: Evaluation): Instances {
  const namespaces = new Map<string, Record<string, NamespaceOf>>();
  const releases = new Map<string, Record<string, { values: string }>>();
  for (const [hostPath, list] of releasesByHost(evaluation)) {
    const hostNamespaces: Record<string, NamespaceOf> = {};
    const hostReleases: Record<string, { values: string }> = {};
    for (const release of list) {
      const values = release.values; // built once: the enforced level and the text both read it
      hostNamespaces[release.name] = { group: release.group, enforce: podSecurityEnforced(values) };
      hostReleases[release.name] = { values: literal(toYaml(values)) };
    }
    namespaces.set(hostPath, hostNamespaces);
    releases.set(hostPath, hostReleases);
  }
  const outputs = new Map<string, Record<string, OutputEntry>>();
  for (const group of evaluation.fleet.groups) {
    const entries = group.virtualClusters.flatMap((vc) => {
      const placed = evaluation.placement.byPath.get(vc.spec.path);
      if (!placed) return [];
      const entry: OutputEntry = { host: placed.host.name, endpoint: serverUrl(exposureOf(group, placed)) ?? null, kubeconfig_secret: kubeconfigSecret(vc.name) };
      return [[vc.name, entry] as const];
    });
    outputs.set(group.spec.path, Object.fromEntries(entries));
  }
  return { namespaces, releases, outputs };
}
