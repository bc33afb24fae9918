"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ingressNginxValues = ingressNginxValues;
/** Values of the ingress-nginx chart: SSL passthrough on (vcluster terminates its own TLS), its class named, a LoadBalancer service. */
function ingressNginxValues(className) {
    return {
        controller: {
            extraArgs: { 'enable-ssl-passthrough': 'true' },
            ingressClass: className,
            ingressClassResource: { name: className },
            service: { type: 'LoadBalancer' },
        },
    };
}
