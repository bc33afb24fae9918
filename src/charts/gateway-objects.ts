import { GATEWAY_API_VERSION, GATEWAY_CLASS, GATEWAY_LISTENER, GATEWAY_NAME, GATEWAY_PORT, GatewayImplementation, gatewayImplementation, GatewayService } from './gateway-facts';
import { Values } from './merge';

/** Envoy shifts a privileged listener port by this much inside its container, so it binds 443 without NET_BIND_SERVICE (internal/gatewayapi/translator.go, v1.9.0). */
const ENVOY_PORT_SHIFT = 10000;
/** The container Envoy Gateway gives its proxy pods (internal/infrastructure/kubernetes/proxy/resource.go, v1.9.0). */
const ENVOY_CONTAINER = 'envoy';

export interface GatewayObjectsInput {
  readonly implementation: GatewayImplementation;
  readonly service: GatewayService;
  /** The host's wildcard DNS (`*.apps.example.com`): the listener's hostname. */
  readonly wildcardDns: string;
  /** Labels every namespace of this group's virtual clusters carries, and no other namespace: the routes the listener admits. */
  readonly routeNamespaceLabels: Readonly<Record<string, string>>;
}

function envoyProxy(namespace: string): Values {
  // On host ports the proxies run as a DaemonSet, port 443 of each node forwarded to Envoy's shifted container port.
  const ports = [{ containerPort: GATEWAY_PORT + ENVOY_PORT_SHIFT, hostPort: GATEWAY_PORT, protocol: 'TCP' }];
  return {
    apiVersion: 'gateway.envoyproxy.io/v1alpha1',
    kind: 'EnvoyProxy',
    metadata: { name: GATEWAY_CLASS, namespace },
    spec: {
      provider: {
        type: 'Kubernetes',
        kubernetes: {
          envoyDaemonSet: { patch: { type: 'StrategicMerge', value: { spec: { template: { spec: { containers: [{ name: ENVOY_CONTAINER, ports }] } } } } } },
          envoyService: { type: 'ClusterIP' },
        },
      },
    },
  };
}

/**
 * The Gateway API objects of one host that installs a controller: the GatewayClass (unless the
 * controller's chart creates it), for Envoy on host ports the EnvoyProxy it refers to, and the
 * Gateway: one TLS listener on 443 for the host's wildcard in Passthrough mode (vcluster
 * terminates its own TLS), admitting TLSRoutes only from the namespaces of this group's
 * virtual clusters, chosen by label, never `All`.
 */
export function gatewayObjects(input: GatewayObjectsInput): Values[] {
  const facts = gatewayImplementation(input.implementation);
  const objects: Values[] = [];
  const edgeEnvoy = input.implementation === 'envoy-gateway' && input.service === 'HostPort';
  if (edgeEnvoy) objects.push(envoyProxy(facts.namespace));
  if (!facts.chartCreatesGatewayClass) {
    const spec: Values = { controllerName: facts.controllerName };
    if (edgeEnvoy) spec.parametersRef = { group: 'gateway.envoyproxy.io', kind: 'EnvoyProxy', name: GATEWAY_CLASS, namespace: facts.namespace };
    objects.push({ apiVersion: GATEWAY_API_VERSION, kind: 'GatewayClass', metadata: { name: GATEWAY_CLASS }, spec });
  }
  const listener = {
    name: GATEWAY_LISTENER,
    protocol: 'TLS',
    port: GATEWAY_PORT,
    hostname: input.wildcardDns,
    tls: { mode: 'Passthrough' },
    allowedRoutes: {
      namespaces: { from: 'Selector', selector: { matchLabels: { ...input.routeNamespaceLabels } } },
      kinds: [{ group: 'gateway.networking.k8s.io', kind: 'TLSRoute' }],
    },
  };
  objects.push({
    apiVersion: GATEWAY_API_VERSION,
    kind: 'Gateway',
    metadata: { name: GATEWAY_NAME, namespace: facts.namespace },
    spec: { gatewayClassName: GATEWAY_CLASS, listeners: [listener] },
  });
  return objects;
}
