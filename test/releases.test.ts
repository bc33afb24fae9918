import { TerraformStack } from 'cdktf';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind } from '../constructs';
import { EdgeStack } from '../examples/edge-stack';
import { FleetStack } from '../examples/fleet-stack';
import { DEFAULT_RELEASE_TIMEOUT_SECONDS, RELEASE_MAX_HISTORY } from '../src/model/defaults';
import { synthStacks, testApp, TerraformJson } from './support/synth';

/** Every helm_release block of the stacks, by address. */
function releases(stacks: Record<string, TerraformJson>): Array<[string, TerraformJson]> {
  return Object.values(stacks).flatMap((json) => Object.entries<TerraformJson>(json.resource?.helm_release ?? {}));
}

describe('every release heals after a failed first install and stays small', () => {
  const app = testApp();
  new FleetStack(app, 'fleet');
  new EdgeStack(app, 'edge');
  const all = releases(synthStacks(app));

  it('has an explicit timeout and a bounded history', () => {
    expect(all.length).toBeGreaterThan(10);
    for (const [address, release] of all) {
      expect({ address, timeout: release.timeout, max_history: release.max_history }).toEqual({ address, timeout: DEFAULT_RELEASE_TIMEOUT_SECONDS, max_history: RELEASE_MAX_HISTORY });
    }
  });

  it('waits, atomically, where there are pods to wait for; upgrades over a failed install where there are none (MetalLB and Gateway configuration, Gateway API CRDs)', () => {
    for (const [address, release] of all) {
      const waits = !/^(metallbconfig|gatewayconfig|gatewaycrds)_/.test(address);
      const expected = waits ? { wait: true, atomic: true } : { wait: false, upgrade_install: true };
      expect({ address, wait: release.wait, atomic: release.atomic, upgrade_install: release.upgrade_install }).toEqual({ address, ...expected });
    }
  });

  it("takes the group's timeout for its hosts' and virtual clusters' releases", () => {
    const custom = testApp();
    const stack = new TerraformStack(custom, 's');
    const group = new ClusterGroup(stack, 'G', { name: 'lb', endpointType: EndpointType.LOAD_BALANCER, releaseTimeoutSeconds: 1200 });
    group.addHost('h', {
      name: 'h',
      kind: HostKind.PRIVATE_CLOUD,
      capacity: { cpu: '32', memory: '64Gi', storage: '1Ti' },
      connection: Connection.kubeconfig('~/.kube/config', 'h'),
      endpoint: HostEndpoint.metallb({ addressPools: ['10.9.0.0/28'] }),
    });
    group.addVirtualCluster('V', { name: 'v' });
    const timeouts = releases(synthStacks(custom)).map(([address, release]) => [address, release.timeout]);
    expect(timeouts).toEqual([
      ['metallb_h', 1200],
      ['metallbconfig_h', 1200],
      ['vcluster_h', 1200],
    ]);
  });
});
