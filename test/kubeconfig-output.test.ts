import { Testing, TerraformStack } from 'cdktf';
import { ClusterGroup, ClusterGroups, Connection, EndpointType, HostEndpoint, HostKind, VirtualClusterOptions } from '../constructs';
import { synthStacks, testApp } from './support/synth';

const capacity = { cpu: '32', memory: '128Gi', storage: '1Ti' };

function stackWith(stack: TerraformStack, team: Partial<VirtualClusterOptions>): void {
  const group = new ClusterGroup(stack, 'Lb', { name: 'dc-lb', endpointType: EndpointType.LOAD_BALANCER });
  group.addHost('dc1', {
    name: 'dc1',
    kind: HostKind.PRIVATE_CLOUD,
    capacity,
    connection: Connection.kubeconfig('~/.kube/config', 'dc1'),
    endpoint: HostEndpoint.metallb({ addressPools: ['10.1.0.16/28'] }),
  });
  group.addVirtualCluster('TeamA', { name: 'team-a', ...team });
  group.addVirtualCluster('TeamB', { name: 'team-b' });
}

describe('kubeconfigOutput: a virtual cluster’s kubeconfig as a sensitive output (VC-9)', () => {
  it('reads the vc-<name> secret through its release’s instance and outputs it, sensitive, for that virtual cluster only', () => {
    const app = testApp();
    stackWith(new TerraformStack(app, 'fleet'), { kubeconfigOutput: true });
    const json = synthStacks(app).fleet;
    expect(json.data.kubernetes_secret_v1.kubeconfig_dc1).toMatchObject({
      for_each: { 'team-a': {} },
      metadata: { name: 'vc-${helm_release.vcluster_dc1[each.key].name}', namespace: '${helm_release.vcluster_dc1[each.key].namespace}' },
      provider: 'kubernetes.dc1',
    });
    const output = json.output.kubeconfigs_cluster_group_dc_lb;
    expect(output).toMatchObject({ sensitive: true, value: { 'team-a': '${data.kubernetes_secret_v1.kubeconfig_dc1["team-a"].data["config"]}' } });
    expect(Object.keys(output.value)).toEqual(['team-a']);
  });

  it('warns that the kubeconfig is then in the state', () => {
    const stack = new TerraformStack(Testing.app(), 'fleet');
    stackWith(stack, { kubeconfigOutput: true });
    expect(
      ClusterGroups.findingsOf(stack)
        .filter((f) => f.rule === 'VC-9')
        .map((f) => [f.severity, f.path]),
    ).toEqual([['warning', 'fleet/Lb/TeamA']]);
  });

  it('adds nothing by default, and adds it once however often the stack is synthesized', () => {
    const plain = new TerraformStack(Testing.app(), 'fleet');
    stackWith(plain, {});
    const json = JSON.parse(Testing.synth(plain));
    expect(json.data).toBeUndefined();
    expect(Object.keys(json.output)).toEqual(['cluster_group_dc_lb']);
    expect(ClusterGroups.findingsOf(plain).filter((f) => f.rule === 'VC-9')).toEqual([]);
    const twice = new TerraformStack(Testing.app(), 'fleet');
    stackWith(twice, { kubeconfigOutput: true });
    expect(Testing.synth(twice)).toBe(Testing.synth(twice));
  });

  it('refuses a flag of the wrong kind', () => {
    const stack = new TerraformStack(Testing.app(), 'fleet');
    stackWith(stack, { kubeconfigOutput: 'true' as unknown as boolean });
    expect(
      ClusterGroups.findingsOf(stack)
        .filter((f) => f.severity === 'error')
        .map((f) => [f.rule, f.received]),
    ).toEqual([['VC-9', `'kubeconfigOutput': string "true"`]]);
  });
});
