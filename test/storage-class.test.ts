import { TerraformStack } from 'cdktf';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind } from '../constructs';
import { describeWithCharts } from './support/charts';
import { Rendered } from './support/helm';
import { group, rulesOf, run, validLbModel, vc } from './support/model';
import { only, renderStacks } from './support/render';
import { synthStacks, testApp } from './support/synth';

describe('CG-21: the storage class of the data volumes', () => {
  it.each([undefined, 'local-path', 'ceph.rbd-fast'])('accepts %p on the group and on a virtual cluster', (storageClass) => {
    const model = validLbModel();
    expect(rulesOf(run({ ...model, groups: [group({ storageClass })], virtualClusters: [vc('team-a', { storageClass }), model.virtualClusters[1]] })).errors).toEqual([]);
  });

  it.each(['', 'Fast SSD', 'local_path', 5])('refuses %p, on the group and on a virtual cluster', (storageClass) => {
    const model = validLbModel();
    expect(rulesOf(run({ ...model, groups: [group({ storageClass })] })).errors).toEqual(['CG-21']);
    const errors = run({ ...model, virtualClusters: [vc('team-a', { storageClass }), model.virtualClusters[1]] }).errors;
    expect(errors.map((f) => [f.rule, f.path])).toEqual([['CG-21', 'app/lb/team-a']]);
  });
});

describeWithCharts('the storage class, as the chart renders it', () => {
  it("puts the group's class on every data volume, and a virtual cluster's own over it; none leaves the host's default", async () => {
    const app = testApp();
    const stack = new TerraformStack(app, 's');
    const make = (id: string, name: string, storageClass?: string) => {
      const lb = new ClusterGroup(stack, id, { name, endpointType: EndpointType.LOAD_BALANCER, storageClass });
      lb.addHost('h', {
        name: `${name}-host`,
        kind: HostKind.EDGE,
        capacity: { cpu: '32', memory: '64Gi', storage: '1Ti' },
        connection: Connection.kubeconfig('~/.kube/config', name),
        endpoint: HostEndpoint.metallb({ addressPools: [name === 'edge' ? '10.9.0.0/28' : '10.8.0.0/28'] }),
      });
      return lb;
    };
    const edge = make('Edge', 'edge', 'local-path');
    edge.addVirtualCluster('A', { name: 'a' });
    edge.addVirtualCluster('B', { name: 'b', storageClass: 'fast' });
    make('Plain', 'plain').addVirtualCluster('C', { name: 'c' });
    const rendered = [...(await renderStacks(synthStacks(app), (address) => address.startsWith('helm_release.vcluster_'))).values()];
    const storageClassOf = (name: string) =>
      only(rendered.find((r) => r.job.address.includes('vcluster_') && r.job.release === name) as Rendered, 'StatefulSet').spec.volumeClaimTemplates[0].spec.storageClassName;
    expect({ a: storageClassOf('a'), b: storageClassOf('b'), c: storageClassOf('c') }).toEqual({ a: 'local-path', b: 'fast', c: undefined });
  }, 60_000);
});
