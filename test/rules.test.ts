import { RULES } from '../src/rules/registry';
import { HostSpec, Model, ProviderSpec } from '../src/model/types';
import { EMPTY_LOCK, LOCK_VERSION } from '../src/placement/lock';
import { evaluate } from '../src/evaluate';
import { group, host, ingressHost, rulesOf, run, validIngressModel, validLbModel, vc } from './support/model';

function lbWith(change: (model: Model) => Partial<Model>): ReturnType<typeof run> {
  const base = validLbModel();
  return run({ ...base, ...change(base) });
}

function ingressWith(change: (model: Model) => Partial<Model>): ReturnType<typeof run> {
  const base = validIngressModel();
  return run({ ...base, ...change(base) });
}

describe('every finding', () => {
  it('names its rule, the construct path, what was received and what was expected, and a fix', () => {
    const [finding] = lbWith(() => ({ groups: [group({ endpointType: undefined })] })).errors;
    expect(finding).toMatchObject({ rule: 'CG-3', path: 'app/lb', received: 'nothing' });
    expect(finding.message).toBe(`[CG-3] app/lb: received nothing; expected "LoadBalancer" or "Ingress". Fix: ${finding.fix}`);
  });

  it('are all reported at once, not only the first', () => {
    const result = lbWith((m) => ({ groups: [group({ name: 'Bad Name', oversubscriptionPercent: 50 })], virtualClusters: [...m.virtualClusters, vc('X')] }));
    expect(rulesOf(result).errors).toEqual(expect.arrayContaining(['CG-1', 'CG-13', 'VC-1']));
  });
});

describe('CG-1 group name', () => {
  it.each(['', 'Has Space', 'UPPER', '-lead', 'x'.repeat(64)])('refuses %p', (name) => {
    expect(rulesOf(lbWith(() => ({ groups: [group({ name })] }))).errors).toContain('CG-1');
  });
  it('refuses two groups of one name in one scope, and accepts them in two scopes', () => {
    const twin = group({ path: 'app/twin' });
    expect(rulesOf(lbWith((m) => ({ groups: [...m.groups, twin] }))).errors).toContain('CG-1');
    const other = group({ path: 'app/twin', scope: { kind: 'project', project: 'p1' } });
    expect(rulesOf(lbWith((m) => ({ groups: [...m.groups, other] }))).errors).not.toContain('CG-1');
  });
  it('refuses two groups whose Terraform output names meet, and accepts them otherwise', () => {
    const one = group({ path: 'app/one', name: '1' });
    const h1 = group({ path: 'app/h1', name: 'h1' });
    expect(
      run({ groups: [one, h1] })
        .errors.filter((f) => f.rule === 'CG-1')
        .map((f) => f.message),
    ).toEqual([
      '[CG-1] app/h1: received the name "h1", whose Terraform output cluster_group_h1 is also that of app/one; expected a Terraform output name of its own. Fix: rename one of the two groups (or its project)',
    ]);
    const dashes = [group({ path: 'app/p', name: 'a--b', scope: { kind: 'project', project: 'x' } }), group({ path: 'app/q', name: 'b', scope: { kind: 'project', project: 'x--a' } })];
    expect(rulesOf(run({ groups: dashes })).errors.filter((id) => id === 'CG-1')).toEqual(['CG-1']);
    expect(rulesOf(run({ groups: [one, group({ path: 'app/two', name: '2' })] })).errors).not.toContain('CG-1');
  });
});

describe('CG-2 scope', () => {
  it("refuses another project's host in a project group, and a project host in a tenant group", () => {
    const projectGroup = group({ scope: { kind: 'project', project: 'p1' } });
    expect(rulesOf(lbWith(() => ({ groups: [projectGroup], hosts: [host({ name: 'a', scope: { kind: 'project', project: 'p2' } })] }))).errors).toContain('CG-2');
    expect(rulesOf(lbWith(() => ({ hosts: [host({ name: 'a', scope: { kind: 'project', project: 'p2' } })] }))).errors).toContain('CG-2');
  });
  it('accepts tenant hosts and same-project hosts in a project group', () => {
    const projectGroup = group({ scope: { kind: 'project', project: 'p1' } });
    const result = lbWith(() => ({ groups: [projectGroup], hosts: [host({ name: 'a' }), host({ name: 'b', scope: { kind: 'project', project: 'p1' } })] }));
    expect(rulesOf(result).errors).not.toContain('CG-2');
  });
  it('refuses a project name that is not a DNS label', () => {
    expect(rulesOf(lbWith(() => ({ groups: [group({ scope: { kind: 'project', project: 'My Project' } })] }))).errors).toContain('CG-2');
  });
});

