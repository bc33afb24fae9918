"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VC2 = void 0;
const defaults_1 = require("../model/defaults");
const quantity_1 = require("../model/quantity");
const rule_1 = require("./rule");
const RESOURCES = ['cpu', 'memory', 'storage'];
function bounds(group, resource) {
    const minimum = defaults_1.DISTRIBUTION_MINIMUM[group.distribution === 'k3s' ? 'k3s' : 'k8s'][resource];
    return { min: (0, quantity_1.parseQuantity)(minimum), max: (0, quantity_1.parseQuantity)(group.spec.maxPerVirtualCluster[resource]) };
}
exports.VC2 = {
    id: 'VC-2',
    title: 'Requested CPU, memory and storage are at least the distribution’s minimum (k8s: 4 / 4Gi / 2Gi; k3s: 4 / 3Gi / 0) and at most the group’s per-virtual-cluster maximums.',
    rationale: 'Below the minimum the control plane does not start; above the maximum one virtual cluster takes what the group promised to others.',
    check: ({ fleet }) => {
        const findings = [];
        for (const group of fleet.groups) {
            for (const resource of RESOURCES) {
                const { min, max } = bounds(group, resource);
                const unit = resource === 'cpu' ? 'cores' : 'bytes';
                for (const vc of group.virtualClusters) {
                    const amount = vc.request[resource];
                    const range = `between ${(0, quantity_1.formatAmount)(min, unit)} and ${max === undefined ? 'the group maximum' : (0, quantity_1.formatAmount)(max, unit)}`;
                    if (amount === undefined) {
                        findings.push((0, rule_1.finding)('VC-2', 'error', vc.spec.path, `${resource} ${(0, rule_1.show)(vc.spec.resources[resource])}, not a Kubernetes quantity`, `a Kubernetes quantity ${range}`, `write ${resource} as Kubernetes does ("4", "500m", "8Gi")`));
                    }
                    else if (amount < min || (max !== undefined && amount > max)) {
                        findings.push((0, rule_1.finding)('VC-2', 'error', vc.spec.path, `${resource} ${(0, rule_1.show)(vc.spec.resources[resource])}`, range, amount < min ? `request at least ${(0, quantity_1.formatAmount)(min, unit)}` : `request at most ${(0, quantity_1.formatAmount)(max, unit)}, or raise the group's maxPerVirtualCluster.${resource}`));
                    }
                }
            }
        }
        return findings;
    },
};
