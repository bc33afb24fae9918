"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.indexFleet = indexFleet;
const defaults_1 = require("./defaults");
const ip_range_1 = require("./ip-range");
const names_1 = require("./names");
const quantity_1 = require("./quantity");
const user_values_1 = require("../charts/user-values");
function quantities(resources) {
    return { cpu: (0, quantity_1.parseQuantity)(resources.cpu), memory: (0, quantity_1.parseQuantity)(resources.memory), storage: (0, quantity_1.parseQuantity)(resources.storage) };
}
function text(value) {
    return typeof value === 'string' ? value : String(value);
}
function indexFleet(model) {
    const hostsByGroup = new Map();
    for (const spec of model.hosts) {
        const name = text(spec.name);
        const pools = spec.endpoint.kind === 'metallb' ? spec.endpoint.pools.map(ip_range_1.parseIpRange).flatMap((r) => ('range' in r ? [r.range] : [])) : [];
        const host = { spec, name, alias: (0, names_1.terraformName)(name), capacity: quantities(spec.capacity), pools };
        const list = hostsByGroup.get(spec.group) ?? [];
        list.push(host);
        hostsByGroup.set(spec.group, list);
    }
    const vcsByGroup = new Map();
    for (const spec of model.virtualClusters) {
        const list = vcsByGroup.get(spec.group) ?? [];
        list.push({ spec, name: text(spec.name), request: quantities(spec.resources), userValues: (0, user_values_1.readUserValues)(spec.values) });
        vcsByGroup.set(spec.group, list);
    }
    const groups = model.groups.map((spec) => {
        const endpointType = spec.endpointType === 'LoadBalancer' || spec.endpointType === 'Ingress' ? spec.endpointType : undefined;
        const oversubscription = typeof spec.oversubscriptionPercent === 'number' ? spec.oversubscriptionPercent : defaults_1.DEFAULT_OVERSUBSCRIPTION_PERCENT;
        const name = text(spec.name);
        return {
            spec,
            name,
            key: spec.scope.kind === 'project' ? `${spec.scope.project}/${name}` : name,
            endpointType,
            oversubscription,
            distribution: typeof spec.distribution === 'string' ? spec.distribution : defaults_1.DEFAULT_DISTRIBUTION,
            userValues: (0, user_values_1.readUserValues)(spec.values),
            hosts: hostsByGroup.get(spec.path) ?? [],
            virtualClusters: vcsByGroup.get(spec.path) ?? [],
        };
    });
    return { model, groups, groupByPath: new Map(groups.map((g) => [g.spec.path, g])) };
}
