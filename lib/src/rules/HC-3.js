"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HC3 = void 0;
const ip_range_1 = require("../model/ip-range");
const rule_1 = require("./rule");
exports.HC3 = {
    id: 'HC-3',
    title: 'MetalLB address pools are valid IPv4/IPv6 ranges or CIDRs and do not overlap within a host; overlap between hosts of one group is a warning.',
    rationale: 'MetalLB refuses a bad or overlapping pool at apply time, after the plan was approved; two hosts handing out one address would break both virtual clusters.',
    check: ({ fleet }) => {
        const findings = [];
        for (const group of fleet.groups) {
            const everyPool = [];
            for (const host of group.hosts) {
                if (host.spec.endpoint.kind !== 'metallb')
                    continue;
                for (const pool of host.spec.endpoint.pools) {
                    const parsed = (0, ip_range_1.parseIpRange)(pool);
                    if ('error' in parsed)
                        findings.push((0, rule_1.finding)('HC-3', 'error', host.spec.path, `address pool ${(0, rule_1.show)(pool)}: ${parsed.error}`, 'an IPv4 or IPv6 CIDR ("10.0.0.0/28") or range ("10.0.0.10-10.0.0.20", first before last)', 'correct the pool entry'));
                }
                const own = host.pools.map((range) => ({ range, host }));
                for (const [a, b] of (0, ip_range_1.overlaps)(own)) {
                    findings.push((0, rule_1.finding)('HC-3', 'error', host.spec.path, `address pools ${(0, rule_1.show)(a.range.text)} and ${(0, rule_1.show)(b.range.text)}, which overlap`, 'pools that do not overlap within a host', 'merge or shrink the two pools'));
                }
                everyPool.push(...own);
            }
            for (const [a, b] of (0, ip_range_1.overlaps)(everyPool)) {
                if (a.host === b.host)
                    continue;
                findings.push((0, rule_1.finding)('HC-3', 'warning', b.host.spec.path, `address pool ${(0, rule_1.show)(b.range.text)}, which overlaps ${(0, rule_1.show)(a.range.text)} of host ${a.host.name}`, 'address pools unique across the hosts of a group', 'give each host its own addresses unless they sit in separate L2 domains'));
            }
        }
        return findings;
    },
};
