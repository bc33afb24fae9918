import { App, TerraformStack } from 'cdktf';
import { readFileSync } from 'fs';
import { join } from 'path';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind, MoveAcknowledgement } from '../../constructs';
import { synthStacks, testApp } from '../support/synth';
import { synthError, tempLockPath } from './fleet';

/** An app of two stacks, `east` and `west`; `sharding` says which stack each host's group is declared in (one group per host). */
function shardedApp(file: string, sharding: Record<string, 'east' | 'west'>, acknowledgeMoves?: MoveAcknowledgement): App {
  const app = testApp({ 'cluster-groups:lockFile': file });
  const stacks = { east: new TerraformStack(app, 'east'), west: new TerraformStack(app, 'west') };
  for (const [i, [host, stack]] of Object.entries(sharding).entries()) {
    const group = new ClusterGroup(stacks[stack], `G${host}`, { name: `g-${host}`, endpointType: EndpointType.LOAD_BALANCER, acknowledgeMoves });
    group.addHost(host, {
      name: host,
      kind: HostKind.PRIVATE_CLOUD,
      capacity: { cpu: '64', memory: '256Gi', storage: '1Ti' },
      connection: Connection.kubeconfig('~/.kube/config', host),
      endpoint: HostEndpoint.metallb({ addressPools: [`10.${i + 1}.0.0/24`] }),
    });
    group.addVirtualCluster(`${host}-vc`, { name: `${host}-vc` });
  }
  return app;
}

function hostsOfStack(file: string, stack: string): string[] {
  const groups = JSON.parse(readFileSync(file, 'utf8')).stacks[stack]?.groups ?? {};
  return Object.values<{ virtualClusters: Record<string, { host: string }> }>(groups).flatMap((g) => Object.values(g.virtualClusters).map((vc) => vc.host));
}

describe('a host changing stack (Terraform state) is refused unless acknowledged (PL-7)', () => {
  it('names the host, the stack it was in and the virtual clusters there, and writes nothing', () => {
    const file = tempLockPath();
    synthStacks(shardedApp(file, { dc1: 'east', dc2: 'east', dc3: 'west' }));
    const before = readFileSync(file, 'utf8');
    const message = synthError(() => synthStacks(shardedApp(file, { dc1: 'east', dc2: 'west', dc3: 'west' })));
    expect(message).toContain(
      '[PL-7] west/Gdc2/dc2: received host dc2, whose virtual clusters g-dc2/dc2-vc the lock records in stack east: another Terraform state, which would destroy them; expected host dc2 declared in stack east, or a change of state acknowledged in code',
    );
    expect(message).not.toContain('dc1,');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it("lets a change of state through with the group's acknowledgeMoves, as a warning, and records the host in its new stack", () => {
    const file = tempLockPath();
    synthStacks(shardedApp(file, { dc1: 'east', dc2: 'east' }));
    const app = shardedApp(file, { dc1: 'east', dc2: 'west' }, { reason: 'state moved with terraform state mv' });
    synthStacks(app);
    const review = JSON.parse(readFileSync(join(app.outdir, 'cluster-groups', 'west', 'review.json'), 'utf8'));
    expect(review.warnings.map((w: { message: string }) => w.message)).toContainEqual(expect.stringContaining('[PL-7] west/Gdc2/dc2: received host dc2'));
    expect(hostsOfStack(file, 'west')).toEqual(['dc2']);
    expect(hostsOfStack(file, 'east')).toEqual(['dc1']);
  });

  it('is no change of state when the other stack still declares a host of that name (two clusters of one name)', () => {
    const file = tempLockPath();
    const twoEdges = (): App => {
      const app = testApp({ 'cluster-groups:lockFile': file });
      for (const [n, id] of [
        [1, 'east'],
        [2, 'west'],
      ] as const) {
        const group = new ClusterGroup(new TerraformStack(app, id), 'G', { name: 'g', endpointType: EndpointType.LOAD_BALANCER });
        const capacity = { cpu: '64', memory: '256Gi', storage: '1Ti' };
        group.addHost('edge', {
          name: 'edge',
          kind: HostKind.PRIVATE_CLOUD,
          capacity,
          connection: Connection.kubeconfig('~/.kube/config', `edge-${id}`),
          endpoint: HostEndpoint.metallb({ addressPools: [`10.${n}.0.0/24`] }),
        });
        group.addVirtualCluster('V', { name: `vc-${id}` });
      }
      return app;
    };
    synthStacks(twoEdges());
    expect(hostsOfStack(file, 'east')).toEqual(['edge']);
    expect(() => synthStacks(twoEdges())).not.toThrow();
  });
});
