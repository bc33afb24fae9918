import { IngressNginxService } from '../model/endpoints';
import { Values } from './merge';

/**
 * Values of the ingress-nginx chart: SSL passthrough on (vcluster terminates its own TLS), its
 * class named, and reached through a LoadBalancer service, or through ports 80 and 443 of every
 * node (a DaemonSet behind a ClusterIP service, which Helm does not wait on for an address).
 */
export function ingressNginxValues(className: string, service: IngressNginxService): Values {
  const controller: Values = {
    extraArgs: { 'enable-ssl-passthrough': 'true' },
    ingressClass: className,
    ingressClassResource: { name: className },
    service: { type: service === 'HostPort' ? 'ClusterIP' : 'LoadBalancer' },
  };
  if (service === 'HostPort') Object.assign(controller, { kind: 'DaemonSet', hostPort: { enabled: true } });
  return { controller };
}
