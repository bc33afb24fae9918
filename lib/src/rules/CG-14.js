"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CG14 = void 0;
const defaults_1 = require("../model/defaults");
const quantity_1 = require("../model/quantity");
const rule_1 = require("./rule");
const RESOURCES = ['cpu', 'memory', 'storage'];
exports.CG14 = {
    id: 'CG-14',
    title: 'Per-virtual-cluster maximums of the group: CPU default 6 (at least 4), memory default 8Gi (at least 4Gi), storage default 10Gi (at least 2Gi).',
    rationale: 'A maximum below what a virtual cluster needs to run would refuse every virtual cluster of the group.',
    check: ({ fleet }) => {
        const findings = [];
        for (const group of fleet.groups) {
            for (const resource of RESOURCES) {
                const value = group.spec.maxPerVirtualCluster[resource];
                const amount = (0, quantity_1.parseQuantity)(value);
                const floor = defaults_1.MIN_OF_MAX_PER_VIRTUAL_CLUSTER[resource];
                if (amount === undefined || amount < (0, quantity_1.parseQuantity)(floor)) {
                    findings.push((0, rule_1.finding)('CG-14', 'error', group.spec.path, `maxPerVirtualCluster.${resource} ${(0, rule_1.show)(value)}`, `a Kubernetes quantity of at least ${floor}`, `raise maxPerVirtualCluster.${resource} to ${floor} or more, or leave it out for the default`));
                }
            }
        }
        return findings;
    },
};
