import { Values } from './merge';

/** Values of the ingress-nginx chart: SSL passthrough on (vcluster terminates its own TLS), its class named, a LoadBalancer service. */
export function ingressNginxValues(className: string): Values {
  return {
    controller: {
      extraArgs: { 'enable-ssl-passthrough': 'true' },
      ingressClass: className,
      ingressClassResource: { name: className },
      service: { type: 'LoadBalancer' },
    },
  };
}
