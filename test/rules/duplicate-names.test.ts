import { TerraformStack } from 'cdktf';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind } from '../../constructs';
import { testApp } from '../support/synth';

function synthMessage(build: (stack: TerraformStack) => void): string {
  const app = testApp();
  build(new TerraformStack(app, 's'));
  try {
    app.synth();
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

const host = (pool: number, context: string) => ({
  name: 'east',
  kind: HostKind.PRIVATE_CLOUD,
  capacity: { cpu: '32', memory: '128Gi', storage: '1Ti' },
  connection: Connection.kubeconfig('~/.kube/config', context),
  endpoint: HostEndpoint.metallb({ addressPools: [`10.${pool}.0.0/24`] }),
});

describe('two of one name', () => {
  it('two hosts named east in one group are two clusters: the finding says to name each, or keep one membership (CG-4)', () => {
    const message = synthMessage((stack) => {
      const group = new ClusterGroup(stack, 'G', { name: 'lb', endpointType: EndpointType.LOAD_BALANCER });
      group.addHost('East1', host(1, 'dc-east-1'));
      group.addHost('East2', host(2, 'dc-east-2'));
    });
    expect(message).toContain(
      '[CG-4] s/G/East2: received a second host named "east" (the first is s/G/East1); expected a name of its own for each host of the group: two memberships are two clusters, not one listed twice. Fix: give each cluster its own name',
    );
    expect(message).toContain('if both are the same cluster, keep one membership');
  });

  it('two groups of one name in one scope: the finding says to name each, or declare one group with every host (CG-1)', () => {
    const message = synthMessage((stack) => {
      new ClusterGroup(stack, 'A', { name: 'lb', endpointType: EndpointType.LOAD_BALANCER }).addHost('h', { ...host(1, 'a'), name: 'a' });
      new ClusterGroup(stack, 'B', { name: 'lb', endpointType: EndpointType.LOAD_BALANCER }).addHost('h', { ...host(2, 'b'), name: 'b' });
    });
    expect(message).toContain(
      '[CG-1] s/B: received the name "lb", already used by s/A; expected a name unique among groups of the same scope: two declarations are two groups, not one declared twice',
    );
    expect(message).toContain('if both are meant to be one group, declare it once and add every host to it');
  });
});