describe('CG-3 endpoint type', () => {
  it.each([undefined, 'loadbalancer', 'NodePort'])('refuses %p', (endpointType) => {
    expect(rulesOf(lbWith(() => ({ groups: [group({ endpointType })] }))).errors).toContain('CG-3');
  });
});

describe('CG-4 hosts of a group', () => {
  it('refuses a group with no host', () => {
    expect(rulesOf(lbWith(() => ({ hosts: [], virtualClusters: [] }))).errors).toEqual(['CG-4']);
  });
  it('refuses a host listed twice', () => {
    expect(rulesOf(lbWith(() => ({ hosts: [host({ name: 'a' }), host({ name: 'a', path: 'app/lb/a2' })] }))).errors).toContain('CG-4');
  });
});

describe('CG-5 one group per host', () => {
  it('refuses a host in two groups', () => {
    const second = group({ path: 'app/lb2', name: 'lb2' });
    const result = lbWith((m) => ({ groups: [...m.groups, second], hosts: [...m.hosts, host({ name: 'a', path: 'app/lb2/a', group: 'app/lb2' })] }));
    expect(rulesOf(result).errors).toContain('CG-5');
  });
});

describe('CG-6 endpoint type of hosts', () => {
  it('refuses an ingress host in a load-balancer group', () => {
    expect(rulesOf(lbWith((m) => ({ hosts: [m.hosts[0], ingressHost({ name: 'c', group: 'app/lb' })] }))).errors).toContain('CG-6');
  });
  it('refuses a load-balancer host in an ingress group', () => {
    expect(rulesOf(ingressWith((m) => ({ hosts: [m.hosts[0], host({ name: 'z', group: 'app/web' })] }))).errors).toContain('CG-6');
  });
});

describe('CG-7 host kinds', () => {
  it.each(['virtual-cluster', 'private-cloud-gateway', 'imported-read-only', 'mainframe'])('refuses %p', (kind) => {
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name: 'a', kind }), m.hosts[1]] }))).errors).toContain('CG-7');
  });
  it.each(['public-cloud', 'private-cloud'])('accepts %p', (kind) => {
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name: 'a', kind }), m.hosts[1]] }))).errors).toEqual([]);
  });
});

describe('CG-8 edge groups', () => {
  it('refuses an edge host beside a non-edge host, and two edge hosts', () => {
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name: 'a', kind: 'edge' }), m.hosts[1]] }))).errors).toContain('CG-8');
    expect(rulesOf(lbWith(() => ({ hosts: [host({ name: 'a', kind: 'edge' }), host({ name: 'b', kind: 'edge' })] }))).errors).toContain('CG-8');
  });
  it('accepts one edge host alone', () => {
    expect(rulesOf(lbWith(() => ({ hosts: [host({ name: 'a', kind: 'edge' })] }))).errors).toEqual([]);
  });
});

describe('CG-9 edge endpoints', () => {
  it('refuses a cloud load balancer on an edge host', () => {
    expect(rulesOf(lbWith(() => ({ hosts: [host({ name: 'a', kind: 'edge', endpoint: { kind: 'cloud-load-balancer' } })] }))).errors).toContain('CG-9');
  });
  it('refuses an unnamed existing ingress controller on an edge host, and accepts a named one', () => {
    const edge = (className: unknown) => ingressHost({ name: 'x', kind: 'edge', endpoint: { kind: 'existing-ingress', className, sslPassthrough: true } });
    expect(rulesOf(ingressWith(() => ({ hosts: [edge(' ')] }))).errors).toContain('CG-9');
    expect(rulesOf(ingressWith(() => ({ hosts: [edge(undefined)] }))).errors).toContain('CG-9');
    expect(rulesOf(ingressWith(() => ({ hosts: [edge('nginx')] }))).errors).not.toContain('CG-9');
  });
});

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

