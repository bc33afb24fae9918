import { parse } from 'yaml';
import { ComposedStack } from '../examples/composed-stack';
import { EdgeStack } from '../examples/edge-stack';
import { FleetStack } from '../examples/fleet-stack';
import { ClusterGroup, Distribution, EndpointType, HostEndpoint, HostKind, Connection } from '../constructs';
import { TerraformStack } from 'cdktf';
import { describeWithCharts, metallbErrors, metallbObjectErrors, readYaml, unknownIngressNginxKeys, vclusterErrors } from './support/charts';
import { mergeValues } from '../src/charts/merge';
import { parseAmount } from '../src/model/quantity';
import { releaseValues, synthStacks, testApp, TerraformJson } from './support/synth';

/** Scenarios beyond the examples: old charts, k3s, disk backup, paused, IPv6 pools, a cloud load balancer. */
function scenarios(): Record<string, TerraformJson> {
  const app = testApp();
  new FleetStack(app, 'fleet');
  new EdgeStack(app, 'edge');
  new ComposedStack(app, 'composed');
  const stack = new TerraformStack(app, 'variants');
  const old = new ClusterGroup(stack, 'Old', {
    name: 'old',
    endpointType: EndpointType.LOAD_BALANCER,
    vclusterChartVersion: '0.20.6',
    distribution: Distribution.K3S,
    values: { controlPlane: { hostPathMapper: { enabled: true } }, policies: { podSecurityStandard: 'privileged' } },
  });
  old.addHost('H', {
    name: 'old-host',
    kind: HostKind.PRIVATE_CLOUD,
    capacity: { cpu: '32', memory: '64Gi', storage: '1Ti' },
    connection: Connection.kubeconfig('/k', 'old-host'),
    endpoint: HostEndpoint.metallb({ addressPools: ['fd00:10::/120'] }),
  });
  old.addVirtualCluster('A', { name: 'a', resources: { memory: '3Gi', storage: '0' }, paused: true });
  const k3s = new ClusterGroup(stack, 'K3s', { name: 'k3s', endpointType: EndpointType.LOAD_BALANCER, vclusterChartVersion: '0.32.3', distribution: Distribution.K3S });
  k3s.addHost('H', {
    name: 'k3s-host',
    kind: HostKind.PUBLIC_CLOUD,
    capacity: { cpu: '32', memory: '64Gi', storage: '1Ti' },
    connection: Connection.kubeconfig('/k', 'k3s-host'),
    endpoint: HostEndpoint.cloudLoadBalancer(),
  });
  k3s.addVirtualCluster('B', { name: 'b', values: { controlPlane: { distro: { k3s: { image: { tag: 'v1.30.2-k3s1' } } } } } });
  const site = new ClusterGroup(stack, 'Site', { name: 'site', endpointType: EndpointType.INGRESS });
  site.addHost('H', {
    name: 'site-host',
    kind: HostKind.EDGE,
    capacity: { cpu: '16', memory: '32Gi', storage: '500Gi' },
    connection: Connection.kubeconfig('/k', 'site-host'),
    endpoint: HostEndpoint.ingressNginx(),
    wildcardDns: '*.apps.site.example.com',
  });
  site.addVirtualCluster('C', { name: 'c' });
  return synthStacks(app);
}

type Amounts = Record<string, unknown>;
type ContainerResources = { limits?: Amounts; requests?: Amounts };
/** The parts of merged vcluster values that decide whether the namespace's pods fit its quota. */
interface QuotaValues {
  controlPlane: { statefulSet: { resources: ContainerResources }; coredns: { embedded: boolean; deployment: { resources: ContainerResources } } };
  policies: { limitRange: { default: Amounts; defaultRequest: Amounts }; resourceQuota: { quota: Amounts } };
}

