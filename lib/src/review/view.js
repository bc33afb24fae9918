"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PENDING_ENDPOINT = void 0;
exports.viewOf = viewOf;
const exposure_1 = require("../charts/exposure");
/** Endpoint text for a virtual cluster whose address is known only after apply. */
exports.PENDING_ENDPOINT = 'assigned by the cloud load balancer at apply';
/** One plain, deterministic view of an evaluation: what the summary, the review report and the outputs show. */
function viewOf(evaluation) {
    const { fleet, placement } = evaluation;
    const groups = [...fleet.groups]
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        .map((group) => {
        const hosts = [...group.hosts]
            .sort((a, b) => (a.name < b.name ? -1 : 1))
            .map((host) => {
            const usage = placement.usage.get(host.spec.path);
            const use = (resource) => ({ used: usage?.used[resource] ?? 0, limit: usage?.limit[resource] ?? null });
            const endpoint = host.spec.endpoint;
            const describe = endpoint.kind === 'metallb' ? `MetalLB ${endpoint.pools.join(', ')}` : endpoint.kind === 'cloud-load-balancer' ? 'cloud load balancer' : endpoint.kind === 'ingress-nginx' ? `ingress-nginx (class ${endpoint.className}) at ${String(host.spec.wildcardDns)}` : `existing ingress (class ${String(endpoint.className)}) at ${String(host.spec.wildcardDns)}`;
            return { name: host.name, alias: host.alias, path: host.spec.path, kind: String(host.spec.kind), endpoint: describe, virtualClusters: usage?.virtualClusters ?? 0, addresses: String(usage?.addresses ?? 0n), cpu: use('cpu'), memory: use('memory'), storage: use('storage') };
        });
        const virtualClusters = group.virtualClusters
            .flatMap((vc) => {
            const placed = placement.byPath.get(vc.spec.path);
            if (!placed)
                return [];
            const exposure = (0, exposure_1.exposureOf)(group, placed);
            return [
                {
                    name: vc.name,
                    path: vc.spec.path,
                    host: placed.host.name,
                    endpoint: (0, exposure_1.serverUrl)(exposure) ?? exports.PENDING_ENDPOINT,
                    ip: placed.ip ?? null,
                    cpu: String(vc.spec.resources.cpu),
                    memory: String(vc.spec.resources.memory),
                    storage: String(vc.spec.resources.storage),
                    paused: vc.spec.paused,
                    chartVersion: group.spec.charts.vcluster.version,
                    kubeconfigSecret: (0, exposure_1.kubeconfigSecret)(vc.name),
                },
            ];
        })
            .sort((a, b) => (a.name < b.name ? -1 : 1));
        const scope = group.spec.scope.kind === 'tenant' ? 'tenant' : `project ${group.spec.scope.project}`;
        return { name: group.name, key: group.key, path: group.spec.path, endpointType: String(group.spec.endpointType), scope, oversubscriptionPercent: group.oversubscription, hosts, virtualClusters };
    });
    return { groups, moves: placement.moves, warnings: evaluation.warnings };
}
