"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CG4 = void 0;
const rule_1 = require("./rule");
exports.CG4 = {
    id: 'CG-4',
    title: 'A group has at least one host; the same host is not listed twice.',
    rationale: 'Virtual clusters of a group without hosts have nowhere to run; a host listed twice would get two provider pairs of one alias.',
    check: ({ fleet }) => {
        const findings = [];
        for (const group of fleet.groups) {
            if (group.hosts.length === 0) {
                findings.push((0, rule_1.finding)('CG-4', 'error', group.spec.path, 'a group with no host', 'at least one host', 'add a host with new HostClusterMembership(scope, id, { group, ... }) or group.addHost(...)'));
            }
            const seen = new Map();
            for (const host of group.hosts) {
                const other = seen.get(host.name);
                if (other)
                    findings.push((0, rule_1.finding)('CG-4', 'error', host.spec.path, `host ${(0, rule_1.show)(host.name)}, already listed at ${other}`, 'each host once per group', 'remove one of the two memberships'));
                else
                    seen.set(host.name, host.spec.path);
            }
        }
        return findings;
    },
};
