import { exposureOf, kubeconfigSecret, serverUrl } from '../charts/exposure';
import { Values } from '../charts/merge';
import { toYaml } from '../charts/serialize';
import { podSecurityEnforced } from '../charts/isolation';
import { vclusterValues } from '../charts/vcluster-values';
import { Evaluation } from '../evaluate';
import { Group, VirtualCluster } from '../model/fleet';
import { PlacedVirtualCluster } from '../placement/place';
import { byName } from '../model/order';
import { literal } from './terraform-text';

/**
 * A virtual cluster's release: its values are built when read, so a large fleet never holds every
 * virtual cluster's values at once, only their text. A class, not an object literal with a getter:
 * the engine keeps such a literal as a dictionary, several hundred bytes each, for the whole synth.
 */
export class VirtualClusterRelease {
  constructor(
    private readonly vc: VirtualCluster,
    private readonly groupOf: Group,
    private readonly placed: PlacedVirtualCluster,
  ) {}

  get name(): string {
    return this.vc.name;
  }

  /** Its group's name. */
  get group(): string {
    return this.groupOf.name;
  }

  get values(): Values {
    const group = this.groupOf;
    const input = { group, vc: this.vc, exposure: exposureOf(group, this.placed) };
    return vclusterValues(input, 'values' in group.userValues ? group.userValues.values : {}, 'values' in this.vc.userValues ? this.vc.userValues.values : {});
  }
}

/** The vcluster releases of every host (by host path), each with its complete values (built when read), sorted by name. */
export function releasesByHost(evaluation: Evaluation): Map<string, VirtualClusterRelease[]> {
  const byHost = new Map<string, VirtualClusterRelease[]>();
  for (const group of evaluation.fleet.groups) {
    for (const vc of group.virtualClusters) {
      const placed = evaluation.placement.byPath.get(vc.spec.path);
      if (!placed) continue;
      const list = byHost.get(placed.host.spec.path) ?? [];
      list.push(new VirtualClusterRelease(vc, group, placed));
      byHost.set(placed.host.spec.path, list);
    }
  }
  for (const list of byHost.values()) list.sort(byName);
  return byHost;
}

/** What a virtual cluster's namespace is labelled with, besides its name. */
export interface NamespaceOf {
  readonly enforce: string;
  readonly group: string;
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
 * group, its output. A host's values text is produced when its map is read, and not kept: a large
 * fleet never holds all of it at once (25 MB at 20,000 virtual clusters), and each host's is
 * garbage as soon as it is written. Every entry is built with its keys in sorted order, the order
 * cdktf writes them in, so that the engine's JSON writer can write it (constructs/plain-json.ts).
 */
export class Instances {
  private readonly releases: Map<string, VirtualClusterRelease[]>;
  /** Host path → its namespaces map: small, kept once worked out (with its releases, when they were read first). */
  private readonly namespaces = new Map<string, Record<string, NamespaceOf>>();
  /** Group path → its output: kept, so that each stack of a fleet can take its part. */
  private readonly outputs = new Map<string, Record<string, OutputEntry>>();

  constructor(private readonly evaluation: Evaluation) {
    this.releases = releasesByHost(evaluation);
  }

  /** Virtual-cluster name → its group's name and enforced pod security level (namespace labels). */
  namespacesOn(hostPath: string): Record<string, NamespaceOf> {
    return this.namespaces.get(hostPath) ?? this.produce(hostPath, false).namespaces;
  }

  /** Virtual-cluster name → its values, as Terraform takes them literally; produced anew at each read. */
  releasesOn(hostPath: string): Record<string, { values: string }> {
    return this.produce(hostPath, true).releases;
  }

  /** Virtual-cluster name → its output entry. */
  outputOf(groupPath: string): Record<string, OutputEntry> {
    let output = this.outputs.get(groupPath);
    if (!output) {
      const group = this.evaluation.fleet.groupByPath.get(groupPath);
      output = group ? groupOutput(this.evaluation, group) : {};
      this.outputs.set(groupPath, output);
    }
    return output;
  }

  /** A host's maps: each virtual cluster's values are built once for both its namespace's level and its release's text. */
  private produce(hostPath: string, withText: boolean): { namespaces: Record<string, NamespaceOf>; releases: Record<string, { values: string }> } {
    const namespaces: Record<string, NamespaceOf> = {};
    const releases: Record<string, { values: string }> = {};
    for (const release of this.releases.get(hostPath) ?? []) {
      const values = release.values;
      namespaces[release.name] = { enforce: podSecurityEnforced(values), group: release.group };
      if (withText) releases[release.name] = { values: literal(toYaml(values)) };
    }
    this.namespaces.set(hostPath, namespaces);
    return { namespaces, releases };
  }
}

function groupOutput(evaluation: Evaluation, group: Group): Record<string, OutputEntry> {
  const entries = group.virtualClusters.flatMap((vc) => {
    const placed = evaluation.placement.byPath.get(vc.spec.path);
    if (!placed) return [];
    const entry: OutputEntry = { endpoint: serverUrl(exposureOf(group, placed)) ?? null, host: placed.host.name, kubeconfig_secret: kubeconfigSecret(vc.name) };
    return [[vc.name, entry] as const];
  });
  return Object.fromEntries(entries);
}
