"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CG6 = void 0;
exports.endpointTypeOf = endpointTypeOf;
const rule_1 = require("./rule");
/** The endpoint type a host's endpoint serves. */
function endpointTypeOf(endpoint) {
    return endpoint.kind === 'metallb' || endpoint.kind === 'cloud-load-balancer' ? 'LoadBalancer' : 'Ingress';
}
exports.CG6 = {
    id: 'CG-6',
    title: "Every host supports the group's endpoint type.",
    rationale: 'A virtual cluster is exposed the same way on every host of its group; a host set up for the other type could not expose it.',
    check: ({ fleet }) => fleet.groups.flatMap((group) => group.endpointType === undefined
        ? []
        : group.hosts
            .filter((host) => endpointTypeOf(host.spec.endpoint) !== group.endpointType)
            .map((host) => (0, rule_1.finding)('CG-6', 'error', host.spec.path, `a host set up for ${endpointTypeOf(host.spec.endpoint)} (${host.spec.endpoint.kind})`, `a host set up for ${group.endpointType}, the endpoint type of ${group.spec.path}`, `give the host a ${group.endpointType === 'LoadBalancer' ? 'HostEndpoint.metallb(...) or HostEndpoint.cloudLoadBalancer()' : 'HostEndpoint.ingressNginx() or HostEndpoint.existingIngress(...)'} endpoint, or move it to a ${endpointTypeOf(host.spec.endpoint)} group`))),
};
