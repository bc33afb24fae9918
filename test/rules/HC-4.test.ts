import { group, host, run, vc } from '../support/model';

describe('HC-4 enough addresses', () => {
  it('refuses more virtual clusters than pool addresses, saying how many are missing', () => {
    const result = run({
      groups: [group()],
      hosts: [host({ name: 'a', endpoint: { kind: 'metallb', pools: ['10.9.0.10-10.9.0.11'], bgpPeers: [] } })],
      virtualClusters: ['v1', 'v2', 'v3'].map((n) => vc(n)),
    });
    expect(result.errors.map((f) => f.rule)).toEqual(['HC-4']);
    expect(result.errors[0].fix).toContain('add 1 address');
  });
});
