import { App } from 'cdktf';
import { readFileSync } from 'fs';
import { join } from 'path';
import { ClusterGroup, Connection, EndpointType, Fleet, FleetProps, HostEndpoint, HostKind, OwnerQuota, Sharding } from '../../constructs';
import { TerraformJson, testApp } from '../support/synth';

export interface ShardedHostSpec {
  readonly name: string;
  readonly group: string;
  /** The second octet of its MetalLB pool `10.<pool>.0.0/24`; two hosts of one pool hand out one IP. */
  readonly pool: number;
}

export interface ShardedVirtualCluster {
  readonly name: string;
  readonly group: string;
  readonly host?: string;
  readonly owner?: string;
  readonly cpu?: string;
}

/** A fleet of LoadBalancer groups on MetalLB hosts, described as data so that a test can change one thing at a time. */
export interface ShardedFleet {
  readonly sharding: Sharding;
  readonly hosts: readonly ShardedHostSpec[];
  readonly virtualClusters: readonly ShardedVirtualCluster[];
  readonly ownerQuotas?: Record<string, OwnerQuota>;
  readonly reshards?: Record<string, string>;
  /** The fleet's other props. */
  readonly props?: Omit<FleetProps, 'sharding'>;
}

/** The app of a fleet `Fleet`; the lock at `lockFile` (none unless given), frozen as in CI if asked. */
export function fleetApp(fleet: ShardedFleet, lockFile: string | false = false, frozen = false): App {
  const app = testApp({ 'cluster-groups:lockFile': lockFile, 'cluster-groups:frozen': frozen });
  const root = new Fleet(app, 'Fleet', { ...fleet.props, sharding: fleet.sharding });
  const groups = new Map<string, ClusterGroup>();
  const groupOf = (name: string): ClusterGroup => {
    let group = groups.get(name);
    if (!group) {
      group = new ClusterGroup(root, name, { name, endpointType: EndpointType.LOAD_BALANCER, ownerQuotas: fleet.ownerQuotas });
      groups.set(name, group);
    }
    return group;
  };
  for (const host of fleet.hosts) {
    groupOf(host.group).addHost(host.name, {
      name: host.name,
      kind: HostKind.PRIVATE_CLOUD,
      capacity: { cpu: '64', memory: '256Gi', storage: '1Ti' },
      connection: Connection.kubeconfig('~/.kube/config', host.name),
      endpoint: HostEndpoint.metallb({ addressPools: [`10.${host.pool}.0.0/24`] }),
    });
  }
  for (const vc of fleet.virtualClusters) {
    groupOf(vc.group).addVirtualCluster(vc.name, { name: vc.name, host: vc.host, owner: vc.owner, resources: vc.cpu ? { cpu: vc.cpu } : undefined });
  }
  for (const [host, reason] of Object.entries(fleet.reshards ?? {})) root.acknowledgeReshard(host, { reason });
  return app;
}

/** Each stack's cdk.tf.json as written, by stack name. */
export function stackTexts(app: App): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(app.outdir, 'manifest.json'), 'utf8'));
  return Object.fromEntries(Object.keys(manifest.stacks).map((name) => [name, readFileSync(join(app.outdir, 'stacks', name, 'cdk.tf.json'), 'utf8')]));
}

/** The message of the error a synth throws. */
export function synthFailure(app: App): string {
  try {
    app.synth();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the synth did not fail');
}

/** The host names whose providers a stack's JSON configures. */
export function providerAliases(json: TerraformJson): string[] {
  return (json.provider?.kubernetes ?? []).map((provider: { alias: string }) => provider.alias);
}
