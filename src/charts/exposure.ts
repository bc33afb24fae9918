import { Group } from '../model/fleet';
import { DEFAULT_INGRESS_CLASS } from '../model/defaults';
import { PlacedVirtualCluster } from '../placement/place';
import { ingressHostname } from '../rules/VC-5';

/** The name of the one MetalLB address pool we create on each host; virtual clusters ask for it by annotation. */
export const METALLB_POOL = 'vclusters';

/** How one virtual cluster is reached, as far as it is known at synth. */
export type Exposure =
  /** ip: MetalLB's address, placed at synth; address: the one the user gave for a cloud load balancer. */
  { readonly kind: 'load-balancer'; readonly ip?: string; readonly metallb: boolean; readonly address?: string } | { readonly kind: 'ingress'; readonly hostname: string; readonly className: string };

export function exposureOf(group: Group, placed: PlacedVirtualCluster): Exposure {
  const endpoint = placed.host.spec.endpoint;
  if (group.endpointType === 'Ingress') {
    const className = endpoint.kind === 'existing-ingress' ? String(endpoint.className) : endpoint.kind === 'ingress-nginx' ? endpoint.className : DEFAULT_INGRESS_CLASS;
    return { kind: 'ingress', hostname: ingressHostname(placed.vc.name, placed.host.spec.wildcardDns) ?? '', className };
  }
  if (endpoint.kind === 'metallb') return { kind: 'load-balancer', ip: placed.ip, metallb: true };
  const address = placed.vc.spec.loadBalancer?.address;
  return typeof address === 'string' ? { kind: 'load-balancer', metallb: false, address } : { kind: 'load-balancer', metallb: false };
}

/** Where clients reach a load-balancer virtual cluster: MetalLB's IP or the user's address; undefined until a cloud load balancer gives one. */
export function loadBalancerAddress(exposure: Exposure): string | undefined {
  return exposure.kind === 'load-balancer' ? (exposure.ip ?? exposure.address) : undefined;
}

/** The API server URL a client uses, or undefined while a cloud load balancer has not given an address yet and none was given. */
export function serverUrl(exposure: Exposure): string | undefined {
  if (exposure.kind === 'ingress') return `https://${exposure.hostname}`;
  const address = loadBalancerAddress(exposure);
  if (address === undefined) return undefined;
  return address.includes(':') ? `https://[${address}]:443` : `https://${address}:443`;
}

/** The secret vcluster writes its kubeconfig to: `vc-<release>` in the release namespace. */
export function kubeconfigSecret(name: string): { name: string; namespace: string } {
  return { name: `vc-${name}`, namespace: name };
}
