import { endpointText, serverUrl, exposureOf, kubeconfigSecret } from '../charts/exposure';
import { Evaluation } from '../evaluate';
import { describeEndpoint } from '../model/endpoints';
import { inBaseUnits } from '../model/quantity';
import { ConnectionSpec, Finding, ResourceName } from '../model/types';
import { byName, compareText } from '../model/order';

/** In base units (cores, bytes), as review.json has always said it. */
export interface ResourceUse {
  readonly used: number;
  /** Capacity × oversubscription; null where the capacity does not parse. */
  readonly limit: number | null;
}

export interface HostView {
  readonly name: string;
  /** The host's provider alias, also the suffix of every Terraform address on it. */
  readonly alias: string;
  readonly path: string;
  readonly kind: string;
  readonly endpoint: string;
  /** How kubectl reaches the host: its kubeconfig file and context (null: the file's current one); null for a token, exec or providers connection. */
  readonly kubeconfig: { readonly path: string; readonly context: string | null } | null;
  readonly virtualClusters: number;
  readonly addresses: string;
  readonly cpu: ResourceUse;
  readonly memory: ResourceUse;
  readonly storage: ResourceUse;
}

export interface VirtualClusterView {
  readonly name: string;
  readonly path: string;
  readonly host: string;
  /** How a client reaches its API server, or a note where that is known only after apply. */
  readonly endpoint: string;
  /** The API server URL, or null where it is known only after apply (the Terraform output then has no endpoint). */
  readonly server: string | null;
  readonly ip: string | null;
  readonly cpu: string;
  readonly memory: string;
  readonly storage: string;
  readonly paused: boolean;
  readonly chartVersion: string;
  readonly kubeconfigSecret: { readonly name: string; readonly namespace: string };
}

export interface GroupView {
  readonly name: string;
  readonly key: string;
  readonly path: string;
  readonly endpointType: string;
  readonly scope: string;
  readonly oversubscriptionPercent: number;
  readonly hosts: readonly HostView[];
  readonly virtualClusters: readonly VirtualClusterView[];
}

export interface ReviewView {
  readonly groups: readonly GroupView[];
  readonly moves: Evaluation['placement']['moves'];
  readonly warnings: readonly Finding[];
}

function kubeconfigOf(connection: ConnectionSpec): HostView['kubeconfig'] {
  if (connection.kind !== 'kubeconfig' || typeof connection.path !== 'string') return null;
  return { path: connection.path, context: typeof connection.context === 'string' ? connection.context : null };
}

/** One plain, deterministic view of an evaluation: what the summary, the review report and the outputs show. */
export function viewOf(evaluation: Evaluation): ReviewView {
  const { fleet, placement } = evaluation;
  const groups = [...fleet.groups]
    .sort((a, b) => compareText(a.key, b.key))
    .map((group): GroupView => {
      const hosts = [...group.hosts].sort(byName).map((host): HostView => {
        const usage = placement.usage.get(host.spec.path);
        const use = (resource: ResourceName): ResourceUse => {
          const limit = usage?.limit[resource];
          return { used: inBaseUnits(resource, usage?.used[resource] ?? 0), limit: limit === undefined ? null : inBaseUnits(resource, limit) };
        };
        return {
          name: host.name,
          alias: host.alias,
          path: host.spec.path,
          kind: String(host.spec.kind),
          endpoint: describeEndpoint(host.endpoint, host.spec.wildcardDns),
          kubeconfig: kubeconfigOf(host.spec.connection),
          virtualClusters: usage?.virtualClusters ?? 0,
          addresses: String(usage?.addresses ?? 0n),
          cpu: use('cpu'),
          memory: use('memory'),
          storage: use('storage'),
        };
      });
      const virtualClusters = group.virtualClusters
        .flatMap((vc) => {
          const placed = placement.byPath.get(vc.spec.path);
          if (!placed) return [];
          const exposure = exposureOf(group, placed);
          return [
            {
              name: vc.name,
              path: vc.spec.path,
              host: placed.host.name,
              endpoint: endpointText(exposure),
              server: serverUrl(exposure) ?? null,
              ip: placed.ip ?? null,
              cpu: vc.quantities.cpu,
              memory: vc.quantities.memory,
              storage: vc.quantities.storage,
              paused: vc.paused,
              chartVersion: group.charts.vcluster.version,
              kubeconfigSecret: kubeconfigSecret(vc.name),
            },
          ];
        })
        .sort(byName);
      const scope = group.scope.kind === 'tenant' ? 'tenant' : `project ${group.scope.project}`;
      return { name: group.name, key: group.key, path: group.spec.path, endpointType: String(group.spec.endpointType), scope, oversubscriptionPercent: group.oversubscription, hosts, virtualClusters };
    });
  return { groups, moves: placement.moves, warnings: evaluation.warnings };
}
