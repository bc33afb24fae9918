import { GatewayImplementation, gatewayImplementation } from './gateway-facts';
import { Values } from './merge';

/**
 * Values of the CRDs release of one host (our wrapper chart `assets/gateway-api-crds`, which
 * takes Envoy's `gateway-crds-helm` as a dependency once per implementation, aliased by the
 * implementation's name, each at the version that carries the Gateway API bundle that
 * implementation is built for): the Gateway API CRDs of the standard channel when we install
 * them (`gatewayApi`), and the controller's own CRDs when they come from the same chart
 * (Envoy's). Undefined when the release has nothing to install.
 */
export function gatewayCrdsValues(implementation: GatewayImplementation, gatewayApi: boolean): Values | undefined {
  const envoyGateway = gatewayImplementation(implementation).ownCrdsFromCrdsChart;
  if (!gatewayApi && !envoyGateway) return undefined;
  return { [implementation]: { enabled: true, crds: { gatewayAPI: { enabled: gatewayApi, channel: 'standard' }, envoyGateway: { enabled: envoyGateway } } } };
}
