import { group, host, lbWith, rulesOf, run, vc } from '../support/model';

describe('VC-2 requests', () => {
  it.each([
    { cpu: '3', memory: '4Gi', storage: '2Gi' },
    { cpu: '4', memory: '3Gi', storage: '2Gi' },
    { cpu: '4', memory: '4Gi', storage: '1Gi' },
    { cpu: '7', memory: '4Gi', storage: '2Gi' },
    { cpu: '4', memory: '9Gi', storage: '2Gi' },
    { cpu: '4', memory: '4Gi', storage: '11Gi' },
    { cpu: 'four', memory: '4Gi', storage: '2Gi' },
  ])('refuses %p', (resources) => {
    expect(rulesOf(lbWith((m) => ({ virtualClusters: [vc('team-a', { resources }), m.virtualClusters[1]] }))).errors).toContain('VC-2');
  });
  it('uses the k3s minimum for a k3s group', () => {
    const k3s = group({ distribution: 'k3s', vclusterChartVersion: '0.32.3' });
    const result = lbWith((m) => ({ groups: [k3s], virtualClusters: [vc('team-a', { resources: { cpu: '4', memory: '3Gi', storage: '0' } }), m.virtualClusters[1]] }));
    expect(rulesOf(result).errors).toEqual([]);
  });
});

describe('VC-2 request bounds', () => {
  function withCpu(cpu: string): ReturnType<typeof run> {
    return run({ groups: [group()], hosts: [host({ name: 'a' }), host({ name: 'b' })], virtualClusters: [vc('one', { resources: { cpu, memory: '4Gi', storage: '2Gi' } })] });
  }

  it('accepts exactly the minimum and exactly the maximum', () => {
    expect(rulesOf(withCpu('4')).errors).not.toContain('VC-2');
    expect(rulesOf(withCpu('6')).errors).not.toContain('VC-2');
  });

  it('says to request at least the minimum below it, and at most the maximum above it', () => {
    expect(
      withCpu('3.9')
        .errors.filter((f) => f.rule === 'VC-2')
        .map((f) => [f.expected, f.fix]),
    ).toEqual([['between 4 and 6', 'request at least 4']]);
    expect(
      withCpu('6.1')
        .errors.filter((f) => f.rule === 'VC-2')
        .map((f) => [f.expected, f.fix]),
    ).toEqual([['between 4 and 6', "request at most 6, or raise the group's maxPerVirtualCluster.cpu"]]);
  });

  it('names a request that is not a quantity', () => {
    expect(withCpu('x').errors.map((f) => f.message)).toEqual([
      '[VC-2] app/lb/one: received cpu "x", not a Kubernetes quantity; expected a Kubernetes quantity between 4 and 6. Fix: write cpu as Kubernetes does ("4", "500m", "8Gi")',
    ]);
  });
});
