import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { ClusterGroup, ClusterGroups, EndpointType, Fleet, HostEndpoint, Sharding, VirtualCluster } from '../../constructs';
import { ingressNginxHost, metallbHost } from '../support/hosts';
import { synthStacks, testApp, TerraformJson } from '../support/synth';
import { synthFailure } from './support';

interface Composed {
  readonly app: App;
  readonly fleet: Fleet;
  readonly web: ClusterGroup;
  readonly team: VirtualCluster;
  readonly shop: VirtualCluster;
}

/** A fleet sharded per host: a LoadBalancer group on dc1 (team-a asks for its kubeconfig output), an Ingress group on eu1 (ingress-nginx behind a load balancer). */
function composed(): Composed {
  const app = testApp();
  const fleet = new Fleet(app, 'Fleet', { sharding: Sharding.perHost() });
  const lb = new ClusterGroup(fleet, 'Lb', { name: 'dc-lb', endpointType: EndpointType.LOAD_BALANCER, description: 'Data centre ${var.x}' });
  lb.addHost('dc1', metallbHost('dc1', '10.1.0.16/28'));
  lb.addHost('dc2', metallbHost('dc2', '10.2.0.16/28'));
  const team = lb.addVirtualCluster('TeamA', { name: 'team-a', host: 'dc1', kubeconfigOutput: true });
  lb.addVirtualCluster('TeamB', { name: 'team-b', host: 'dc2' });
  const web = new ClusterGroup(fleet, 'Web', { name: 'web', endpointType: EndpointType.INGRESS });
  web.addHost('eu1', ingressNginxHost('eu1'));
  const shop = web.addVirtualCluster('Shop', { name: 'shop', host: 'eu1' });
  return { app, fleet, web, team, shop };
}

/** The stack the fleet put a host in. */
function stackOf(fleet: Fleet, host: string): TerraformStack {
  const stack = fleet.stackOf(host);
  if (!stack) throw new Error(`no stack for ${host}`);
  return stack;
}

