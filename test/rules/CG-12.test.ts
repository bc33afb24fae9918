import { host, lbWith, rulesOf } from '../support/model';

describe('CG-12 load-balancer provider', () => {
  it('refuses MetalLB without address pools', () => {
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name: 'a', endpoint: { kind: 'metallb', pools: [], bgpPeers: [] } }), m.hosts[1]] }))).errors).toContain('CG-12');
  });
  it('accepts a cloud load balancer', () => {
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name: 'a', endpoint: { kind: 'cloud-load-balancer' } }), m.hosts[1]] }))).errors).toEqual([]);
  });
});
