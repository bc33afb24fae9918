"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VC5 = void 0;
exports.ingressHostname = ingressHostname;
const names_1 = require("../model/names");
const rule_1 = require("./rule");
/** `<name>.<host DNS without "*.">`: where an Ingress group's virtual cluster is reached. */
function ingressHostname(name, wildcardDns) {
    return (0, names_1.isWildcardDns)(wildcardDns) ? `${name}.${wildcardDns.slice(2)}` : undefined;
}
exports.VC5 = {
    id: 'VC-5',
    title: 'Ingress group: the virtual cluster’s hostname is <name>.<host DNS without "*.">, a valid DNS name (labels up to 63, total up to 253).',
    rationale: 'The hostname goes into the ingress rule, the TLS SANs and the kubeconfig; an invalid one is refused by the API server at apply time.',
    check: ({ fleet, placement }) => fleet.groups.flatMap((group) => group.endpointType !== 'Ingress'
        ? []
        : group.virtualClusters.flatMap((vc) => {
            const placed = placement.byPath.get(vc.spec.path);
            const hostname = placed && ingressHostname(vc.name, placed.host.spec.wildcardDns);
            if (!hostname || (0, names_1.isDnsName)(hostname))
                return [];
            return [(0, rule_1.finding)('VC-5', 'error', vc.spec.path, `hostname ${(0, rule_1.show)(hostname)} (${hostname.length} characters)`, 'a DNS name of labels up to 63 and at most 253 in all', 'shorten the virtual cluster name or the host’s wildcard DNS')];
        })),
};
