import { EMPTY_LOCK } from '../../src/placement/lock';
import { group, host, rulesOf, run, vc } from '../support/model';
import { findRule } from '../../src/rules/registry';

describe('VC-4 capacity', () => {
  const small = { cpu: '8', memory: '16Gi', storage: '100Gi' };
  it('refuses requests over capacity × oversubscription, naming host, resource and shortfall', () => {
    const result = run({ groups: [group()], hosts: [host({ name: 'a', capacity: small })], virtualClusters: ['v1', 'v2', 'v3'].map((n) => vc(n)) });
    expect(result.errors.map((f) => f.rule)).toEqual(['VC-4']);
    expect(result.errors[0].message).toMatch(/cpu requests of 12 of 9\.6 .* on host a/);
    expect(result.errors[0].fix).toContain('free 2.4 of cpu');
  });
  it('frees CPU and memory of paused virtual clusters', () => {
    const result = run({ groups: [group()], hosts: [host({ name: 'a', capacity: small })], virtualClusters: [vc('v1'), vc('v2', { paused: true }), vc('v3', { paused: true })] });
    expect(rulesOf(result).errors).toEqual([]);
  });
  it('warns above 90%', () => {
    const result = run({ groups: [group()], hosts: [host({ name: 'a', capacity: { cpu: '7.2', memory: '64Gi', storage: '1Ti' } })], virtualClusters: [vc('v1'), vc('v2')] });
    expect(rulesOf(result)).toEqual({ errors: [], warnings: ['VC-4'] });
  });

  function onOneHost(cpu: string, paused = false): ReturnType<typeof run> {
    return run({
      groups: [group({ oversubscriptionPercent: 100 })],
      hosts: [host({ name: 'a', capacity: { cpu: '10', memory: '100Gi', storage: '100Gi' } })],
      virtualClusters: [vc('one', { resources: { cpu, memory: '1Gi', storage: '1Gi' }, paused })],
    });
  }

  it('warns at 91% but not at 89% nor at exactly 90%', () => {
    expect(rulesOf(onOneHost('9.1')).warnings).toContain('VC-4');
    expect(onOneHost('9.1').warnings.find((f) => f.rule === 'VC-4')?.received).toContain('(91%)');
    expect(onOneHost('9.1').warnings.find((f) => f.rule === 'VC-4')?.expected).toBe('at most 90% of capacity × oversubscription, for headroom');
    expect(rulesOf(onOneHost('8.9')).warnings).not.toContain('VC-4');
    expect(rulesOf(onOneHost('9')).warnings).not.toContain('VC-4');
  });

  it('refuses more than capacity but accepts exactly capacity (with a warning)', () => {
    expect(rulesOf(onOneHost('10.5')).errors).toContain('VC-4');
    expect(rulesOf(onOneHost('10')).errors).not.toContain('VC-4');
    expect(rulesOf(onOneHost('10')).warnings).toContain('VC-4');
  });

  it('does not count the CPU of a paused virtual cluster', () => {
    expect(rulesOf(onOneHost('10.5', true)).errors).not.toContain('VC-4');
    expect(rulesOf(onOneHost('9.5', true)).warnings).not.toContain('VC-4');
  });

  it('VC-4 and OQ-1 return no findings at all for a model within capacity and quota', () => {
    const evaluation = run({
      groups: [group({ ownerQuotas: { team: { virtualClusters: 5, cpu: '100' } } } as never)],
      hosts: [host({ name: 'a' }), host({ name: 'b' })],
      virtualClusters: [vc('one', { owner: 'team' })],
    });
    const context = { fleet: evaluation.fleet, placement: evaluation.placement, previousLock: EMPTY_LOCK };
    expect(findRule('VC-4')?.check(context)).toEqual([]);
    expect(findRule('OQ-1')?.check(context)).toEqual([]);
  });

  it('VC-4 errors name the limit and the warning says to add capacity', () => {
    const over = run({
      groups: [group({ oversubscriptionPercent: 100 })],
      hosts: [host({ name: 'a', capacity: { cpu: '10', memory: '100Gi', storage: '100Gi' } })],
      virtualClusters: [vc('one', { resources: { cpu: '10.5', memory: '1Gi', storage: '1Gi' } })],
    });
    const error = over.errors.find((f) => f.rule === 'VC-4');
    expect(error?.expected).toBe('at most capacity × oversubscription, 10');
    const near = run({
      groups: [group({ oversubscriptionPercent: 100 })],
      hosts: [host({ name: 'a', capacity: { cpu: '10', memory: '100Gi', storage: '100Gi' } })],
      virtualClusters: [vc('one', { resources: { cpu: '9.5', memory: '1Gi', storage: '1Gi' } })],
    });
    expect(near.warnings.find((f) => f.rule === 'VC-4')?.fix).toBe('add capacity before the next virtual cluster');
  });
});
