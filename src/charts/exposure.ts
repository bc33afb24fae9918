import { Group } from '../model/fleet';
import { DEFAULT_INGRESS_CLASS } from '../model/defaults';
import { PlacedVirtualCluster } from '../placement/place';
import { ingressHostname } from '../rules/VC-5';

/** The name of the one MetalLB address pool we create on each host; virtual clusters ask for it by annotation. */
export const METALLB_POOL = 'vclusters';

/** How one virtual cluster is reached, as far as it is known at synth. */
export type Exposure = { readonly kind: 'load-balancer'; readonly ip?: string; readonly metallb: boolean } | { readonly kind: 'ingress'; readonly hostname: string; readonly className: string };

export function exposureOf(group: Group, placed: PlacedVirtualCluster): Exposure {
  const endpoint = placed.host.spec.endpoint;
  if (group.endpointType === 'Ingress') {
    const className = endpoint.kind === 'existing-ingress' ? String(endpoint.className) : endpoint.kind === 'ingress-nginx' ? endpoint.className : DEFAULT_INGRESS_CLASS;
    return { kind: 'ingress', hostname: ingressHostname(placed.vc.name, placed.host.spec.wildcardDns) ?? '', className };
  }
  return { kind: 'load-balancer', ip: placed.ip, metallb: endpoint.kind === 'metallb' };
}

/** The API server URL a client uses, or undefined while a cloud load balancer has not given an address yet. */
export function serverUrl(exposure: Exposure): string | undefined {
  if (exposure.kind === 'ingress') return `https://${exposure.hostname}`;
  if (exposure.ip === undefined) return undefined;
  return exposure.ip.includes(':') ? `https://[${exposure.ip}]:443` : `https://${exposure.ip}:443`;
}

/** The secret vcluster writes its kubeconfig to: `vc-<release>` in the release namespace. */
export function kubeconfigSecret(name: string): { name: string; namespace: string } {
  return { name: `vc-${name}`, namespace: name };
}
