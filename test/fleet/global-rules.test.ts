import { existsSync } from 'fs';
import { join } from 'path';
import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { TerraformStack } from 'cdktf';
import { ClusterGroup, Connection, EndpointType, Fleet, HostEndpoint, HostKind, Sharding } from '../../constructs';
import { testApp } from '../support/synth';
import { fleetApp, synthFailure } from './support';

describe('a fleet split into stacks keeps every rule global', () => {
  it('finds one host in two groups whose groups are two stacks (CG-5)', () => {
    const app = fleetApp({
      sharding: Sharding.perGroup(),
      hosts: [
        { name: 'dc1', group: 'a', pool: 1 },
        { name: 'dc1', group: 'b', pool: 2 },
      ],
      virtualClusters: [],
    });
    const message = synthFailure(app);
    expect(message).toMatch(/\[CG-5\] Fleet\/b\/dc1: .*Fleet\/a/);
    expect(message).toMatch(/^cdktf-cluster-groups: fleet Fleet \(every stack of it\) has 1 error\(s\), so nothing of it is emitted/);
    // Neither stack is left deployable.
    expect(existsSync(join(app.outdir, 'manifest.json'))).toBe(false);
  });

  it('finds one load-balancer IP handed out in two stacks (VC-8)', () => {
    const message = synthFailure(
      fleetApp({
        sharding: Sharding.perGroup(),
        hosts: [
          { name: 'dc1', group: 'a', pool: 1 },
          { name: 'dc2', group: 'b', pool: 1 },
        ],
        virtualClusters: [
          { name: 'va', group: 'a' },
          { name: 'vb', group: 'b' },
        ],
      }),
    );
    expect(message).toMatch(/\[VC-8\] .*10\.1\.0\.1/);
  });

  it("counts an owner's virtual clusters of a group over every stack its hosts are in (OQ-1)", () => {
    const fleet = (owner: string) => ({
      sharding: Sharding.perHost(),
      hosts: [
        { name: 'dc1', group: 'a', pool: 1 },
        { name: 'dc2', group: 'a', pool: 2 },
      ],
      ownerQuotas: { team: { virtualClusters: 1 }, other: {} },
      virtualClusters: [
        { name: 'v1', group: 'a', host: 'dc1', owner: 'team' },
        { name: 'v2', group: 'a', host: 'dc2', owner },
      ],
    });
    expect(synthFailure(fleetApp(fleet('team')))).toMatch(/\[OQ-1\] .*team/);
    expect(() => fleetApp(fleet('other')).synth()).not.toThrow();
  });
});

describe('a host of a fleet', () => {
  it('takes a connection, not providers of your own, which would make one stack refer to another (HC-5)', () => {
    const app = testApp();
    const fleet = new Fleet(app, 'Fleet', { sharding: Sharding.perHost() });
    const elsewhere = new TerraformStack(app, 'providers');
    const group = new ClusterGroup(fleet, 'G', { name: 'g', endpointType: EndpointType.LOAD_BALANCER });
    group.addHost('dc1', {
      name: 'dc1',
      kind: HostKind.PRIVATE_CLOUD,
      capacity: { cpu: '64', memory: '256Gi', storage: '1Ti' },
      providers: { kubernetes: new KubernetesProvider(elsewhere, 'K', { alias: 'dc1' }), helm: new HelmProvider(elsewhere, 'H', { alias: 'dc1' }) },
      endpoint: HostEndpoint.metallb({ addressPools: ['10.1.0.0/24'] }),
    });
    expect(synthFailure(app)).toContain("[HC-5] Fleet/G/dc1: received 'connection': string \"providers of your own, which a Fleet cannot use");
  });
});

describe("a fleet's provider aliases (HC-1)", () => {
  /** Two hosts, one stack each; `configureStack` adds the user's kubernetes provider of the given alias to every stack. */
  const app = (alias: string | undefined) => {
    const created = testApp();
    const fleet = new Fleet(created, 'Fleet', { sharding: Sharding.perHost(), configureStack: { configure: (stack) => new KubernetesProvider(stack, 'Mine', { alias }) } });
    const group = new ClusterGroup(fleet, 'G', { name: 'g', endpointType: EndpointType.LOAD_BALANCER });
    for (const [i, name] of ['dc1', 'dc2'].entries()) {
      group.addHost(name, {
        name,
        kind: HostKind.PRIVATE_CLOUD,
        capacity: { cpu: '64', memory: '256Gi', storage: '1Ti' },
        connection: Connection.kubeconfig('~/.kube/config', name),
        endpoint: HostEndpoint.metallb({ addressPools: [`10.${i + 1}.0.0/24`] }),
      });
    }
    return created;
  };

  it('are unique within each stack, as Terraform needs: a provider of yours in every stack is no clash', () => {
    expect(() => app(undefined).synth()).not.toThrow();
  });

  it('refuse a provider of yours with the alias of a host in its stack', () => {
    expect(synthFailure(app('dc1'))).toMatch(/\[HC-1\] Fleet-dc1\/Mine: received a kubernetes provider of alias "dc1", as is Fleet-dc1\//);
  });
});
