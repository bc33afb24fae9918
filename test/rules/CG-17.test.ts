import { group, lbWith, rulesOf, vc } from '../support/model';

describe('CG-17 free-form values', () => {
  it('refuses YAML that does not parse', () => {
    expect(rulesOf(lbWith(() => ({ groups: [group({ values: 'controlPlane: [unclosed' })] }))).errors).toContain('CG-17');
  });
  it('refuses keys the chart schema refuses, group-wide and per virtual cluster', () => {
    expect(rulesOf(lbWith(() => ({ groups: [group({ values: { controlPlane: { typo: true } } })] }))).errors).toContain('CG-17');
    const result = lbWith((m) => ({ virtualClusters: [vc('team-a', { values: 'sync:\n  toHost:\n    pods:\n      enabled: "yes"\n' }), m.virtualClusters[1]] }));
    expect(result.errors[0].message).toContain('/sync/toHost/pods/enabled');
  });
  it('accepts values the schema accepts', () => {
    expect(rulesOf(lbWith(() => ({ groups: [group({ values: 'sync:\n  toHost:\n    ingresses:\n      enabled: true\n' })] }))).errors).toEqual([]);
  });
  it('lists at most five refused keys, then how many more', () => {
    const keys = (n: number) => ({ controlPlane: Object.fromEntries(Array.from({ length: n }, (_, i) => [`typo${i}`, true])) });
    const received = (n: number) => lbWith(() => ({ groups: [group({ values: keys(n) })] })).errors[0].received;
    expect(received(5)).not.toContain('more');
    expect(received(6)).toMatch(/; and 1 more$/);
    expect(received(6).split('; ')).toHaveLength(6);
  });
  it("reports a virtual cluster's bad YAML beside the group's, and a group's refused key once, at the group", () => {
    const broken = lbWith((m) => ({ groups: [group({ values: 'a: [' })], virtualClusters: [vc('team-a', { values: 'b: {' }), m.virtualClusters[1]] }));
    expect(broken.errors.map((f) => [f.rule, f.path])).toEqual([
      ['CG-17', 'app/lb'],
      ['CG-17', 'app/lb/team-a'],
    ]);
    const typo = lbWith((m) => ({ groups: [group({ values: { controlPlane: { typo: true } } })], virtualClusters: m.virtualClusters.map((v) => ({ ...v, values: { sync: {} } })) }));
    expect(typo.errors.map((f) => [f.rule, f.path])).toEqual([['CG-17', 'app/lb']]);
  });
});
