import { GatewayImplementation } from '../model/endpoints';
import { ChartRef } from '../model/types';

export type { GatewayImplementation, GatewayService } from '../model/endpoints';

/**
 * The Gateway API implementations we can install on a host, and what each one needs. Every
 * fact about an implementation lives here; the values and object builders read it through
 * `gatewayImplementation`, so a third implementation is added in this one table.
 */
export interface GatewayImplementationFacts {
  /** The controller's chart, by its name among a group's charts (upstream's, or a mirror's: `chartRepositories`). */
  readonly chart: 'envoyGateway' | 'nginxGatewayFabric';
  /**
   * The namespace of the controller's release; our Gateway lives there too. The data-plane
   * pods run there as well (Envoy Gateway puts them in its own namespace, NGF in the Gateway's),
   * so with host ports it must admit them: the `baseline` pod-security level refuses host ports.
   */
  readonly namespace: string;
  /** `spec.controllerName` of the GatewayClass this controller reconciles. */
  readonly controllerName: string;
  /** Whether the controller's chart creates the GatewayClass itself (NGF does, with its NginxProxy as parameters); otherwise our config chart does. */
  readonly chartCreatesGatewayClass: boolean;
  /**
   * Envoy's `gateway-crds-helm` chart holds the Gateway API CRDs of both channels and Envoy's
   * own; values pick the standard channel. Its version is chosen for the Gateway API bundle the
   * controller is built for: v1.9.0 carries v1.6.1 (Envoy Gateway 1.9), v1.8.3 carries v1.5.1
   * (NGF 2.6.7, which marks another minor "best effort" on its GatewayClass).
   */
  readonly crdsChart: ChartRef;
  /** The Gateway API bundle the controller is built for, which `crdsChart` carries. */
  readonly gatewayApiBundle: string;
  /** Whether the controller marks CRDs of another minor "best effort" (NGF: `SupportedVersion` false on its GatewayClass); Envoy Gateway reads no bundle version. */
  readonly otherMinorBestEffort: boolean;
  /** Whether the controller's own CRDs come from that chart too (Envoy's, once its controller chart's `crds.enabled` is off); NGF's chart installs its own. */
  readonly ownCrdsFromCrdsChart: boolean;
}

function envoyCrdsChart(version: string): ChartRef {
  return { repository: 'oci://docker.io/envoyproxy', chart: 'gateway-crds-helm', version };
}

export const GATEWAY_IMPLEMENTATIONS: Readonly<Record<GatewayImplementation, GatewayImplementationFacts>> = {
  'envoy-gateway': {
    chart: 'envoyGateway',
    namespace: 'envoy-gateway-system',
    controllerName: 'gateway.envoyproxy.io/gatewayclass-controller',
    chartCreatesGatewayClass: false,
    crdsChart: envoyCrdsChart('v1.9.0'),
    gatewayApiBundle: 'v1.6.1',
    otherMinorBestEffort: false,
    ownCrdsFromCrdsChart: true,
  },
  'nginx-gateway-fabric': {
    chart: 'nginxGatewayFabric',
    namespace: 'nginx-gateway',
    controllerName: 'gateway.nginx.org/nginx-gateway-controller',
    chartCreatesGatewayClass: true,
    crdsChart: envoyCrdsChart('v1.8.3'),
    gatewayApiBundle: 'v1.5.1',
    otherMinorBestEffort: true,
    ownCrdsFromCrdsChart: false,
  },
};

/** Names of what we create on a host: one class, one Gateway, one listener. A host has one cluster, so fixed names do not collide. */
export const GATEWAY_CLASS = 'cluster-groups';
export const GATEWAY_NAME = 'vclusters';
export const GATEWAY_LISTENER = 'tls-passthrough';
export const GATEWAY_PORT = 443;
/** The Gateway API version of the GatewayClass and Gateway we create, and of the Gateway whose status gives a host's address. */
export const GATEWAY_API_VERSION = 'gateway.networking.k8s.io/v1';

export function gatewayImplementation(implementation: GatewayImplementation): GatewayImplementationFacts {
  return GATEWAY_IMPLEMENTATIONS[implementation];
}

/** The Gateway of a host, as a vcluster TLSRoute's parentRef and as an existing Gateway is declared. */
export interface GatewayRef {
  readonly name: string;
  readonly namespace: string;
  readonly listener: string;
}

export function installedGatewayRef(implementation: GatewayImplementation): GatewayRef {
  return { name: GATEWAY_NAME, namespace: gatewayImplementation(implementation).namespace, listener: GATEWAY_LISTENER };
}
