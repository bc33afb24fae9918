import { TerraformStack } from 'cdktf';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind } from '../../constructs';
import { synthStacks, testApp, TerraformJson } from './synth';

export interface Topology {
  readonly hosts: readonly string[];
  readonly virtualClusters: ReadonlyArray<{ name: string; host?: string; cpu?: string; paused?: boolean }>;
}

/** Synthesizes a LoadBalancer group of the given hosts and virtual clusters, declared in the given order. */
export function synthTopology(topology: Topology, lockFile: string | false = false): { json: TerraformJson; outdir: string } {
  const app = testApp({ 'cluster-groups:lockFile': lockFile });
  const stack = new TerraformStack(app, 'fleet');
  const group = new ClusterGroup(stack, 'Group', { name: 'lb', endpointType: EndpointType.LOAD_BALANCER });
  for (const host of topology.hosts) {
    const index = Number(host.replace(/\D/g, '')) || host.charCodeAt(0);
    group.addHost(host, {
      name: host,
      kind: HostKind.PRIVATE_CLOUD,
      capacity: { cpu: '256', memory: '1Ti', storage: '10Ti' },
      connection: Connection.kubeconfig('~/.kube/config', host),
      endpoint: HostEndpoint.metallb({ addressPools: [`10.${index % 256}.0.0/24`] }),
    });
  }
  for (const vc of topology.virtualClusters) group.addVirtualCluster(vc.name, { name: vc.name, host: vc.host, paused: vc.paused, resources: vc.cpu ? { cpu: vc.cpu } : undefined });
  return { json: synthStacks(app).fleet, outdir: app.outdir };
}

/** Every Terraform address of a synthesized stack (for_each instances by key), mapped to its JSON. */
export function addresses(json: TerraformJson): Map<string, string> {
  const out = new Map<string, string>();
  for (const [type, resources] of Object.entries<TerraformJson>(json.resource ?? {})) {
    for (const [name, body] of Object.entries<TerraformJson>(resources)) {
      const { for_each: forEach, '//': _meta, ...rest } = body;
      if (forEach) for (const [key, each] of Object.entries(forEach)) out.set(`${type}.${name}["${key}"]`, JSON.stringify({ ...rest, each }));
      else out.set(`${type}.${name}`, JSON.stringify(rest));
    }
  }
  return out;
}
