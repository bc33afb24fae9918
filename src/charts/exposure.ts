import { DEFAULT_INGRESS_CLASS } from '../model/defaults';
import { Endpoint, ingressClassOf, unreachable } from '../model/endpoints';
import { Group, Host } from '../model/fleet';
import { ingressHostname } from '../model/names';
import { GatewayRef, installedGatewayRef } from './gateway-facts';

/** The name of the one MetalLB address pool we create on each host; virtual clusters ask for it by annotation. */
export const METALLB_POOL = 'vclusters';

/** How one virtual cluster is reached, as far as it is known at synth. */
export type Exposure =
  /** ip: MetalLB's address, placed at synth; address: the one the user gave for a cloud load balancer. */
  | { readonly kind: 'load-balancer'; readonly ip?: string; readonly metallb: boolean; readonly address?: string }
  | { readonly kind: 'ingress'; readonly hostname: string; readonly className: string }
  /** A TLSRoute attached to the host's Gateway: ours, or the existing one declared; during a move from ingress-nginx, its Ingress of `className` too. */
  | { readonly kind: 'tls-route'; readonly hostname: string; readonly gateway: GatewayRef; readonly className?: string };

/** Where a virtual cluster landed: its name, its host, and the IP it was given there, if any. */
export interface Landing {
  /** Its spec where known: a cloud load balancer's address is the user's (VC-6 has checked it). */
  readonly vc: { readonly name: string; readonly spec?: { readonly loadBalancer?: { readonly address?: unknown } } };
  readonly host: Host;
  readonly ip?: string;
}

function loadBalancerExposure(address: unknown): Exposure {
  return typeof address === 'string' ? { kind: 'load-balancer', metallb: false, address } : { kind: 'load-balancer', metallb: false };
}

/** The Gateway a host's TLSRoutes attach to; undefined where the host has none. */
export function gatewayOf(endpoint: Endpoint): GatewayRef | undefined {
  switch (endpoint.kind) {
    case 'gateway':
      return installedGatewayRef(endpoint.implementation);
    case 'existing-gateway':
      return { name: String(endpoint.name), namespace: String(endpoint.namespace), listener: String(endpoint.listener) };
    case 'metallb':
    case 'cloud-load-balancer':
    case 'ingress-nginx':
    case 'existing-ingress':
    case 'none':
      return undefined;
    default:
      return unreachable(endpoint);
  }
}

export function exposureOf(group: Group, placed: Landing): Exposure {
  const endpoint = placed.host.endpoint;
  switch (group.endpointType) {
    case 'Ingress': {
      const hostname = ingressHostname(placed.vc.name, placed.host.spec.wildcardDns) ?? '';
      const gateway = gatewayOf(endpoint);
      // A host of another endpoint type in an Ingress group is CG-6's error; its view reads as an ingress.
      const className = ingressClassOf(endpoint);
      if (gateway) return className === undefined ? { kind: 'tls-route', hostname, gateway } : { kind: 'tls-route', hostname, gateway, className };
      return { kind: 'ingress', hostname, className: className ?? DEFAULT_INGRESS_CLASS };
    }
    // A group without a valid endpoint type (CG-3) emits nothing; its view reads as a LoadBalancer group's.
    case 'LoadBalancer':
    case undefined:
      if (endpoint.kind === 'metallb') return { kind: 'load-balancer', ip: placed.ip, metallb: true };
      return loadBalancerExposure(placed.vc.spec?.loadBalancer?.address);
    default:
      return unreachable(group.endpointType);
  }
}

/** Where clients reach a load-balancer virtual cluster: MetalLB's IP or the user's address; undefined until a cloud load balancer gives one. */
export function loadBalancerAddress(exposure: Exposure): string | undefined {
  return exposure.kind === 'load-balancer' ? (exposure.ip ?? exposure.address) : undefined;
}

/** The API server URL a client uses, or undefined while a cloud load balancer has not given an address yet and none was given. */
export function serverUrl(exposure: Exposure): string | undefined {
  if (exposure.kind === 'ingress' || exposure.kind === 'tls-route') return `https://${exposure.hostname}`;
  const address = loadBalancerAddress(exposure);
  if (address === undefined) return undefined;
  return address.includes(':') ? `https://[${address}]:443` : `https://${address}:443`;
}

/** Endpoint text for a virtual cluster whose address is known only after apply. */
const PENDING_ENDPOINT = 'assigned by the cloud load balancer at apply';

/** The endpoint as the outputs, the review and the summary show it. */
export function endpointText(exposure: Exposure): string {
  return serverUrl(exposure) ?? PENDING_ENDPOINT;
}

/** The secret vcluster writes its kubeconfig to: `vc-<release>` in the release namespace. */
export function kubeconfigSecret(name: string): { name: string; namespace: string } {
  return { name: `vc-${name}`, namespace: name };
}