describe('CG-11 TLS passthrough', () => {
  it('refuses an existing controller without asserted passthrough', () => {
    const existing = { kind: 'existing-ingress' as const, className: 'nginx', sslPassthrough: false };
    expect(rulesOf(ingressWith((m) => ({ hosts: [{ ...m.hosts[0], endpoint: existing }, m.hosts[1]] }))).errors).toContain('CG-11');
  });
  it('accepts an existing controller with passthrough asserted, and warns that ingress-nginx is retired', () => {
    const existing = { kind: 'existing-ingress' as const, className: 'traefik', sslPassthrough: true };
    const result = ingressWith((m) => ({ hosts: [{ ...m.hosts[0], endpoint: existing }, m.hosts[1]] }));
    expect(rulesOf(result)).toEqual({ errors: [], warnings: ['CG-11'] });
  });
});

describe('CG-11 ingress-nginx service', () => {
  it('refuses a service that is neither LoadBalancer nor HostPort, and accepts both', () => {
    const withService = (service: unknown) => ingressWith((m) => ({ hosts: [{ ...m.hosts[0], endpoint: { kind: 'ingress-nginx', className: 'nginx', service } }, m.hosts[1]] }));
    expect(rulesOf(withService('NodePort')).errors).toEqual(['CG-11']);
    expect(rulesOf(withService('HostPort')).errors).toEqual([]);
    expect(rulesOf(withService('LoadBalancer')).errors).toEqual([]);
  });
});

describe('CG-12 load-balancer provider', () => {
  it('refuses MetalLB without address pools', () => {
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name: 'a', endpoint: { kind: 'metallb', pools: [], bgpPeers: [] } }), m.hosts[1]] }))).errors).toContain('CG-12');
  });
  it('accepts a cloud load balancer', () => {
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name: 'a', endpoint: { kind: 'cloud-load-balancer' } }), m.hosts[1]] }))).errors).toEqual([]);
  });
});

describe('CG-13 oversubscription', () => {
  it.each([99, 120.5, -1, NaN, '150'])('refuses %p', (oversubscriptionPercent) => {
    expect(rulesOf(lbWith(() => ({ groups: [group({ oversubscriptionPercent })] }))).errors).toContain('CG-13');
  });
  it.each([100, 120, 400])('accepts %p', (oversubscriptionPercent) => {
    expect(rulesOf(lbWith(() => ({ groups: [group({ oversubscriptionPercent })] }))).errors).toEqual([]);
  });
});

describe('CG-14 per-virtual-cluster maximums', () => {
  it.each([
    { cpu: '3', memory: '8Gi', storage: '10Gi' },
    { cpu: '6', memory: '3Gi', storage: '10Gi' },
    { cpu: '6', memory: '8Gi', storage: '1Gi' },
    { cpu: '6', memory: '8GB', storage: '10Gi' },
  ])('refuses %p', (maxPerVirtualCluster) => {
    expect(rulesOf(lbWith(() => ({ groups: [group({ maxPerVirtualCluster })] }))).errors).toContain('CG-14');
  });
});

describe('CG-15 distribution', () => {
  it('warns of k3s before chart 0.33 and refuses it from 0.33', () => {
    const old = group({ distribution: 'k3s', charts: { ...group().charts, vcluster: { ...group().charts.vcluster, version: '0.32.3' } } });
    expect(rulesOf(lbWith(() => ({ groups: [old] })))).toEqual({ errors: [], warnings: ['CG-15'] });
    expect(rulesOf(lbWith(() => ({ groups: [group({ distribution: 'k3s' })] }))).errors).toContain('CG-15');
  });
  it('refuses an unknown distribution', () => {
    expect(rulesOf(lbWith(() => ({ groups: [group({ distribution: 'k0s' })] }))).errors).toContain('CG-15');
  });
  it('refuses a change of the deployed distribution', () => {
    const lock = { version: LOCK_VERSION, groups: { lb: { distribution: 'k3s', virtualClusters: {} } } };
    expect(rulesOf(run(validLbModel(), lock)).errors).toContain('CG-15');
  });
});

