import { unreachable } from '../model/endpoints';
import { GATEWAY_CLASS, GATEWAY_PORT, GatewayImplementation, GatewayService } from './gateway-facts';
import { Values } from './merge';

/**
 * Values of Envoy Gateway's `gateway-helm` chart. Its `crds` subchart would install the Gateway
 * API CRDs of the experimental channel (with Envoy's own, under one switch): off, since the
 * CRDs release installs the standard channel and Envoy's CRDs. How the data plane is reached
 * is not a chart value: the controller creates the proxies at run time from the EnvoyProxy
 * object of our config chart (see `gatewayObjects`).
 */
export function envoyGatewayValues(): Values {
  return { crds: { enabled: false } };
}

/**
 * Values of the NGINX Gateway Fabric chart: the GatewayClass it creates is named ours, and the
 * NGINX data plane it provisions per Gateway is reached through a LoadBalancer service, or,
 * where no load balancer exists, as a DaemonSet taking port 443 of every node behind a
 * ClusterIP service (nothing waits for an address then).
 */
export function nginxGatewayFabricValues(service: GatewayService): Values {
  const nginx: Values =
    service === 'HostPort'
      ? { kind: 'daemonSet', container: { hostPorts: [{ port: GATEWAY_PORT, containerPort: GATEWAY_PORT }] }, service: { type: 'ClusterIP' } }
      : { service: { type: 'LoadBalancer' } };
  return { nginxGateway: { gatewayClassName: GATEWAY_CLASS }, nginx };
}

/** The values of an implementation's controller chart. */
export function gatewayControllerValues(implementation: GatewayImplementation, service: GatewayService): Values {
  switch (implementation) {
    case 'envoy-gateway':
      return envoyGatewayValues();
    case 'nginx-gateway-fabric':
      return nginxGatewayFabricValues(service);
    default:
      return unreachable(implementation);
  }
}
