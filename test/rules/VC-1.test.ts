import { rulesOf, vc } from '../support/model';
import { lbWith } from '../support/model';

describe('VC-1 virtual cluster name', () => {
  it.each(['', 'Team-A', 'a'.repeat(54), 'team_a', 'default', 'kube-system', 'kube-tools', 'metallb-system', 'ingress-nginx'])('refuses %p', (name) => {
    expect(rulesOf(lbWith((m) => ({ virtualClusters: [vc(name), m.virtualClusters[1]] }))).errors).toContain('VC-1');
  });
  it('refuses a name used twice in a group', () => {
    expect(rulesOf(lbWith((m) => ({ virtualClusters: [...m.virtualClusters, vc('team-a', { path: 'app/lb/dup' })] }))).errors).toContain('VC-1');
  });
});
