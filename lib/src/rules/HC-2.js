"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HC2 = void 0;
const rule_1 = require("./rule");
const RESOURCES = ['cpu', 'memory', 'storage'];
exports.HC2 = {
    id: 'HC-2',
    title: 'A host declares its capacity (CPU, memory, storage) as Kubernetes quantities (64, 500m, 256Gi, 2Ti).',
    rationale: 'Capacity accounting (VC-4) and placement need numbers; "8GB" or "-1" would silently count as nothing.',
    check: ({ fleet }) => {
        const findings = [];
        for (const group of fleet.groups) {
            for (const host of group.hosts) {
                for (const resource of RESOURCES) {
                    const amount = host.capacity[resource];
                    if (amount === undefined || amount <= 0) {
                        findings.push((0, rule_1.finding)('HC-2', 'error', host.spec.path, `capacity.${resource} ${(0, rule_1.show)(host.spec.capacity[resource])}`, `a positive Kubernetes quantity such as ${resource === 'cpu' ? '"64" or "500m"' : '"256Gi" or "2Ti"'}`, `write capacity.${resource} as Kubernetes does (binary suffixes Ki, Mi, Gi, Ti; "GB" is not one)`));
                    }
                }
            }
        }
        return findings;
    },
};
