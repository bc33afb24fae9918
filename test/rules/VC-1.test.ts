import { lbWith, rulesOf, vc } from '../support/model';

describe('VC-1 virtual cluster name', () => {
  it.each(['', 'Team-A', 'a'.repeat(54), 'team_a', 'default', 'kube-system', 'kube-tools', 'metallb-system', 'ingress-nginx'])('refuses %p', (name) => {
    expect(rulesOf(lbWith((m) => ({ virtualClusters: [vc(name), m.virtualClusters[1]] }))).errors).toContain('VC-1');
  });
  it('says which of its reasons it fires for, at the virtual cluster', () => {
    const received = (name: string) => lbWith((m) => ({ virtualClusters: [vc(name, { path: 'app/lb/v' }), m.virtualClusters[1]] })).errors.map((f) => [f.path, f.received]);
    expect(received('Team-A')).toEqual([['app/lb/v', 'name "Team-A"']]);
    expect(received('kube-tools')).toEqual([['app/lb/v', 'name "kube-tools", a namespace the host already has or we install into']]);
    expect(received('team-b')).toEqual([['app/lb/team-b', 'name "team-b", already used by app/lb/v']]);
  });
  it('refuses a name used twice in a group', () => {
    expect(rulesOf(lbWith((m) => ({ virtualClusters: [...m.virtualClusters, vc('team-a', { path: 'app/lb/dup' })] }))).errors).toContain('VC-1');
  });
});
