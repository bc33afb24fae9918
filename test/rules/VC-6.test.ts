import { ingressWith, lbWith, rulesOf, vc } from '../support/model';

describe('VC-6 load-balancer options', () => {
  it('refuses an unknown traffic policy and a source range that is not a CIDR', () => {
    expect(rulesOf(lbWith((m) => ({ virtualClusters: [vc('team-a', { loadBalancer: { externalTrafficPolicy: 'Nearest' } }), m.virtualClusters[1]] }))).errors).toContain('VC-6');
    expect(rulesOf(lbWith((m) => ({ virtualClusters: [vc('team-a', { loadBalancer: { sourceRanges: ['10.0.0.1'] } }), m.virtualClusters[1]] }))).errors).toContain('VC-6');
  });
  it('warns of load-balancer options in an ingress group', () => {
    const result = ingressWith(() => ({ virtualClusters: [vc('site', { path: 'app/web/site', group: 'app/web', loadBalancer: { externalTrafficPolicy: 'Local' } })] }));
    expect(rulesOf(result).warnings).toContain('VC-6');
  });
});
