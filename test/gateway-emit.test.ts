import { TerraformStack } from 'cdktf';
import { parse } from 'yaml';
import { ChartRepositories, ClusterGroup, Connection, EndpointType, GatewayApiCrds, GatewayImplementation, HostEndpoint, HostKind } from '../constructs';
import { renderSummary } from '../src/review/summary';
import { viewOf } from '../src/review/view';
import { run, validIngressModel } from './support/model';
import { synthStacks, testApp, TerraformJson } from './support/synth';

/** One Ingress group `web` of one host `a` with the given endpoint and kind, and two virtual clusters. */
function synth(endpoint: HostEndpoint, kind = HostKind.PUBLIC_CLOUD, chartRepositories?: ChartRepositories): TerraformJson {
  const app = testApp();
  const stack = new TerraformStack(app, 's');
  const group = new ClusterGroup(stack, 'G', { name: 'web', endpointType: EndpointType.INGRESS, chartRepositories });
  group.addHost('a', {
    name: 'a',
    kind,
    capacity: { cpu: '32', memory: '128Gi', storage: '1Ti' },
    connection: Connection.kubeconfig('~/.kube/config', 'a'),
    endpoint,
    wildcardDns: '*.apps.a.example.com',
  });
  group.addVirtualCluster('Web', { name: 'web' });
  group.addVirtualCluster('Data', { name: 'data' });
  return synthStacks(app).s;
}

const vclusterValues = (json: TerraformJson, name: string) => parse(json.resource.helm_release.vcluster_a.for_each[name].values);