describeWithCharts('what we emit is accepted by the real charts', () => {
  const stacks = scenarios();
  const releases = Object.values(stacks).flatMap(releaseValues);

  it('covers every kind of release', () => {
    // A local chart by its folder under assets/ (the asset `./assets/<folder>-chart/<hash>`).
    const charts = new Set(releases.map((r) => (r.chart.startsWith('./assets/') ? r.chart.split('/')[2].replace(/-chart$/, '') : r.chart)));
    expect([...charts].sort()).toEqual(['gateway-api-crds', 'gateway-config', 'gateway-helm', 'ingress-nginx', 'metallb', 'metallb-config', 'vcluster']);
  });

  it('vcluster values pass the values schema of the pinned chart version', () => {
    const vclusters = releases.filter((r) => r.chart === 'vcluster');
    expect(new Set(vclusters.map((r) => r.version))).toEqual(new Set(['0.36.1', '0.20.6', '0.32.3']));
    for (const release of vclusters) expect({ address: release.address, errors: vclusterErrors(release.version as string, parse(release.values)) }).toEqual({ address: release.address, errors: [] });
  });

  it('MetalLB values pass its schema once merged over the chart defaults', () => {
    for (const release of releases.filter((r) => r.chart === 'metallb')) expect(metallbErrors(parse(release.values))).toEqual([]);
  });

  it("MetalLB's configuration objects pass their CRDs' schemas", () => {
    const objects = releases.filter((r) => r.chart.startsWith('./assets/metallb-config-chart/')).flatMap((r) => parse(r.values).objects);
    expect(new Set(objects.map((o: { kind: string }) => o.kind))).toEqual(new Set(['IPAddressPool', 'L2Advertisement', 'BGPPeer', 'BGPAdvertisement']));
    for (const object of objects) expect({ kind: object.kind, errors: metallbObjectErrors(object) }).toEqual({ kind: object.kind, errors: [] });
  });

  it('ingress-nginx keys exist in its values.yaml, with SSL passthrough on, behind a load balancer or on host ports', () => {
    const ingress = releases.filter((r) => r.chart === 'ingress-nginx');
    for (const release of ingress) {
      const values = parse(release.values);
      expect(unknownIngressNginxKeys(values)).toEqual([]);
      expect(values.controller.extraArgs['enable-ssl-passthrough']).toBe('true');
    }
    expect(new Set(ingress.map((r) => parse(r.values).controller.service.type))).toEqual(new Set(['LoadBalancer', 'ClusterIP']));
  });

  it("leaves room in each vcluster namespace's quota for the control plane, CoreDNS and a workload of the limit range's default size", () => {
    const defaults = readYaml('vcluster/0.36.1/values.yaml');
    const pinned = releases.filter((r) => r.chart === 'vcluster' && r.version === '0.36.1');
    expect(pinned.length).toBeGreaterThan(0);
    for (const release of pinned) {
      const values = mergeValues(defaults, parse(release.values)) as unknown as QuotaValues;
      const lr = values.policies.limitRange;
      const limit = (resources: ContainerResources | undefined, key: 'cpu' | 'memory') => parseAmount(key, resources?.limits?.[key] ?? lr.default[key]) as number;
      const request = (resources: ContainerResources | undefined, key: 'cpu' | 'memory') => parseAmount(key, resources?.requests?.[key] ?? lr.defaultRequest[key]) as number;
      const containers = [values.controlPlane.statefulSet.resources, values.controlPlane.coredns.embedded ? undefined : values.controlPlane.coredns.deployment.resources, {}].filter(
        (c) => c !== undefined,
      );
      const quota = values.policies.resourceQuota.quota;
      for (const key of ['cpu', 'memory'] as const) {
        const sum = (of: typeof limit) => containers.reduce((total, c) => total + of(c, key), 0);
        expect({
          address: release.address,
          key,
          fits: sum(limit) <= (parseAmount(key, quota[`limits.${key}`]) as number) && sum(request) <= (parseAmount(key, quota[`requests.${key}`]) as number),
        }).toEqual({ address: release.address, key, fits: true });
      }
    }
  });

  it('asks for no volume claim of size 0 (the API server refuses it): a k3s virtual cluster with storage 0 has none', () => {
    const claims = releases.filter((r) => r.chart === 'vcluster').map((r) => parse(r.values).controlPlane.statefulSet.persistence.volumeClaim);
    for (const claim of claims) expect(claim.enabled === false || (parseAmount('storage', claim.size) as number) > 0).toBe(true);
    expect(claims).toContainEqual({ enabled: false });
  });

  it('the conformance checks themselves refuse bad values', () => {
    expect(vclusterErrors('0.36.1', { controlPlane: { nope: 1 } })).not.toEqual([]);
    expect(metallbErrors({ controller: { logLevel: 'loud' } })).not.toEqual([]);
    expect(metallbObjectErrors({ apiVersion: 'metallb.io/v1beta1', kind: 'IPAddressPool', metadata: { name: 'x' }, spec: {} })).not.toEqual([]);
    expect(unknownIngressNginxKeys({ controller: { sslPassthrough: true } })).toEqual(['controller.sslPassthrough']);
  });
});
