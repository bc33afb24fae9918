"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CG3 = void 0;
const rule_1 = require("./rule");
exports.CG3 = {
    id: 'CG-3',
    title: 'Endpoint type is LoadBalancer or Ingress, stated explicitly (no silent default).',
    rationale: 'The endpoint type decides what is installed on every host and how every virtual cluster is reached; guessing it would install the wrong thing.',
    check: ({ fleet }) => fleet.groups
        .filter((group) => group.endpointType === undefined)
        .map((group) => (0, rule_1.finding)('CG-3', 'error', group.spec.path, (0, rule_1.show)(group.spec.endpointType), '"LoadBalancer" or "Ingress"', 'set endpointType: EndpointType.LOAD_BALANCER or EndpointType.INGRESS on the group')),
};
