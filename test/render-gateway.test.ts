import { TerraformStack } from 'cdktf';
import { ClusterGroup, Connection, EndpointType, GatewayApiCrds, GatewayImplementation, HostEndpoint, HostKind } from '../constructs';
import { FleetStack } from '../examples/fleet-stack';
import { GATEWAY_IMPLEMENTATIONS } from '../src/charts/gateway-facts';
import { crdSchemaErrors, describeWithCharts } from './support/charts';
import { K8sObject, Rendered } from './support/helm';
import { only, renderStacks, rendersOffline } from './support/render';
import { releaseValues, synthStacks, testApp, TerraformJson } from './support/synth';

const STANDARD = 'gateway-api/1.6.1/standard';
const SCHEMAS: Record<string, string> = {
  Gateway: `${STANDARD}/gateway.networking.k8s.io_gateways.yaml`,
  GatewayClass: `${STANDARD}/gateway.networking.k8s.io_gatewayclasses.yaml`,
  TLSRoute: `${STANDARD}/gateway.networking.k8s.io_tlsroutes.yaml`,
};

interface Case {
  readonly host: string;
  readonly kind: HostKind;
  readonly endpoint: HostEndpoint;
  readonly implementation?: GatewayImplementation;
  readonly vc: string;
}

/** One Ingress group per case (an edge host is alone in its group, CG-8), each with one virtual cluster. */
const CASES: Case[] = [
  { host: 'envoy-lb', kind: HostKind.PUBLIC_CLOUD, endpoint: HostEndpoint.gateway(), implementation: GatewayImplementation.ENVOY_GATEWAY, vc: 'alpha' },
  { host: 'envoy-edge', kind: HostKind.EDGE, endpoint: HostEndpoint.gateway(), implementation: GatewayImplementation.ENVOY_GATEWAY, vc: 'beta' },
  {
    host: 'ngf-lb',
    kind: HostKind.PRIVATE_CLOUD,
    endpoint: HostEndpoint.gateway({ implementation: GatewayImplementation.NGINX_GATEWAY_FABRIC }),
    implementation: GatewayImplementation.NGINX_GATEWAY_FABRIC,
    vc: 'gamma',
  },
  {
    host: 'ngf-edge',
    kind: HostKind.EDGE,
    endpoint: HostEndpoint.gateway({ implementation: GatewayImplementation.NGINX_GATEWAY_FABRIC, gatewayApiCrds: GatewayApiCrds.PRESENT, gatewayApiBundle: 'v1.5.1' }),
    implementation: GatewayImplementation.NGINX_GATEWAY_FABRIC,
    vc: 'delta',
  },
  {
    host: 'existing',
    kind: HostKind.PRIVATE_CLOUD,
    endpoint: HostEndpoint.existingGateway({ name: 'shared', namespace: 'gateways', listener: 'tls', listenerHostname: '*.example.com', tlsPassthrough: true, gatewayApiBundle: 'v1.6.1' }),
    vc: 'epsilon',
  },
];

function gatewayStack(): TerraformJson {
  const app = testApp();
  const stack = new TerraformStack(app, 'gw');
  for (const c of CASES) {
    const group = new ClusterGroup(stack, `G-${c.host}`, { name: `g-${c.host}`, endpointType: EndpointType.INGRESS });
    group.addHost(c.host, {
      name: c.host,
      kind: c.kind,
      capacity: { cpu: '32', memory: '128Gi', storage: '1Ti' },
      connection: Connection.kubeconfig('~/.kube/config', c.host),
      endpoint: c.endpoint,
      wildcardDns: `*.apps.${c.host}.example.com`,
    });
    group.addVirtualCluster(c.vc, { name: c.vc });
  }
  return synthStacks(app).gw;
}

const alias = (host: string) => host.replace(/-/g, '_');
const find = (rendered: Rendered | undefined, kind: string): K8sObject[] => rendered?.objects.filter((o) => o.kind === kind) ?? [];

