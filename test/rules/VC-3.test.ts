import { lbWith, rulesOf, vc } from '../support/model';

describe('VC-3 pinned host', () => {
  it('refuses a pin to a host outside the group', () => {
    expect(rulesOf(lbWith((m) => ({ virtualClusters: [vc('team-a', { host: 'elsewhere' }), m.virtualClusters[1]] }))).errors).toContain('VC-3');
  });
  it('accepts a pin to a member', () => {
    expect(rulesOf(lbWith((m) => ({ virtualClusters: [vc('team-a', { host: 'b' }), m.virtualClusters[1]] }))).errors).toEqual([]);
  });
});
