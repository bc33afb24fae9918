"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CG8 = void 0;
const rule_1 = require("./rule");
exports.CG8 = {
    id: 'CG-8',
    title: 'Edge: if any host is edge, every host is edge, and there is exactly one host.',
    rationale: 'An edge group is one edge cluster serving its own site; it cannot be spread over other clusters.',
    check: ({ fleet }) => {
        const findings = [];
        for (const group of fleet.groups) {
            const edge = group.hosts.filter((host) => host.spec.kind === 'edge');
            if (edge.length === 0)
                continue;
            if (edge.length !== group.hosts.length) {
                const others = group.hosts.filter((host) => host.spec.kind !== 'edge').map((host) => host.name);
                findings.push((0, rule_1.finding)('CG-8', 'error', group.spec.path, `edge host ${edge[0].name} beside non-edge hosts ${others.join(', ')}`, 'only edge hosts in a group that has one', 'put the edge host in a group of its own'));
            }
            else if (edge.length > 1) {
                findings.push((0, rule_1.finding)('CG-8', 'error', group.spec.path, `${edge.length} edge hosts (${edge.map((host) => host.name).join(', ')})`, 'exactly one edge host', 'make one group per edge host'));
            }
        }
        return findings;
    },
};