describe('what a larger stack reads of a fleet, in the stack of the host', () => {
  it('resolves a virtual cluster’s namespace and secret in its host’s stack, reading that stack’s release', () => {
    const { app, fleet, team, shop } = composed();
    const dc1 = stackOf(fleet, 'dc1');
    new TerraformOutput(dc1, 'team_namespace', { value: team.namespace });
    new TerraformOutput(dc1, 'team_secret', { value: team.kubeconfigSecretName });
    // Plain text reads anywhere.
    new TerraformOutput(dc1, 'shop_endpoint', { value: shop.endpoint });
    const stacks = synthStacks(app);
    const json: TerraformJson = stacks['Fleet-dc1'];
    expect(json.output.team_namespace.value).toBe('${helm_release.vcluster_dc1["team-a"].namespace}');
    expect(json.output.team_secret.value).toBe('vc-${helm_release.vcluster_dc1["team-a"].name}');
    expect(json.resource.helm_release).toHaveProperty('vcluster_dc1');
    expect(json.output.shop_endpoint.value).toBe('https://shop.apps.eu1.example.com');
  });

  it('stops the synth when another stack reads a virtual cluster’s namespace, naming the stack to read it in', () => {
    const { app, fleet, team } = composed();
    new TerraformOutput(stackOf(fleet, 'dc2'), 'team_namespace', { value: team.namespace });
    expect(synthFailure(app)).toBe(
      'Resolution error: cdktf-cluster-groups: the release of Fleet/Lb/TeamA names resources of stack Fleet-dc1, yet stack Fleet-dc2 reads it: another Terraform state cannot; read it in stack Fleet-dc1.',
    );
  });

  it('creates the address reader of hostAddress in the host’s stack, and refuses a read from another stack', () => {
    const { app, fleet, web } = composed();
    new TerraformOutput(stackOf(fleet, 'eu1'), 'eu1_address', { value: web.hostAddress('eu1') });
    const stacks = synthStacks(app);
    const eu1 = stacks['Fleet-eu1'];
    expect(eu1.output.eu1_address.value).toContain('data.kubernetes_service_v1.ingress_nginx_eu1.status[0]');
    expect(eu1.data.kubernetes_service_v1.ingress_nginx_eu1).toMatchObject({ depends_on: ['helm_release.ingress_nginx_eu1'], provider: 'kubernetes.eu1' });
    for (const name of ['Fleet-dc1', 'Fleet-dc2']) expect(stacks[name].data?.kubernetes_service_v1).toBeUndefined();

    const other = composed();
    new TerraformOutput(stackOf(other.fleet, 'dc1'), 'eu1_address', { value: other.web.hostAddress('eu1') });
    expect(synthFailure(other.app)).toContain('the external address of host eu1 names resources of stack Fleet-eu1, yet stack Fleet-dc1 reads it');
  });

  it('creates the Gateway reader of hostAddress in the Gateway host’s stack, after that stack’s Gateway configuration', () => {
    const { app, fleet, web } = composed();
    web.addHost('eu2', { ...ingressNginxHost('eu2'), endpoint: HostEndpoint.gateway() });
    new TerraformOutput(stackOf(fleet, 'eu2'), 'eu2_address', { value: web.hostAddress('eu2') });
    const stacks = synthStacks(app);
    const eu2 = stacks['Fleet-eu2'];
    expect(eu2.output.eu2_address.value).toBe('${data.kubernetes_resource.gateway_eu2.object.status.addresses[0].value}');
    expect(eu2.data.kubernetes_resource.gateway_eu2).toMatchObject({ depends_on: ['helm_release.gatewayconfig_eu2'], provider: 'kubernetes.eu2' });
    expect(eu2.resource.helm_release).toHaveProperty('gatewayconfig_eu2');
    for (const name of ['Fleet-dc1', 'Fleet-dc2', 'Fleet-eu1']) expect(stacks[name].data?.kubernetes_resource).toBeUndefined();
  });

  it('puts a kubeconfigOutput virtual cluster’s reader and sensitive output in its host’s stack only', () => {
    const { app } = composed();
    const stacks = synthStacks(app);
    const dc1 = stacks['Fleet-dc1'];
    expect(Object.keys(dc1.data.kubernetes_secret_v1)).toEqual(['kubeconfig_dc1']);
    expect(dc1.data.kubernetes_secret_v1.kubeconfig_dc1).toMatchObject({ for_each: { 'team-a': {} }, provider: 'kubernetes.dc1' });
    expect(dc1.output.kubeconfigs_cluster_group_dc_lb).toMatchObject({
      sensitive: true,
      value: { 'team-a': '${data.kubernetes_secret_v1.kubeconfig_dc1["team-a"].data["config"]}' },
    });
    // dc2 holds team-b of the same group, which asked for no kubeconfig output.
    expect(stacks['Fleet-dc2'].data).toBeUndefined();
    expect(stacks['Fleet-dc2'].output).not.toHaveProperty('kubeconfigs_cluster_group_dc_lb');
  });

  it('ends the group’s output description with the group’s own in each of its stacks (CG-25)', () => {
    const { app } = composed();
    const stacks = synthStacks(app);
    for (const name of ['Fleet-dc1', 'Fleet-dc2']) {
      expect(stacks[name].output.cluster_group_dc_lb.description).toBe(
        'Virtual clusters of group dc-lb: host, endpoint and where the kubeconfig secret is (never the secret itself). Data centre $${var.x}',
      );
    }
  });

  it('gives the fleet’s findings for the fleet and for any stack of it', () => {
    const { fleet } = composed();
    const all = ClusterGroups.findingsOf(fleet);
    expect(all.map((f) => `${f.rule} ${f.path}`)).toContain('VC-9 Fleet/Lb/TeamA');
    expect(ClusterGroups.findingsOf(stackOf(fleet, 'eu1'))).toEqual(all);
    expect(ClusterGroups.findingsOf(stackOf(fleet, 'dc2'))).toEqual(all);
    expect(fleet.stackOf('nowhere')).toBeUndefined();
  });
});
