import { Values } from './merge';
/** Values of the ingress-nginx chart: SSL passthrough on (vcluster terminates its own TLS), its class named, a LoadBalancer service. */
export declare function ingressNginxValues(className: string): Values;