describe('a Gateway controller chart from a mirror (chartRepositories)', () => {
  it.each([
    [GatewayImplementation.ENVOY_GATEWAY, { envoyGateway: 'oci://mirror.example.com/envoyproxy' }, 'gateway-helm'],
    [GatewayImplementation.NGINX_GATEWAY_FABRIC, { nginxGatewayFabric: 'oci://mirror.example.com/nginx' }, 'nginx-gateway-fabric'],
  ])('takes %s from the mirror; its CRDs release stays on our wrapper chart', (implementation, repositories, chart) => {
    const releases = synth(HostEndpoint.gateway({ implementation }), HostKind.PUBLIC_CLOUD, repositories).resource.helm_release;
    expect(releases.gateway_a).toMatchObject({ repository: Object.values(repositories)[0], chart });
    expect(releases.gatewaycrds_a.chart).toMatch(/^\.\/assets\/gateway-api-crds-chart\//);
  });
});

describe('a host served by Envoy Gateway, installed by us', () => {
  const json = synth(HostEndpoint.gateway());
  const releases = json.resource.helm_release;

  it('has the namespace, the CRDs, the controller, the Gateway configuration and the vclusters, each depending on the one before', () => {
    expect(Object.keys(json.resource.kubernetes_namespace_v1).sort()).toEqual(['gateway_a', 'vcluster_a']);
    expect(Object.keys(releases).sort()).toEqual(['gateway_a', 'gatewayconfig_a', 'gatewaycrds_a', 'vcluster_a']);
    expect(releases.gatewaycrds_a.depends_on).toBeUndefined();
    expect(releases.gatewaycrds_a.namespace).toBe('${kubernetes_namespace_v1.gateway_a.metadata[0].name}');
    expect(releases.gateway_a.depends_on).toEqual(['helm_release.gatewaycrds_a']);
    expect(releases.gatewayconfig_a.depends_on).toEqual(['helm_release.gateway_a']);
    expect(releases.vcluster_a.depends_on).toEqual(['kubernetes_namespace_v1.vcluster_a', 'helm_release.gatewayconfig_a']);
  });

  it('protects the CRDs release from destruction and fetches the upstream CRDs chart as its dependency', () => {
    expect(releases.gatewaycrds_a).toMatchObject({ lifecycle: { prevent_destroy: true }, dependency_update: true, wait: false, upgrade_install: true });
    expect(releases.gatewaycrds_a.chart).toMatch(/^\.\/assets\/gateway-api-crds-chart\//);
    expect(parse(releases.gatewaycrds_a.values[0])).toEqual({ 'envoy-gateway': { enabled: true, crds: { gatewayAPI: { enabled: true, channel: 'standard' }, envoyGateway: { enabled: true } } } });
  });

  it('installs the upstream controller chart in its namespace, which admits baseline pods only behind a load balancer', () => {
    expect(releases.gateway_a).toMatchObject({ repository: 'oci://docker.io/envoyproxy', chart: 'gateway-helm', version: 'v1.9.0', wait: true, atomic: true });
    expect(json.resource.kubernetes_namespace_v1.gateway_a.metadata).toEqual({ name: 'envoy-gateway-system', labels: { 'app.kubernetes.io/managed-by': 'cdktf-cluster-groups' } });
  });

  it('configures a GatewayClass and a Gateway whose passthrough listener admits the namespaces of this group only', () => {
    const objects = parse(releases.gatewayconfig_a.values[0]).objects;
    expect(objects.map((o: { kind: string }) => o.kind)).toEqual(['GatewayClass', 'Gateway']);
    expect(releases.gatewayconfig_a.chart).toMatch(/^\.\/assets\/gateway-config-chart\//);
    const listener = objects[1].spec.listeners[0];
    expect(listener).toMatchObject({ protocol: 'TLS', port: 443, hostname: '*.apps.a.example.com', tls: { mode: 'Passthrough' } });
    expect(listener.allowedRoutes.namespaces).toEqual({ from: 'Selector', selector: { matchLabels: { 'app.kubernetes.io/managed-by': 'cdktf-cluster-groups', 'cluster-groups/group': 'web' } } });
    // The virtual clusters' namespaces carry exactly those labels.
    const labels = json.resource.kubernetes_namespace_v1.vcluster_a.metadata.labels;
    expect(labels['app.kubernetes.io/managed-by']).toBe('cdktf-cluster-groups');
    expect(labels['cluster-groups/group']).toBe('${each.value.group}');
    expect(json.resource.kubernetes_namespace_v1.vcluster_a.for_each.web.group).toBe('web');
  });

  it('routes each virtual cluster through the Gateway at <name>.<wildcard>, in its values, its kubeconfig and the output', () => {
    const values = vclusterValues(json, 'web');
    expect(values.controlPlane.tlsRoute).toEqual({
      enabled: true,
      host: 'web.apps.a.example.com',
      parentRefs: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'vclusters', namespace: 'envoy-gateway-system', sectionName: 'tls-passthrough' }],
    });
    expect(values.controlPlane.ingress).toEqual({ enabled: false });
    expect(values.controlPlane.service.spec.type).toBe('ClusterIP');
    expect(values.exportKubeConfig.server).toBe('https://web.apps.a.example.com');
    expect(json.output.cluster_group_web.value.data.endpoint).toBe('https://data.apps.a.example.com');
  });
});

describe('NGINX Gateway Fabric on an edge host whose Gateway API CRDs are present', () => {
  const json = synth(HostEndpoint.gateway({ implementation: GatewayImplementation.NGINX_GATEWAY_FABRIC, gatewayApiCrds: GatewayApiCrds.PRESENT, gatewayApiBundle: 'v1.5.1' }), HostKind.EDGE);
  const releases = json.resource.helm_release;

  it('installs no CRDs (its chart brings its own), runs on host ports in a privileged namespace, and leaves the GatewayClass to the chart', () => {
    expect(Object.keys(releases).sort()).toEqual(['gateway_a', 'gatewayconfig_a', 'vcluster_a']);
    expect(releases.gateway_a.depends_on).toBeUndefined();
    expect(releases.gateway_a).toMatchObject({ repository: 'oci://ghcr.io/nginx/charts', chart: 'nginx-gateway-fabric', version: '2.6.7' });
    expect(parse(releases.gateway_a.values[0]).nginx.kind).toBe('daemonSet');
    expect(json.resource.kubernetes_namespace_v1.gateway_a.metadata).toMatchObject({ name: 'nginx-gateway', labels: { 'pod-security.kubernetes.io/enforce': 'privileged' } });
    expect(parse(releases.gatewayconfig_a.values[0]).objects.map((o: { kind: string }) => o.kind)).toEqual(['Gateway']);
    expect(vclusterValues(json, 'web').controlPlane.tlsRoute.parentRefs[0]).toMatchObject({ name: 'vclusters', namespace: 'nginx-gateway' });
  });
});

describe('an existing Gateway', () => {
  const json = synth(HostEndpoint.existingGateway({ name: 'shared', namespace: 'gateways', listener: 'tls', tlsPassthrough: true, gatewayApiBundle: 'v1.6.1' }));

  it('installs nothing beside the virtual clusters, whose routes attach to it', () => {
    expect(Object.keys(json.resource.helm_release)).toEqual(['vcluster_a']);
    expect(Object.keys(json.resource.kubernetes_namespace_v1)).toEqual(['vcluster_a']);
    expect(json.resource.helm_release.vcluster_a.depends_on).toEqual(['kubernetes_namespace_v1.vcluster_a']);
    expect(vclusterValues(json, 'data').controlPlane.tlsRoute.parentRefs).toEqual([{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'shared', namespace: 'gateways', sectionName: 'tls' }]);
  });
});

describe('the summary and the review', () => {
  it("show each Gateway host's serving layer and what its wildcard DNS points at, and each virtual cluster's hostname", () => {
    const base = validIngressModel();
    const existing = { kind: 'existing-gateway' as const, name: 'shared', namespace: 'gateways', listener: 'tls', tlsPassthrough: true, gatewayApiBundle: 'v1.6.1' };
    const view = viewOf(
      run({
        ...base,
        hosts: [
          { ...base.hosts[0], endpoint: { kind: 'gateway' } },
          { ...base.hosts[1], kind: 'edge', endpoint: existing },
        ],
      }),
    );
    expect(view.groups[0].hosts.map((h) => h.endpoint)).toEqual([
      'Envoy Gateway at *.apps.x.example.com: a load balancer, its address known after apply (the Gateway’s status)',
      'existing Gateway gateways/shared (listener tls) at *.apps.y.example.com',
    ]);
    const summary = renderSummary(view, 's');
    expect(summary).toContain('host x (private-cloud; Envoy Gateway at *.apps.x.example.com: a load balancer');
    expect(summary).toMatch(/vcluster site on (x|y): https:\/\/site\.apps\.(x|y)\.example\.com/);
  });
});