describe('CG-16 chart version', () => {
  it.each(['^0.36.0', '0.36', 'latest', '0.19.9', ''])('refuses %p', (version) => {
    const pinned = group({ charts: { ...group().charts, vcluster: { ...group().charts.vcluster, version } } });
    expect(rulesOf(lbWith(() => ({ groups: [pinned] }))).errors).toContain('CG-16');
  });
});

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

describe('CG-18 disk backup', () => {
  it('refuses disk backup, which needs a host path mapper we do not install', () => {
    expect(rulesOf(lbWith(() => ({ groups: [group({ diskBackup: true })] })))).toEqual({ errors: ['CG-18'], warnings: [] });
  });
});

describe('HC-1 host name and alias', () => {
  it.each(['', 'Dc1', 'dc_1', 'a'.repeat(64)])('refuses %p', (name) => {
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name }), m.hosts[1]] }))).errors).toContain('HC-1');
  });
  it('refuses two hosts whose aliases collide', () => {
    const second = group({ path: 'app/lb2', name: 'lb2' });
    const result = lbWith((m) => ({
      groups: [...m.groups, second],
      hosts: [...m.hosts, host({ name: '1a', path: 'app/lb2/1a', group: 'app/lb2' }), host({ name: 'h1a', path: 'app/lb2/h1a', group: 'app/lb2' })],
    }));
    expect(rulesOf(result).errors).toContain('HC-1');
  });
});

describe('HC-1 providers of the stack', () => {
  const withProviders = (providers: ProviderSpec[], hosts?: (m: Model) => HostSpec[]) => {
    const base = validLbModel();
    return evaluate({ ...base, hosts: hosts ? hosts(base) : base.hosts, providers }, EMPTY_LOCK);
  };
  const ours = (type: 'kubernetes' | 'helm', alias: string): ProviderSpec => ({ type, path: `app/lb/${alias}/${type}`, alias, ours: true });
  it('refuses a provider of the user that has the alias of one of ours, or no alias beside another without one', () => {
    const clash = withProviders([ours('kubernetes', 'a'), { type: 'kubernetes', path: 'app/mine', alias: 'a', ours: false }]);
    expect(clash.errors.map((f) => [f.rule, f.path])).toEqual([['HC-1', 'app/mine']]);
    const bare = withProviders([
      { type: 'helm', path: 'app/one', ours: false },
      { type: 'helm', path: 'app/two', ours: false },
    ]);
    expect(bare.errors[0].message).toContain('received a helm provider with no alias, as is app/one');
  });
  it('accepts one provider per alias and type, and one of each type without alias', () => {
    const providers = [ours('kubernetes', 'a'), ours('helm', 'a'), { type: 'kubernetes' as const, path: 'app/k', ours: false }, { type: 'helm' as const, path: 'app/h', ours: false }];
    expect(rulesOf(withProviders(providers)).errors).toEqual([]);
  });
  it('refuses one provider pair handed to two hosts', () => {
    const connection = { kind: 'providers' as const, kubernetes: 'app/k', helm: 'app/h' };
    const result = withProviders([], (m) => m.hosts.map((h) => ({ ...h, connection })));
    expect(result.errors.map((f) => f.message)).toEqual([
      expect.stringMatching(/^\[HC-1\] app\/lb\/b: received provider app\/k, also given to host app\/lb\/a;/),
      expect.stringMatching(/^\[HC-1\] app\/lb\/b: received provider app\/h, also given to host app\/lb\/a;/),
    ]);
  });
});

describe('HC-2 capacity', () => {
  it.each(['8GB', '-1', 'NaN', '1.5.0', '', '0'])('refuses memory %p', (memory) => {
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name: 'a', capacity: { cpu: '32', memory, storage: '1Ti' } }), m.hosts[1]] }))).errors).toContain('HC-2');
  });
  it.each(['64', '500m', '1.5', '2e3'])('accepts cpu %p', (cpu) => {
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name: 'a', capacity: { cpu, memory: '128Gi', storage: '1Ti' } }), m.hosts[1]] }))).errors).not.toContain('HC-2');
  });
});

