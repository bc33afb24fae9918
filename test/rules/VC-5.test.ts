import { ingressWith, rulesOf, vc } from '../support/model';

describe('VC-5 ingress hostname', () => {
  it('refuses a hostname over 253 characters', () => {
    const long = `*.${Array.from({ length: 4 }, () => 'a'.repeat(61)).join('.')}.com`;
    const result = ingressWith((m) => ({ hosts: [{ ...m.hosts[0], wildcardDns: long }], virtualClusters: [vc('site', { path: 'app/web/site', group: 'app/web' })] }));
    expect(rulesOf(result).errors).toContain('VC-5');
  });
});
