"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.releasesByHost = releasesByHost;
const defaults_1 = require("../model/defaults");
const exposure_1 = require("./exposure");
const vcluster_values_1 = require("./vcluster-values");
function text(value, fallback) {
    return value === undefined ? fallback : String(value);
}
/** The vcluster releases of every host (by host path), each with its complete values, sorted by name. */
function releasesByHost(evaluation) {
    const byHost = new Map();
    for (const group of evaluation.fleet.groups) {
        const groupValues = 'values' in group.userValues ? group.userValues.values : {};
        for (const vc of group.virtualClusters) {
            const placed = evaluation.placement.byPath.get(vc.spec.path);
            if (!placed)
                continue;
            const request = vc.spec.resources;
            const resources = { cpu: text(request.cpu, defaults_1.DEFAULT_VIRTUAL_CLUSTER_REQUEST.cpu), memory: text(request.memory, defaults_1.DEFAULT_VIRTUAL_CLUSTER_REQUEST.memory), storage: text(request.storage, defaults_1.DEFAULT_VIRTUAL_CLUSTER_REQUEST.storage) };
            const input = { group, exposure: (0, exposure_1.exposureOf)(group, placed), resources, paused: vc.spec.paused, loadBalancer: vc.spec.loadBalancer };
            const values = (0, vcluster_values_1.vclusterValues)(input, groupValues, 'values' in vc.userValues ? vc.userValues.values : {});
            const list = byHost.get(placed.host.spec.path) ?? [];
            list.push({ name: vc.name, group: group.name, values });
            byHost.set(placed.host.spec.path, list);
        }
    }
    for (const list of byHost.values())
        list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return byHost;
}