describe('HC-3 address pools', () => {
  const metallb = (pools: string[]) => ({ kind: 'metallb' as const, pools, bgpPeers: [] });
  // Octal, hex, 32-bit and zero-padded forms parse in some libraries but not in Go's net.ParseCIDR, which MetalLB uses.
  it.each([
    '10.0.0.20-10.0.0.10',
    '10.0.0.1/24',
    '10.0.0.0/33',
    'not-an-ip',
    '10.0.0.1-fd00::1',
    '010.0.0.0/24',
    '0xa000000/8',
    '167772160/8',
    '10.0.0.0/08',
    'fe80::1%eth0-fe80::5%eth0',
    'fd00::/129',
    '10.0.0.0/24/1',
  ])('refuses %p', (pool) => {
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name: 'a', endpoint: metallb([pool]) }), m.hosts[1]] }))).errors).toContain('HC-3');
  });
  it('refuses overlapping pools on one host', () => {
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name: 'a', endpoint: metallb(['10.9.0.0/24', '10.9.0.100-10.9.1.5']) }), m.hosts[1]] }))).errors).toContain('HC-3');
  });
  it('warns of overlap between hosts of a group', () => {
    const result = lbWith(() => ({ hosts: [host({ name: 'a', endpoint: metallb(['10.9.0.0/24']) }), host({ name: 'b', endpoint: metallb(['10.9.0.128/25']) })] }));
    expect(rulesOf(result).warnings).toEqual(['HC-3']);
  });
  it('refuses a BGP peer MetalLB would refuse, naming each problem, and accepts a valid one', () => {
    const withPeers = (bgpPeers: unknown[]) => lbWith((m) => ({ hosts: [host({ name: 'a', endpoint: { kind: 'metallb', pools: ['10.9.0.0/24'], bgpPeers: bgpPeers as never } }), m.hosts[1]] }));
    const good = { name: 'tor-1', myAsn: 64512, peerAsn: 64513, peerAddress: '10.9.1.1', passwordSecret: 'bgp-pass' };
    expect(withPeers([good]).errors).toEqual([]);
    const [error] = withPeers([good, { ...good, myAsn: 0, peerAsn: 4294967296, peerAddress: '10.9.1.1/32', passwordSecret: 'Bad_Name' }]).errors;
    expect(error.received).toBe(
      'BGP peer "tor-1": name "tor-1" is used by another peer of the host; myAsn 0 is not an AS number from 1 to 4294967295; peerAsn 4294967296 is not an AS number from 1 to 4294967295; peerAddress "10.9.1.1/32" is not an IPv4 or IPv6 address; passwordSecret "Bad_Name" is not a secret name',
    );
    expect(rulesOf(withPeers([{ ...good, name: 'Tor 1' }])).errors).toEqual(['HC-3']);
    expect(withPeers([{ ...good, myAsn: 1, peerAsn: 4294967295 }]).errors).toEqual([]);
  });
  it('accepts IPv6 and ranges', () => {
    expect(lbWith((m) => ({ hosts: [host({ name: 'a', endpoint: metallb(['fd00::/120', '192.168.50.10-192.168.50.20']) }), m.hosts[1]] })).findings).toEqual([]);
  });
});

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

