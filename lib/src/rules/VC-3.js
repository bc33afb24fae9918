"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VC3 = void 0;
const rule_1 = require("./rule");
exports.VC3 = {
    id: 'VC-3',
    title: 'A pinned host must be a member of the same group.',
    rationale: 'A host outside the group has no provider pair in it and may not serve its endpoint type.',
    check: ({ fleet }) => fleet.groups.flatMap((group) => {
        const members = new Set(group.hosts.map((host) => host.name));
        return group.virtualClusters
            .filter((vc) => vc.spec.host !== undefined && !members.has(vc.spec.host))
            .map((vc) => (0, rule_1.finding)('VC-3', 'error', vc.spec.path, `pinned to host ${(0, rule_1.show)(vc.spec.host)}`, `one of the hosts of ${group.spec.path}: ${[...members].sort().join(', ') || '(none)'}`, 'pin it to a member host, add that host to the group, or leave host out for automatic placement'));
    }),
};
