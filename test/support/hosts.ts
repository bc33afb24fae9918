import { Connection, HostClusterOptions, HostEndpoint, HostKind } from '../../constructs';

export const capacity = { cpu: '32', memory: '128Gi', storage: '1Ti' };

/** A private-cloud host on MetalLB with one address pool, reached through the kubeconfig context of its name. */
export function metallbHost(name: string, pool: string): HostClusterOptions {
  return { name, kind: HostKind.PRIVATE_CLOUD, capacity, connection: Connection.kubeconfig('~/.kube/config', name), endpoint: HostEndpoint.metallb({ addressPools: [pool] }) };
}

/** A public-cloud host with ingress-nginx behind a load balancer and the wildcard `*.apps.<name>.example.com`. */
export function ingressNginxHost(name: string): HostClusterOptions {
  return {
    name,
    kind: HostKind.PUBLIC_CLOUD,
    capacity,
    connection: Connection.kubeconfig('~/.kube/config', name),
    endpoint: HostEndpoint.ingressNginx(),
    wildcardDns: `*.apps.${name}.example.com`,
  };
}