describe('HC-5 connection', () => {
  it('refuses a literal token and a variable not marked sensitive', () => {
    const literal = host({ name: 'a', connection: { kind: 'token', host: 'https://10.0.0.1:6443', clusterCaCertificate: 'PEM', token: { kind: 'literal' } } });
    expect(rulesOf(lbWith((m) => ({ hosts: [literal, m.hosts[1]] }))).errors).toContain('HC-5');
    const plain = host({ name: 'a', connection: { kind: 'token', host: 'https://10.0.0.1:6443', clusterCaCertificate: 'PEM', token: { kind: 'variable', name: 'tok', sensitive: false } } });
    expect(rulesOf(lbWith((m) => ({ hosts: [plain, m.hosts[1]] }))).errors).toContain('HC-5');
  });
  it('accepts a sensitive variable, and refuses an empty kubeconfig path or an exec plugin without command', () => {
    const ok = host({ name: 'a', connection: { kind: 'token', host: 'https://10.0.0.1:6443', clusterCaCertificate: 'PEM', token: { kind: 'variable', name: 'tok', sensitive: true } } });
    expect(rulesOf(lbWith((m) => ({ hosts: [ok, m.hosts[1]] }))).errors).toEqual([]);
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name: 'a', connection: { kind: 'kubeconfig', path: '' } }), m.hosts[1]] }))).errors).toContain('HC-5');
    const exec = host({ name: 'a', connection: { kind: 'exec', host: 'https://x', apiVersion: 'client.authentication.k8s.io/v1beta1', command: '', args: [] } });
    expect(rulesOf(lbWith((m) => ({ hosts: [exec, m.hosts[1]] }))).errors).toContain('HC-5');
  });
});

describe('VC-1 virtual cluster name', () => {
  it.each(['', 'Team-A', 'a'.repeat(54), 'team_a', 'default', 'kube-system', 'kube-tools', 'metallb-system', 'ingress-nginx'])('refuses %p', (name) => {
    expect(rulesOf(lbWith((m) => ({ virtualClusters: [vc(name), m.virtualClusters[1]] }))).errors).toContain('VC-1');
  });
  it('refuses a name used twice in a group', () => {
    expect(rulesOf(lbWith((m) => ({ virtualClusters: [...m.virtualClusters, vc('team-a', { path: 'app/lb/dup' })] }))).errors).toContain('VC-1');
  });
});

describe('VC-2 requests', () => {
  it.each([
    { cpu: '3', memory: '4Gi', storage: '2Gi' },
    { cpu: '4', memory: '3Gi', storage: '2Gi' },
    { cpu: '4', memory: '4Gi', storage: '1Gi' },
    { cpu: '7', memory: '4Gi', storage: '2Gi' },
    { cpu: '4', memory: '9Gi', storage: '2Gi' },
    { cpu: '4', memory: '4Gi', storage: '11Gi' },
    { cpu: 'four', memory: '4Gi', storage: '2Gi' },
  ])('refuses %p', (resources) => {
    expect(rulesOf(lbWith((m) => ({ virtualClusters: [vc('team-a', { resources }), m.virtualClusters[1]] }))).errors).toContain('VC-2');
  });
  it('uses the k3s minimum for a k3s group', () => {
    const k3s = group({ distribution: 'k3s', charts: { ...group().charts, vcluster: { ...group().charts.vcluster, version: '0.32.3' } } });
    const result = lbWith((m) => ({ groups: [k3s], virtualClusters: [vc('team-a', { resources: { cpu: '4', memory: '3Gi', storage: '0' } }), m.virtualClusters[1]] }));
    expect(rulesOf(result).errors).toEqual([]);
  });
});

describe('VC-3 pinned host', () => {
  it('refuses a pin to a host outside the group', () => {
    expect(rulesOf(lbWith((m) => ({ virtualClusters: [vc('team-a', { host: 'elsewhere' }), m.virtualClusters[1]] }))).errors).toContain('VC-3');
  });
  it('accepts a pin to a member', () => {
    expect(rulesOf(lbWith((m) => ({ virtualClusters: [vc('team-a', { host: 'b' }), m.virtualClusters[1]] }))).errors).toEqual([]);
  });
});

