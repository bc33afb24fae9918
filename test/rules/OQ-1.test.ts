import { group, host, rulesOf, run, vc } from '../support/model';

describe('OQ-1 owner quotas', () => {
  const quotas = { payments: { virtualClusters: 2, cpu: '8', memory: '12Gi' } };
  const owned = (n: number, paused = false) => Array.from({ length: n }, (_, i) => vc(`p${i}`, { owner: 'payments', paused }));
  it('refuses more virtual clusters than the owner may have', () => {
    expect(rulesOf(run({ groups: [group({ ownerQuotas: quotas })], hosts: [host({ name: 'a' })], virtualClusters: owned(3, true) })).errors).toEqual(['OQ-1']);
  });
  it('refuses requests over the owner’s CPU, naming the shortfall', () => {
    const result = run({ groups: [group({ ownerQuotas: { payments: { cpu: '6' } } })], hosts: [host({ name: 'a' })], virtualClusters: owned(2) });
    expect(result.errors.map((f) => f.rule)).toEqual(['OQ-1']);
    expect(result.errors[0].fix).toContain('free 2 of cpu');
  });
  it('accepts an owner within quota, paused ones counting storage only', () => {
    expect(rulesOf(run({ groups: [group({ ownerQuotas: quotas })], hosts: [host({ name: 'a' })], virtualClusters: [...owned(1), vc('q', { owner: 'payments', paused: true })] })).errors).toEqual([]);
  });
  it('refuses a malformed quota', () => {
    expect(rulesOf(run({ groups: [group({ ownerQuotas: { x: { virtualClusters: 1.5, memory: '8GB' } } })], hosts: [host({ name: 'a' })] })).errors).toEqual(['OQ-1', 'OQ-1']);
  });

  function withQuota(quota: Record<string, unknown>, vcs = [vc('one', { owner: 'team' }), vc('two', { owner: 'team' })]): ReturnType<typeof run> {
    return run({ groups: [group({ ownerQuotas: { team: quota } } as never)], hosts: [host({ name: 'a' }), host({ name: 'b' })], virtualClusters: vcs });
  }

  it('refuses more virtual clusters than the count, and accepts exactly the count', () => {
    expect(rulesOf(withQuota({ virtualClusters: 1 })).errors).toContain('OQ-1');
    expect(withQuota({ virtualClusters: 1 }).errors.find((f) => f.rule === 'OQ-1')?.fix).toBe("remove 1 of them, or raise the owner's quota");
    expect(rulesOf(withQuota({ virtualClusters: 2 })).errors).not.toContain('OQ-1');
  });

  it('refuses a count that is not a whole number of at least 0, and accepts 0 for an owner with none', () => {
    expect(rulesOf(withQuota({ virtualClusters: -1 }, [])).errors).toContain('OQ-1');
    expect(rulesOf(withQuota({ virtualClusters: 1.5 }, [])).errors).toContain('OQ-1');
    expect(rulesOf(withQuota({ virtualClusters: 0 }, [])).errors).not.toContain('OQ-1');
  });

  it('refuses a quota resource that is not a quantity', () => {
    expect(withQuota({ cpu: 'lots' }, []).errors.map((f) => f.received)).toEqual(['ownerQuotas["team"].cpu "lots"']);
  });

  it('refuses CPU above the quota, accepts CPU exactly at it, and does not count paused CPU but counts paused storage', () => {
    expect(rulesOf(withQuota({ cpu: '7' })).errors).toContain('OQ-1');
    expect(rulesOf(withQuota({ cpu: '8' })).errors).not.toContain('OQ-1');
    const paused = [vc('one', { owner: 'team' }), vc('two', { owner: 'team', paused: true })];
    expect(rulesOf(withQuota({ cpu: '4', memory: '4Gi' }, paused)).errors).not.toContain('OQ-1');
    expect(rulesOf(withQuota({ storage: '3Gi' }, paused)).errors).toContain('OQ-1');
    expect(rulesOf(withQuota({ storage: '4Gi' }, paused)).errors).not.toContain('OQ-1');
  });

  it('does not charge virtual clusters of another owner or of none', () => {
    const others = [vc('one', { owner: 'other' }), vc('two')];
    expect(rulesOf(withQuota({ virtualClusters: 0, cpu: '1' }, others)).errors).not.toContain('OQ-1');
  });

  function quotaRun(quotas: Record<string, unknown>, vcs: ReturnType<typeof vc>[]): string[] {
    return run({ groups: [group({ ownerQuotas: quotas } as never)], hosts: [host({ name: 'a' }), host({ name: 'b' })], virtualClusters: vcs })
      .errors.filter((f) => f.rule === 'OQ-1')
      .map((f) => f.message);
  }

  it('OQ-1 messages name the owner, what was used and the quota', () => {
    expect(quotaRun({ team: { virtualClusters: -1 } }, [])).toEqual([
      '[OQ-1] app/lb: received ownerQuotas["team"].virtualClusters -1; expected a whole number of at least 0. Fix: give the quota as a count',
    ]);
    expect(quotaRun({ team: { memory: 'lots' } }, [])).toEqual([
      '[OQ-1] app/lb: received ownerQuotas["team"].memory "lots"; expected a Kubernetes quantity. Fix: write memory as Kubernetes does ("16", "64Gi")',
    ]);
    const two = [vc('one', { owner: 'team' }), vc('two', { owner: 'team' })];
    expect(quotaRun({ team: { virtualClusters: 1 } }, two)).toEqual([
      '[OQ-1] app/lb: received 2 virtual clusters of owner "team"; expected at most 1. Fix: remove 1 of them, or raise the owner\'s quota',
    ]);
    expect(quotaRun({ team: { cpu: '7' } }, two)).toEqual([
      '[OQ-1] app/lb: received cpu requests of 8 by owner "team"; expected at most 7. Fix: free 1 of cpu among the owner\'s virtual clusters, or raise the quota',
    ]);
  });

  it('OQ-1 counts memory of running virtual clusters against the quota', () => {
    const two = [vc('one', { owner: 'team' }), vc('two', { owner: 'team' })];
    expect(quotaRun({ team: { memory: '7Gi' } }, two)).toHaveLength(1);
    expect(quotaRun({ team: { memory: '8Gi' } }, two)).toEqual([]);
  });

  it('OQ-1 reports owners in name order, and never charges a virtual cluster without an owner', () => {
    const vcs = [vc('one', { owner: 'zed' }), vc('two', { owner: 'amy' }), vc('three')];
    expect(quotaRun({ zed: { virtualClusters: 0 }, amy: { virtualClusters: 0 }, undefined: { virtualClusters: 0 } }, vcs).map((m) => m.match(/owner "(\w+)"/)?.[1])).toEqual(['amy', 'zed']);
  });
});
