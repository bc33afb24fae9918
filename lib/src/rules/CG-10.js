"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CG10 = void 0;
const names_1 = require("../model/names");
const rule_1 = require("./rule");
exports.CG10 = {
    id: 'CG-10',
    title: "Ingress group: every host has a wildcard DNS pattern (*.apps.example.com), valid and unique across the group's hosts; in a LoadBalancer group it is unused (warning).",
    rationale: 'Each virtual cluster of an Ingress group is reached at <name>.<host DNS>; without a wildcard record, or with two hosts sharing one, its hostname would not resolve to its host.',
    check: ({ fleet }) => {
        const findings = [];
        for (const group of fleet.groups) {
            const seen = new Map();
            for (const host of group.hosts) {
                const dns = host.spec.wildcardDns;
                if (group.endpointType === 'LoadBalancer' && dns !== undefined) {
                    findings.push((0, rule_1.finding)('CG-10', 'warning', host.spec.path, `wildcardDns ${(0, rule_1.show)(dns)} in a LoadBalancer group`, 'no wildcard DNS: virtual clusters of a LoadBalancer group are reached by IP', 'remove wildcardDns from the host'));
                }
                if (group.endpointType !== 'Ingress')
                    continue;
                if (!(0, names_1.isWildcardDns)(dns)) {
                    findings.push((0, rule_1.finding)('CG-10', 'error', host.spec.path, `wildcardDns ${(0, rule_1.show)(dns)}`, 'a wildcard DNS pattern such as "*.apps.example.com"', 'set wildcardDns to the wildcard record that points at this host’s ingress controller'));
                    continue;
                }
                const other = seen.get(dns.toLowerCase());
                if (other)
                    findings.push((0, rule_1.finding)('CG-10', 'error', host.spec.path, `wildcardDns ${(0, rule_1.show)(dns)}, also used by ${other}`, 'a wildcard DNS pattern unique across the group’s hosts', 'give each host its own wildcard record'));
                else
                    seen.set(dns.toLowerCase(), host.spec.path);
            }
        }
        return findings;
    },
};
