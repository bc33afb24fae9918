import { parse } from 'yaml';
import { releaseValues } from '../support/synth';
import { lbStack, synthErrors, synthJson } from './stack';

describe('tenants are isolated by default', () => {
  const { app, group } = lbStack();
  group.addVirtualCluster('A', { name: 'team-a' });
  group.addVirtualCluster('B', { name: 'team-b', values: { sync: { toHost: { pods: { enabled: true } } } } });
  const json = synthJson(app);
  const namespaces = json.resource.kubernetes_namespace_v1.vcluster_h1;

  it('labels every virtual cluster’s host namespace: baseline enforced, restricted audited and warned', () => {
    expect(namespaces.metadata.labels).toMatchObject({
      'pod-security.kubernetes.io/enforce': '${each.value.enforce}',
      'pod-security.kubernetes.io/audit': 'restricted',
      'pod-security.kubernetes.io/warn': 'restricted',
      'cluster-groups/group': '${each.value.group}',
    });
    expect(namespaces.for_each).toEqual({ 'team-a': { group: 'lb', enforce: 'baseline' }, 'team-b': { group: 'lb', enforce: 'baseline' } });
  });

  it('has vcluster check synced pods against the same standard, and turns its network policies on', () => {
    for (const release of releaseValues(json).filter((r) => r.chart === 'vcluster')) {
      const values = parse(release.values);
      expect(values.policies.podSecurityStandard).toBe('baseline');
      expect(values.policies.networkPolicy).toEqual({ enabled: true });
    }
  });

  it('refuses disk backup, which needs a host path mapper we do not install', () => {
    const backup = lbStack({ diskBackup: true });
    backup.group.addVirtualCluster('A', { name: 'team-a' });
    expect(synthErrors(backup.app)).toMatch(/\[CG-18\] s\/G: received diskBackup: true; expected no disk backup: it needs vCluster Pro’s host path mapper/);
  });
});

describe('pausing', () => {
  it('keeps counting a paused virtual cluster’s CPU and memory: its synced pods keep running', () => {
    const { app, group } = lbStack({}, ['h1'], { capacity: { cpu: '8', memory: '64Gi', storage: '1Ti' } });
    group.addVirtualCluster('A', { name: 'team-a', resources: { cpu: '6' } });
    group.addVirtualCluster('B', { name: 'team-b', resources: { cpu: '6' }, paused: true });
    expect(synthErrors(app)).toMatch(/\[VC-4\] s\/G\/h1: received cpu requests of 12 of 9\.6/);
  });
});
