/**
 * The Terraform address scheme of what we emit on a host: `<type>.<prefix><alias>`, and
 * `[<virtual cluster name>]` for the `for_each` instances. Emission names its resources from
 * here, and the plan review recognises them from here. No prefix is the start of another,
 * so a resource name fits one entry at most.
 */
export interface AddressPattern {
  readonly type: 'helm_release' | 'kubernetes_namespace_v1';
  readonly prefix: string;
  /** What the resource is to its host or virtual cluster, as the plan review says it. */
  readonly role: string;
  /** One instance per virtual cluster (`for_each`, keyed by its name), or one per host. */
  readonly perVirtualCluster: boolean;
}

export const ADDRESSES = {
  vclusterRelease: { type: 'helm_release', prefix: 'vcluster_', role: 'vcluster release', perVirtualCluster: true },
  vclusterNamespace: { type: 'kubernetes_namespace_v1', prefix: 'vcluster_', role: 'namespace', perVirtualCluster: true },
  metallbConfig: { type: 'helm_release', prefix: 'metallbconfig_', role: 'MetalLB configuration', perVirtualCluster: false },
  metallbRelease: { type: 'helm_release', prefix: 'metallb_', role: 'MetalLB release', perVirtualCluster: false },
  metallbNamespace: { type: 'kubernetes_namespace_v1', prefix: 'metallb_', role: 'MetalLB namespace', perVirtualCluster: false },
  ingressNginxRelease: { type: 'helm_release', prefix: 'ingress_nginx_', role: 'ingress-nginx release', perVirtualCluster: false },
  ingressNginxNamespace: { type: 'kubernetes_namespace_v1', prefix: 'ingress_nginx_', role: 'ingress-nginx namespace', perVirtualCluster: false },
  gatewayCrdsRelease: { type: 'helm_release', prefix: 'gatewaycrds_', role: 'Gateway API CRDs', perVirtualCluster: false },
  gatewayRelease: { type: 'helm_release', prefix: 'gateway_', role: 'Gateway API controller release', perVirtualCluster: false },
  gatewayNamespace: { type: 'kubernetes_namespace_v1', prefix: 'gateway_', role: 'Gateway API controller namespace', perVirtualCluster: false },
  gatewayConfig: { type: 'helm_release', prefix: 'gatewayconfig_', role: 'GatewayClass and Gateway', perVirtualCluster: false },
} as const satisfies Record<string, AddressPattern>;

export type AddressRole = keyof typeof ADDRESSES;

/** The resource name (the address without its type) of a host's resource. */
export function resourceName(role: AddressRole, alias: string): string {
  return `${ADDRESSES[role].prefix}${alias}`;
}
