"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.METALLB_POOL = void 0;
exports.exposureOf = exposureOf;
exports.serverUrl = serverUrl;
exports.kubeconfigSecret = kubeconfigSecret;
const defaults_1 = require("../model/defaults");
const VC_5_1 = require("../rules/VC-5");
/** The name of the one MetalLB address pool we create on each host; virtual clusters ask for it by annotation. */
exports.METALLB_POOL = 'vclusters';
function exposureOf(group, placed) {
    const endpoint = placed.host.spec.endpoint;
    if (group.endpointType === 'Ingress') {
        const className = endpoint.kind === 'existing-ingress' ? String(endpoint.className) : endpoint.kind === 'ingress-nginx' ? endpoint.className : defaults_1.DEFAULT_INGRESS_CLASS;
        return { kind: 'ingress', hostname: (0, VC_5_1.ingressHostname)(placed.vc.name, placed.host.spec.wildcardDns) ?? '', className };
    }
    return { kind: 'load-balancer', ip: placed.ip, metallb: endpoint.kind === 'metallb' };
}
/** The API server URL a client uses, or undefined while a cloud load balancer has not given an address yet. */
function serverUrl(exposure) {
    if (exposure.kind === 'ingress')
        return `https://${exposure.hostname}`;
    if (exposure.ip === undefined)
        return undefined;
    return exposure.ip.includes(':') ? `https://[${exposure.ip}]:443` : `https://${exposure.ip}:443`;
}
/** The secret vcluster writes its kubeconfig to: `vc-<release>` in the release namespace. */
function kubeconfigSecret(name) {
    return { name: `vc-${name}`, namespace: name };
}
