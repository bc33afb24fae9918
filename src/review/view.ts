import { exposureOf, kubeconfigSecret, serverUrl } from '../charts/exposure';
import { Evaluation } from '../evaluate';
import { Finding } from '../model/types';
import { byName, compareText } from '../model/order';

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

/** Endpoint text for a virtual cluster whose address is known only after apply. */
const PENDING_ENDPOINT = 'assigned by the cloud load balancer at apply';

/** One plain, deterministic view of an evaluation: what the summary, the review report and the outputs show. */
export function viewOf(evaluation: Evaluation): ReviewView {
  const { fleet, placement } = evaluation;
  const groups = [...fleet.groups]
    .sort((a, b) => compareText(a.key, b.key))
    .map((group): GroupView => {
      const hosts = [...group.hosts].sort(byName).map((host): HostView => {
        const usage = placement.usage.get(host.spec.path);
        const use = (resource: 'cpu' | 'memory' | 'storage'): ResourceUse => ({ used: usage?.used[resource] ?? 0, limit: usage?.limit[resource] ?? null });
        const endpoint = host.spec.endpoint;
        const describe =
          endpoint.kind === 'none'
            ? 'no endpoint'
            : endpoint.kind === 'metallb'
              ? `MetalLB ${endpoint.pools.join(', ')}`
              : endpoint.kind === 'cloud-load-balancer'
                ? 'cloud load balancer'
                : endpoint.kind === 'ingress-nginx'
                  ? `ingress-nginx (class ${endpoint.className}) at ${String(host.spec.wildcardDns)}`
                  : `existing ingress (class ${String(endpoint.className)}) at ${String(host.spec.wildcardDns)}`;
        return {
          name: host.name,
          alias: host.alias,
          path: host.spec.path,
          kind: String(host.spec.kind),
          endpoint: describe,
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
              endpoint: serverUrl(exposure) ?? PENDING_ENDPOINT,
              server: serverUrl(exposure) ?? null,
              ip: placed.ip ?? null,
              cpu: String(vc.spec.resources.cpu),
              memory: String(vc.spec.resources.memory),
              storage: String(vc.spec.resources.storage),
              paused: vc.spec.paused,
              chartVersion: group.spec.charts.vcluster.version,
              kubeconfigSecret: kubeconfigSecret(vc.name),
            },
          ];
        })
        .sort(byName);
      const scope = group.spec.scope.kind === 'tenant' ? 'tenant' : `project ${group.spec.scope.project}`;
      return { name: group.name, key: group.key, path: group.spec.path, endpointType: String(group.spec.endpointType), scope, oversubscriptionPercent: group.oversubscription, hosts, virtualClusters };
    });
  return { groups, moves: placement.moves, warnings: evaluation.warnings };
}