describeWithCharts('what we emit for Gateway hosts, rendered by a real Helm with the real charts', () => {
  const json = gatewayStack();
  let rendered: Map<string, Rendered>;
  const release = (prefix: string, host: string) => rendered.get(`gw:helm_release.${prefix}_${alias(host)}`);

  beforeAll(async () => {
    rendered = await renderStacks({ gw: json });
  }, 120_000);

  it('renders every release but the CRDs releases, which take their chart from a registry; those are where the facts say', () => {
    const addresses = releaseValues(json).map((r) => `gw:${r.address}`);
    expect([...rendered.keys()].sort()).toEqual(addresses.filter(rendersOffline).sort());
    expect(addresses.filter((a) => !rendersOffline(a)).sort()).toEqual(['gw:helm_release.gatewaycrds_envoy_edge', 'gw:helm_release.gatewaycrds_envoy_lb', 'gw:helm_release.gatewaycrds_ngf_lb']);
  });

  it.each(CASES.filter((c) => c.implementation).map((c) => [c.host, c] as const))(
    '%s: a Gateway with one TLS Passthrough listener on 443 for the wildcard, admitting the group’s namespaces, of a class the controller reconciles',
    (host, c) => {
      const facts = GATEWAY_IMPLEMENTATIONS[c.implementation as GatewayImplementation];
      const gateway = only(release('gatewayconfig', host) as Rendered, 'Gateway');
      expect(gateway.metadata).toEqual({ name: 'vclusters', namespace: facts.namespace });
      expect(gateway.spec.listeners).toHaveLength(1);
      const [listener] = gateway.spec.listeners;
      expect(listener).toMatchObject({ protocol: 'TLS', port: 443, hostname: `*.apps.${host}.example.com`, tls: { mode: 'Passthrough' } });
      expect(listener.allowedRoutes.namespaces).toEqual({
        from: 'Selector',
        selector: { matchLabels: { 'app.kubernetes.io/managed-by': 'cdktf-cluster-groups', 'cluster-groups/group': `g-${host}` } },
      });
      expect(crdSchemaErrors(SCHEMAS.Gateway, gateway)).toEqual([]);
      // The class comes from our configuration chart, or from the controller's chart where it creates it.
      const classes = [...find(release('gatewayconfig', host), 'GatewayClass'), ...find(release('gateway', host), 'GatewayClass')];
      expect(classes.map((o) => [o.metadata.name, o.spec.controllerName])).toEqual([[gateway.spec.gatewayClassName, facts.controllerName]]);
      expect(crdSchemaErrors(SCHEMAS.GatewayClass, classes[0])).toEqual([]);
      // The namespaces of the virtual clusters carry what the listener selects.
      const namespaces = json.resource.kubernetes_namespace_v1[`vcluster_${alias(host)}`];
      expect(namespaces.metadata.labels).toMatchObject({ 'app.kubernetes.io/managed-by': 'cdktf-cluster-groups', 'cluster-groups/group': '${each.value.group}' });
      expect(namespaces.for_each[c.vc].group).toBe(`g-${host}`);
    },
  );

  it.each(CASES.map((c) => [c.vc, c] as const))('%s: a v1 TLSRoute for <name>.<wildcard> attached to its host’s Gateway and listener, to the vcluster Service on 443', (name, c) => {
    const vcluster = rendered.get(`gw:helm_release.vcluster_${alias(c.host)}["${name}"]`) as Rendered;
    const route = only(vcluster, 'TLSRoute');
    const hostname = `${name}.apps.${c.host}.example.com`;
    expect(route.apiVersion).toBe('gateway.networking.k8s.io/v1');
    expect(route.metadata).toMatchObject({ name, namespace: name });
    expect(route.spec.hostnames).toEqual([hostname]);
    const gateway = c.implementation ? only(release('gatewayconfig', c.host) as Rendered, 'Gateway') : undefined;
    const parent = gateway
      ? { name: gateway.metadata.name, namespace: gateway.metadata.namespace, sectionName: gateway.spec.listeners[0].name }
      : { name: 'shared', namespace: 'gateways', sectionName: 'tls' };
    expect(route.spec.parentRefs).toEqual([{ group: 'gateway.networking.k8s.io', kind: 'Gateway', ...parent }]);
    expect(route.spec.rules).toEqual([{ backendRefs: [{ name, port: 443 }] }]);
    expect(only(vcluster, 'Service', name).spec.type).toBe('ClusterIP');
    expect(find(vcluster, 'Ingress')).toEqual([]);
    expect(crdSchemaErrors(SCHEMAS.TLSRoute, route)).toEqual([]);
    expect(Object.values<TerraformJson>(json.output).find((o) => name in o.value)?.value[name].endpoint).toBe(`https://${hostname}`);
  });

  it('during a move from ingress-nginx, renders each virtual cluster with both its Ingress and its TLSRoute for one hostname', async () => {
    const app = testApp();
    new FleetStack(app, 'beside', { ingressEndpoint: HostEndpoint.gateway({ keepIngressNginx: {} }) });
    const beside = await renderStacks(synthStacks(app), (address) => address.includes('helm_release.vcluster_eu1') || address.includes('helm_release.ingress_nginx_eu1'));
    const vcluster = beside.get('beside:helm_release.vcluster_eu1["data"]') as Rendered;
    const ingress = only(vcluster, 'Ingress');
    expect(ingress.spec.ingressClassName).toBe(only(beside.get('beside:helm_release.ingress_nginx_eu1') as Rendered, 'IngressClass').metadata.name);
    expect(ingress.spec.rules[0].host).toBe('data.apps.eu1.example.com');
    expect(only(vcluster, 'TLSRoute').spec.hostnames).toEqual(['data.apps.eu1.example.com']);
  }, 60_000);

  it('installs each controller in its namespace with no CRDs of its own channel; on the edge the data plane takes port 443 of the nodes', () => {
    for (const host of ['envoy-lb', 'envoy-edge']) {
      const controller = release('gateway', host) as Rendered;
      expect(only(controller, 'Deployment').metadata).toMatchObject({ name: 'envoy-gateway', namespace: 'envoy-gateway-system' });
      expect(find(controller, 'CustomResourceDefinition')).toEqual([]);
    }
    const envoyProxy = only(release('gatewayconfig', 'envoy-edge') as Rendered, 'EnvoyProxy');
    expect(JSON.stringify(envoyProxy.spec.provider.kubernetes.envoyDaemonSet)).toContain('"hostPort":443');
    expect(find(release('gatewayconfig', 'envoy-lb'), 'EnvoyProxy')).toEqual([]);
    const ngfEdge = only(release('gateway', 'ngf-edge') as Rendered, 'NginxProxy');
    expect(ngfEdge.spec.kubernetes.daemonSet.container.hostPorts).toEqual([{ port: 443, containerPort: 443 }]);
    expect(only(release('gateway', 'ngf-lb') as Rendered, 'NginxProxy').spec.kubernetes.service.type).toBe('LoadBalancer');
  });
});
