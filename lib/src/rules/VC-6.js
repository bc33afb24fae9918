"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VC6 = void 0;
const ip_range_1 = require("../model/ip-range");
const rule_1 = require("./rule");
exports.VC6 = {
    id: 'VC-6',
    title: 'LoadBalancer group: optional externalTrafficPolicy (Cluster or Local) and loadBalancerSourceRanges (CIDRs).',
    rationale: 'Kubernetes refuses other values when the service is applied; in an Ingress group the options would be silently unused.',
    check: ({ fleet }) => {
        const findings = [];
        for (const group of fleet.groups) {
            for (const vc of group.virtualClusters) {
                const options = vc.spec.loadBalancer;
                if (!options)
                    continue;
                const path = vc.spec.path;
                if (group.endpointType === 'Ingress') {
                    findings.push((0, rule_1.finding)('VC-6', 'warning', path, 'load-balancer options in an Ingress group', 'no load-balancer options: the virtual cluster is reached through the ingress', 'remove loadBalancer from the virtual cluster'));
                    continue;
                }
                const policy = options.externalTrafficPolicy;
                if (policy !== undefined && policy !== 'Cluster' && policy !== 'Local') {
                    findings.push((0, rule_1.finding)('VC-6', 'error', path, `externalTrafficPolicy ${(0, rule_1.show)(policy)}`, '"Cluster" or "Local"', 'use ExternalTrafficPolicy.CLUSTER or ExternalTrafficPolicy.LOCAL'));
                }
                for (const range of options.sourceRanges ?? []) {
                    if (!(0, ip_range_1.isCidr)(range))
                        findings.push((0, rule_1.finding)('VC-6', 'error', path, `loadBalancerSourceRanges entry ${(0, rule_1.show)(range)}`, 'a CIDR such as "203.0.113.0/24"', 'write each source range as a CIDR'));
                }
            }
        }
        return findings;
    },
};
