import { ingressWith, lbWith, rulesOf } from '../support/model';

describe('CG-10 wildcard DNS', () => {
  it.each([undefined, 'apps.example.com', '*.com', '*.Apps.example.com', '*.a_b.example.com'])('refuses %p in an ingress group', (wildcardDns) => {
    expect(rulesOf(ingressWith((m) => ({ hosts: [{ ...m.hosts[0], wildcardDns }, m.hosts[1]] }))).errors).toContain('CG-10');
  });
  it('refuses one wildcard on two hosts', () => {
    expect(rulesOf(ingressWith((m) => ({ hosts: [m.hosts[0], { ...m.hosts[1], wildcardDns: m.hosts[0].wildcardDns }] }))).errors).toContain('CG-10');
  });
  it('says which of its reasons it fires for, at the host', () => {
    const missing = ingressWith((m) => ({ hosts: [{ ...m.hosts[0], wildcardDns: 'apps.example.com' }, m.hosts[1]] })).errors;
    expect(missing.map((f) => [f.path, f.received])).toEqual([['app/web/x', 'wildcardDns "apps.example.com"']]);
    const shared = ingressWith((m) => ({ hosts: [m.hosts[0], { ...m.hosts[1], wildcardDns: m.hosts[0].wildcardDns }] })).errors;
    expect(shared.map((f) => [f.path, f.received])).toEqual([['app/web/y', 'wildcardDns "*.apps.x.example.com", also used by app/web/x']]);
    const unused = lbWith((m) => ({ hosts: [{ ...m.hosts[0], wildcardDns: '*.apps.example.com' }, m.hosts[1]] })).warnings;
    expect(unused.map((f) => [f.path, f.received])).toEqual([['app/lb/a', 'wildcardDns "*.apps.example.com" in a LoadBalancer group']]);
  });
  it('warns of a wildcard in a load-balancer group', () => {
    expect(rulesOf(lbWith((m) => ({ hosts: [{ ...m.hosts[0], wildcardDns: '*.apps.example.com' }, m.hosts[1]] }))).warnings).toEqual(['CG-10']);
  });
});
