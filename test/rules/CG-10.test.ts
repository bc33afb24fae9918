import { rulesOf } from '../support/model';
import { ingressWith, lbWith } from '../support/model';

describe('CG-10 wildcard DNS', () => {
  it.each([undefined, 'apps.example.com', '*.com', '*.Apps.example.com', '*.a_b.example.com'])('refuses %p in an ingress group', (wildcardDns) => {
    expect(rulesOf(ingressWith((m) => ({ hosts: [{ ...m.hosts[0], wildcardDns }, m.hosts[1]] }))).errors).toContain('CG-10');
  });
  it('refuses one wildcard on two hosts', () => {
    expect(rulesOf(ingressWith((m) => ({ hosts: [m.hosts[0], { ...m.hosts[1], wildcardDns: m.hosts[0].wildcardDns }] }))).errors).toContain('CG-10');
  });
  it('warns of a wildcard in a load-balancer group', () => {
    expect(rulesOf(lbWith((m) => ({ hosts: [{ ...m.hosts[0], wildcardDns: '*.apps.example.com' }, m.hosts[1]] }))).warnings).toEqual(['CG-10']);
  });
});
