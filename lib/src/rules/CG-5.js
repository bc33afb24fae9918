"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CG5 = void 0;
const rule_1 = require("./rule");
exports.CG5 = {
    id: 'CG-5',
    title: 'A host belongs to at most one group.',
    rationale: 'A host holds one group reference; two groups would place virtual clusters on it without seeing each other’s load.',
    check: ({ fleet }) => {
        const findings = [];
        const groupOf = new Map();
        for (const group of fleet.groups) {
            for (const host of group.hosts) {
                const other = groupOf.get(host.name);
                if (!other)
                    groupOf.set(host.name, { group: group.spec.path, path: host.spec.path });
                else if (other.group !== group.spec.path) {
                    findings.push((0, rule_1.finding)('CG-5', 'error', host.spec.path, `host ${(0, rule_1.show)(host.name)}, also a member of ${other.group} (${other.path})`, 'a host in one group only', 'remove it from one of the two groups'));
                }
            }
        }
        return findings;
    },
};