describe('VC-4 capacity', () => {
  const small = { cpu: '8', memory: '16Gi', storage: '100Gi' };
  it('refuses requests over capacity × oversubscription, naming host, resource and shortfall', () => {
    const result = run({ groups: [group()], hosts: [host({ name: 'a', capacity: small })], virtualClusters: ['v1', 'v2', 'v3'].map((n) => vc(n)) });
    expect(result.errors.map((f) => f.rule)).toEqual(['VC-4']);
    expect(result.errors[0].message).toMatch(/cpu requests of 12 of 9\.6 .* on host a/);
    expect(result.errors[0].fix).toContain('free 2.4 of cpu');
  });
  it('keeps counting CPU and memory of paused virtual clusters: their synced pods keep running', () => {
    const result = run({ groups: [group()], hosts: [host({ name: 'a', capacity: small })], virtualClusters: [vc('v1'), vc('v2', { paused: true }), vc('v3', { paused: true })] });
    expect(rulesOf(result).errors).toEqual(['VC-4']);
  });
  it('warns above 90%', () => {
    const result = run({ groups: [group()], hosts: [host({ name: 'a', capacity: { cpu: '7.2', memory: '64Gi', storage: '1Ti' } })], virtualClusters: [vc('v1'), vc('v2')] });
    expect(rulesOf(result)).toEqual({ errors: [], warnings: ['VC-4'] });
  });
});

describe('VC-5 ingress hostname', () => {
  it('refuses a hostname over 253 characters', () => {
    const long = `*.${Array.from({ length: 4 }, () => 'a'.repeat(61)).join('.')}.com`;
    const result = ingressWith((m) => ({ hosts: [{ ...m.hosts[0], wildcardDns: long }], virtualClusters: [vc('site', { path: 'app/web/site', group: 'app/web' })] }));
    expect(rulesOf(result).errors).toContain('VC-5');
  });
});

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

describe('OQ-1 owner quotas', () => {
  const quotas = { payments: { virtualClusters: 2, cpu: '8', memory: '12Gi' } };
  const owned = (n: number, paused = false) => Array.from({ length: n }, (_, i) => vc(`p${i}`, { owner: 'payments', paused }));
  it('refuses more virtual clusters than the owner may have', () => {
    expect(rulesOf(run({ groups: [group({ ownerQuotas: quotas })], hosts: [host({ name: 'a' })], virtualClusters: owned(3, true) })).errors).toEqual(['OQ-1', 'OQ-1']);
  });
  it('refuses requests over the owner’s CPU, naming the shortfall', () => {
    const result = run({ groups: [group({ ownerQuotas: { payments: { cpu: '6' } } })], hosts: [host({ name: 'a' })], virtualClusters: owned(2) });
    expect(result.errors.map((f) => f.rule)).toEqual(['OQ-1']);
    expect(result.errors[0].fix).toContain('free 2 of cpu');
  });
  it('accepts an owner within quota, paused ones counting storage only', () => {
    expect(rulesOf(run({ groups: [group({ ownerQuotas: quotas })], hosts: [host({ name: 'a' })], virtualClusters: [...owned(1), vc('q', { owner: 'payments', paused: true })] })).errors).toEqual([]);
  });
  it('refuses a malformed quota', () => {
    expect(rulesOf(run({ groups: [group({ ownerQuotas: { x: { virtualClusters: 1.5, memory: '8GB' } } })], hosts: [host({ name: 'a' })] })).errors).toEqual(['OQ-1', 'OQ-1']);
  });
});

describe('PL-1 frozen lock', () => {
  const frozen = (model: Model, lock = EMPTY_LOCK) => evaluate(model, lock, { frozenLock: 'cluster-groups.lock.json' });
  it('refuses, when frozen, a placement that would change the lock, naming the lock file and the change', () => {
    const [error] = frozen(validLbModel()).errors;
    expect(error).toMatchObject({ rule: 'PL-1', path: 'cluster-groups.lock.json' });
    expect(error.received).toMatch(/lb\/team-a: new on a \d+\.\d+\.\d+\.\d+/);
  });
  it('accepts, when frozen, a lock that already matches, and any change when not frozen', () => {
    const model = validLbModel();
    expect(rulesOf(frozen(model, run(model).placement.lock)).errors).toEqual([]);
    expect(rulesOf(run(model)).errors).toEqual([]);
  });
});

describe('the rule registry', () => {
  it('holds every rule once, each explained: what it checks, why, how to fix', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) expect([rule.title, rule.rationale, rule.remedy].every((text) => text.length > 20)).toBe(true);
  });
});
