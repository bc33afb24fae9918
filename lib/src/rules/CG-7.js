"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CG7 = void 0;
const rule_1 = require("./rule");
const ALLOWED = ['public-cloud', 'private-cloud', 'edge'];
const REFUSED = {
    'virtual-cluster': 'a virtual cluster cannot host virtual clusters',
    'private-cloud-gateway': 'a private-cloud gateway runs infrastructure only',
    'imported-read-only': 'a read-only imported cluster cannot be written to',
};
exports.CG7 = {
    id: 'CG-7',
    title: 'Host kinds allowed: public cloud, private cloud / data center, edge; refused: a virtual cluster, a private-cloud gateway, an imported read-only cluster.',
    rationale: 'Only clusters we can install into, and that run workloads, can host virtual clusters.',
    check: ({ fleet }) => fleet.model.hosts
        .filter((host) => !ALLOWED.includes(host.kind))
        .map((host) => (0, rule_1.finding)('CG-7', 'error', host.path, `kind ${(0, rule_1.show)(host.kind)}${REFUSED[host.kind] ? ` (${REFUSED[host.kind]})` : ''}`, 'HostKind.PUBLIC_CLOUD, HostKind.PRIVATE_CLOUD or HostKind.EDGE', 'use another cluster as host')),
};
