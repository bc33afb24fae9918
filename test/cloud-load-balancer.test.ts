import { TerraformStack } from 'cdktf';
import { readFileSync } from 'fs';
import { join } from 'path';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind } from '../constructs';
import { describeWithCharts } from './support/charts';
import { Rendered } from './support/helm';
import { group, host, rulesOf, run, vc } from './support/model';
import { only, renderStacks, vclusterConfig } from './support/render';
import { synthStacks, testApp, TerraformJson } from './support/synth';

/** One public-cloud host behind its cloud's load balancer: `named` with a DNS name, `reserved` with an IP, `pending` with none. */
function synth(): { json: TerraformJson; outdir: string } {
  const app = testApp();
  const stack = new TerraformStack(app, 'cloud');
  const lb = new ClusterGroup(stack, 'G', { name: 'cloud', endpointType: EndpointType.LOAD_BALANCER });
  lb.addHost('h', {
    name: 'h',
    kind: HostKind.PUBLIC_CLOUD,
    capacity: { cpu: '64', memory: '256Gi', storage: '2Ti' },
    connection: Connection.kubeconfig('~/.kube/config', 'h'),
    endpoint: HostEndpoint.cloudLoadBalancer(),
  });
  lb.addVirtualCluster('N', { name: 'named', loadBalancer: { address: 'named.k8s.example.com' } });
  lb.addVirtualCluster('R', { name: 'reserved', loadBalancer: { address: '203.0.113.10' } });
  lb.addVirtualCluster('P', { name: 'pending' });
  return { json: synthStacks(app).cloud, outdir: app.outdir };
}

describe('virtual clusters behind a cloud load balancer', () => {
  const { json, outdir } = synth();

  it('output the given address as the endpoint, and no endpoint at all where none was given', () => {
    const output = json.output.cluster_group_cloud.value;
    expect(output.named.endpoint).toBe('https://named.k8s.example.com:443');
    expect(output.reserved.endpoint).toBe('https://203.0.113.10:443');
    expect(output.pending.endpoint).toBeNull();
  });

  it('warn, with VC-6, about the one without an address', () => {
    const review = JSON.parse(readFileSync(join(outdir, 'cluster-groups', 'cloud', 'review.json'), 'utf8'));
    expect(review.warnings.map((w: { rule: string; path: string }) => [w.rule, w.path])).toEqual([['VC-6', 'cloud/G/P']]);
  });

  it('refuse an address that is neither an IP nor a DNS name, and one on a MetalLB host', () => {
    const cloud = host({ name: 'c', endpoint: { kind: 'cloud-load-balancer' } });
    const metallb = host({ name: 'm' });
    const at = (hostName: string, address: string) => rulesOf(run({ groups: [group()], hosts: [cloud, metallb], virtualClusters: [vc('a', { host: hostName, loadBalancer: { address } })] })).errors;
    expect(at('c', 'a.example.com')).toEqual([]);
    expect(at('c', 'fd00::10')).toEqual([]);
    expect(at('c', 'not an address')).toEqual(['VC-6']);
    expect(at('c', '203.0.113.300')).toEqual(['VC-6']);
    expect(at('m', '10.0.0.1')).toEqual(['VC-6']);
  });

  describeWithCharts('as the chart renders them', () => {
    let rendered: Rendered[];
    beforeAll(async () => (rendered = [...(await renderStacks({ cloud: json }, (address) => address.startsWith('helm_release.vcluster_'))).values()]), 60_000);
    const config = (name: string) => {
      const release = rendered.find((r) => r.job.release === name) as Rendered;
      return { release, config: vclusterConfig(release) };
    };

    it('name the given address in the certificate and the kubeconfig, without MetalLB annotations', () => {
      for (const [name, address] of [
        ['named', 'named.k8s.example.com'],
        ['reserved', '203.0.113.10'],
      ]) {
        const { release, config: values } = config(name);
        expect(values.controlPlane.proxy.extraSANs).toEqual([address]);
        expect(values.exportKubeConfig.server).toBe(`https://${address}:443`);
        const service = only(release, 'Service', name);
        expect(service.spec.type).toBe('LoadBalancer');
        expect(service.metadata.annotations ?? {}).toEqual({});
      }
    });

    it('leave the kubeconfig server to the chart where no address was given (nothing endpoint-looking is invented)', () => {
      const { config: values } = config('pending');
      expect(values.controlPlane.proxy.extraSANs).toEqual([]);
      expect(values.exportKubeConfig.server ?? '').toBe('');
    });
  });
});
