/**
 * The TypeScript twin of app.py: the same groups, hosts, virtual clusters and fleet, built through
 * the TypeScript API. test/bindings.test.ts synthesizes both and requires byte-identical output.
 * Usage: tsx test/bindings/app.ts <outdir>; prints the findings of a stack with an error as JSON.
 */
import { App, LocalBackend, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ClusterGroup, ClusterGroups, Connection, EndpointType, Fleet, GatewayImplementation, HostEndpoint, HostKind, Sharding, ShardedHost, VirtualCluster } from '../../constructs';

const outdir = process.argv[2];
const context = { [ClusterGroups.CONTEXT_LOCK_FILE]: false, [ClusterGroups.CONTEXT_QUIET]: true };
const capacity = { cpu: '32', memory: '128Gi', storage: '1Ti' };

/** A LoadBalancer group of two MetalLB hosts and an Ingress group behind NGINX Gateway Fabric; returns the virtual cluster team-a. */
function groups(scope: Construct): VirtualCluster {
  const lb = new ClusterGroup(scope, 'Lb', { name: 'dc-lb', endpointType: EndpointType.LOAD_BALANCER, tags: { team: 'platform' } });
  for (const [name, pool] of [
    ['dc1', '10.1.0.16/28'],
    ['dc2', '10.2.0.16/28'],
  ]) {
    lb.addHost(name, { name, kind: HostKind.PRIVATE_CLOUD, capacity, connection: Connection.kubeconfig('~/.kube/config', name), endpoint: HostEndpoint.metallb({ addressPools: [pool] }) });
  }
  const teamA = lb.addVirtualCluster('TeamA', { name: 'team-a' });
  lb.addVirtualCluster('TeamB', { name: 'team-b', resources: { cpu: '5', memory: '6Gi' }, owner: 'team-b', loadBalancer: { sourceRanges: ['10.0.0.0/8'] } });
  const web = new ClusterGroup(scope, 'Web', { name: 'web', endpointType: EndpointType.INGRESS });
  web.addHost('eu1', {
    name: 'eu1',
    kind: HostKind.PUBLIC_CLOUD,
    capacity,
    connection: Connection.kubeconfig('~/.kube/config', 'eu1'),
    endpoint: HostEndpoint.gateway({ implementation: GatewayImplementation.NGINX_GATEWAY_FABRIC }),
    wildcardDns: '*.apps.eu1.example.com',
  });
  web.addVirtualCluster('Shop', { name: 'shop' });
  return teamA;
}

const app = new App({ outdir, context });
const stack = new TerraformStack(app, 'single');
new TerraformOutput(stack, 'TeamAEndpoint', { value: groups(stack).endpoint });

const fleet = new Fleet(app, 'fleet', {
  sharding: Sharding.by({ shardOf: (host: ShardedHost) => `${host.group}-${host.kind === HostKind.PUBLIC_CLOUD ? 'cloud' : 'private'}` }),
  configureStack: { configure: (shardStack, shard) => new LocalBackend(shardStack, { path: `state/${shard}.tfstate` }) },
});
groups(fleet);

const broken = new TerraformStack(new App({ context }), 'broken');
new ClusterGroup(broken, 'Lb', { name: 'dc-lb', endpointType: EndpointType.LOAD_BALANCER }).addVirtualCluster('Huge', { name: 'huge', resources: { cpu: '64' } });
process.stdout.write(`${JSON.stringify({ findings: ClusterGroups.findingsOf(broken), synthesized: ClusterGroups.synthesize(app, { setExitCode: false }) })}\n`);
