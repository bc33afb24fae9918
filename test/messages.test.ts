import { Model } from '../src/model/types';
import { evaluate } from '../src/evaluate';
import { findRule } from '../src/rules/registry';
import { EMPTY_LOCK, LOCK_VERSION } from '../src/placement/lock';
import { group, host, ingressHost, run, validIngressModel, validLbModel, vc } from './support/model';

/**
 * The exact text of every finding a user can meet, one representative case per message: the
 * messages are the product's interface at synth, so a change to one must be a reviewed change
 * to the snapshot. Each case is a valid model with one mistake.
 */
const lb = (change: (m: Model) => Partial<Model>): Model => {
  const base = validLbModel();
  return { ...base, ...change(base) };
};
const web = (change: (m: Model) => Partial<Model>): Model => {
  const base = validIngressModel();
  return { ...base, ...change(base) };
};
const metallb = (...pools: string[]) => ({ kind: 'metallb' as const, pools, bgpPeers: [] });
const k3sGroup = (version: string) => group({ distribution: 'k3s', vclusterChartVersion: version });

const CASES: Record<string, Model> = {
  'CG-1 not a label': lb(() => ({ groups: [group({ name: 'Bad Name' })] })),
  'CG-1 twice in a scope': lb((m) => ({ groups: [...m.groups, group({ path: 'app/twin' })] })),
  'CG-2 project not a label': lb(() => ({ groups: [group({ scope: { kind: 'project', project: 'My P' } })] })),
  "CG-2 another project's host": lb((m) => ({ groups: [group({ scope: { kind: 'project', project: 'p1' } })], hosts: [host({ name: 'a', scope: { kind: 'project', project: 'p2' } }), m.hosts[1]] })),
  'CG-2 project host in a tenant group': lb((m) => ({ hosts: [host({ name: 'a', scope: { kind: 'project', project: 'p2' } }), m.hosts[1]] })),
  'CG-3 missing': lb(() => ({ groups: [group({ endpointType: undefined })] })),
  'CG-4 no host': lb(() => ({ hosts: [], virtualClusters: [] })),
  'CG-4 host twice': lb(() => ({ hosts: [host({ name: 'a' }), host({ name: 'a', path: 'app/lb/a2', endpoint: metallb('10.200.0.0/24') })] })),
  'CG-5 two groups': lb((m) => ({
    groups: [...m.groups, group({ path: 'app/lb2', name: 'lb2' })],
    hosts: [...m.hosts, host({ name: 'a', path: 'app/lb2/a', group: 'app/lb2', endpoint: metallb('10.201.0.0/24') })],
  })),
  'CG-6 ingress host in lb group': lb((m) => ({ hosts: [m.hosts[0], ingressHost({ name: 'c', group: 'app/lb', wildcardDns: undefined })] })),
  'CG-6 no endpoint': lb((m) => ({ hosts: [host({ name: 'a', endpoint: { kind: 'none' } }), m.hosts[1]] })),
  'CG-7 virtual cluster as host': lb((m) => ({ hosts: [host({ name: 'a', kind: 'virtual-cluster' }), m.hosts[1]] })),
  'CG-7 unknown kind': lb((m) => ({ hosts: [host({ name: 'a', kind: 'mainframe' }), m.hosts[1]] })),
  'CG-8 edge beside others': lb((m) => ({ hosts: [host({ name: 'a', kind: 'edge' }), m.hosts[1]] })),
  'CG-8 two edge hosts': lb(() => ({ hosts: [host({ name: 'a', kind: 'edge' }), host({ name: 'b', kind: 'edge' })] })),
  'CG-9 cloud lb at the edge': lb(() => ({ hosts: [host({ name: 'a', kind: 'edge', endpoint: { kind: 'cloud-load-balancer' } })] })),
  'CG-10 missing wildcard': web((m) => ({ hosts: [{ ...m.hosts[0], wildcardDns: undefined }, m.hosts[1]] })),
  'CG-10 shared wildcard': web((m) => ({ hosts: [m.hosts[0], { ...m.hosts[1], wildcardDns: m.hosts[0].wildcardDns }] })),
  'CG-10 wildcard in lb group (warning)': lb((m) => ({ hosts: [{ ...m.hosts[0], wildcardDns: '*.apps.example.com' }, m.hosts[1]] })),
  'CG-11 passthrough not asserted, class invalid': web((m) => ({ hosts: [{ ...m.hosts[0], endpoint: { kind: 'existing-ingress', className: 'Bad Class', sslPassthrough: false } }, m.hosts[1]] })),
  'CG-12 no pools': lb((m) => ({ hosts: [host({ name: 'a', endpoint: metallb() }), m.hosts[1]] })),
  'CG-13 below 100': lb(() => ({ groups: [group({ oversubscriptionPercent: 99 })] })),
  'CG-14 malformed and low': lb(() => ({ groups: [group({ maxPerVirtualCluster: { cpu: '3', memory: '8GB', storage: '10Gi' } })] })),
  'CG-15 unknown': lb(() => ({ groups: [group({ distribution: 'k0s' })] })),
  'CG-15 k3s on 0.36': lb(() => ({ groups: [group({ distribution: 'k3s' })], virtualClusters: [] })),
  'CG-15 k3s on 0.32 (warning)': lb(() => ({ groups: [k3sGroup('0.32.3')], virtualClusters: [] })),
  'CG-16 range': lb(() => ({ groups: [group({ vclusterChartVersion: '^0.36.0' })] })),
  'CG-17 YAML': lb(() => ({ groups: [group({ values: 'a: [' })] })),
  'CG-17 schema': lb((m) => ({ virtualClusters: [vc('team-a', { values: { controlPlane: { typo: 1 }, sync: { toHost: { pods: { enabled: 'yes' } } } } }), m.virtualClusters[1]] })),
  'CG-17 no schema (warning)': lb(() => ({ groups: [group({ values: {}, vclusterChartVersion: '0.99.0' })] })),
  'CG-18 disk backup': lb(() => ({ groups: [group({ diskBackup: true })] })),
  'CG-19 release timeout too short': lb(() => ({ groups: [group({ releaseTimeoutSeconds: 30 })] })),
  'CG-21 storage class': lb((m) => ({ groups: [group({ storageClass: 'Fast SSD' })], virtualClusters: [vc('team-a', { storageClass: 'local_path' }), m.virtualClusters[1]] })),
  'CG-17 a key the chart removed': lb(() => ({ groups: [group({ values: { deploy: { volumeSnapshotController: { enabled: false } } } })] })),
  'CG-20 object counts': lb(() => ({ groups: [group({ objectQuota: { pods: 1, nodes: 3 } })] })),
  'HC-1 not a label': lb((m) => ({ hosts: [host({ name: 'Dc1' }), m.hosts[1]] })),
  'HC-1 alias collision': lb(() => ({ hosts: [host({ name: '1a', endpoint: metallb('10.202.0.0/24') }), host({ name: 'h1a', endpoint: metallb('10.203.0.0/24') })], virtualClusters: [] })),
  'HC-2 malformed': lb((m) => ({ hosts: [host({ name: 'a', capacity: { cpu: '-1', memory: '8GB', storage: '0' } }), m.hosts[1]] })),
  'HC-3 backwards and overlapping': lb((m) => ({ hosts: [host({ name: 'a', endpoint: metallb('10.9.0.20-10.9.0.10', '10.8.0.0/24', '10.8.0.128/25', '10.7.0.1/24') }), m.hosts[1]] })),
  'HC-3 overlap between hosts (warning)': lb(() => ({ hosts: [host({ name: 'a', endpoint: metallb('10.9.0.0/24') }), host({ name: 'b', endpoint: metallb('10.9.0.128/25') })] })),
  'HC-4 too few addresses': lb(() => ({ hosts: [host({ name: 'a', endpoint: metallb('10.9.0.10-10.9.0.10') })] })),
  'HC-5 literal token': lb((m) => ({ hosts: [host({ name: 'a', connection: { kind: 'token', host: '', clusterCaCertificate: 'PEM', token: { kind: 'literal' } } }), m.hosts[1]] })),
  'HC-5 insensitive variable, no connection': lb(() => ({
    hosts: [
      host({ name: 'a', connection: { kind: 'token', host: 'https://a:6443', clusterCaCertificate: 'PEM', token: { kind: 'variable', name: 'tok', sensitive: false } } }),
      host({ name: 'b', connection: { kind: 'none' } }),
    ],
  })),
  'HC-5 kubeconfig and exec': lb(() => ({
    hosts: [host({ name: 'a', connection: { kind: 'kubeconfig', path: '', context: '' } }), host({ name: 'b', connection: { kind: 'exec', host: '', apiVersion: '', command: 'x', args: [] } })],
  })),
  'VC-1 not a label, twice': lb(() => ({ virtualClusters: [vc('Team A'), vc('team-b'), vc('team-b', { path: 'app/lb/dup' })] })),
  'VC-2 below, above, malformed': lb(() => ({ virtualClusters: [vc('a', { resources: { cpu: '2', memory: '9Gi', storage: '2GB' } })] })),
  'VC-3 foreign pin': lb((m) => ({ virtualClusters: [vc('team-a', { host: 'elsewhere' }), m.virtualClusters[1]] })),
  'VC-4 over and near capacity': lb(() => ({ hosts: [host({ name: 'a', capacity: { cpu: '8', memory: '18Gi', storage: '100Gi' } })], virtualClusters: ['v1', 'v2', 'v3'].map((n) => vc(n)) })),
  'VC-5 hostname too long': web((m) => ({
    hosts: [{ ...m.hosts[0], wildcardDns: `*.${Array.from({ length: 4 }, () => 'a'.repeat(61)).join('.')}.com` }],
    virtualClusters: [vc('site', { path: 'app/web/site', group: 'app/web' })],
  })),
  'VC-6 policy and ranges': lb((m) => ({ virtualClusters: [vc('team-a', { loadBalancer: { externalTrafficPolicy: 'local', sourceRanges: ['10.0.0.1', '10.0.0.0/8'] } }), m.virtualClusters[1]] })),
  'VC-6 in an ingress group (warning)': web(() => ({ virtualClusters: [vc('site', { path: 'app/web/site', group: 'app/web', loadBalancer: {} })] })),
  'OQ-1 malformed and exceeded': lb(() => ({
    groups: [group({ ownerQuotas: { a: { virtualClusters: 1, cpu: '4', memory: '4Gi', storage: '2Gi' }, b: { virtualClusters: -1, cpu: 'x' } } })],
    virtualClusters: [vc('v1', { owner: 'a' }), vc('v2', { owner: 'a', resources: { cpu: '5', memory: '5Gi', storage: '3Gi' } })],
  })),
  'CG-1 output names meet': lb((m) => ({ groups: [...m.groups, group({ path: 'app/one', name: '1' }), group({ path: 'app/h1', name: 'h1' })] })),
  'CG-9 unnamed existing controller at the edge': web(() => ({ hosts: [ingressHost({ name: 'x', kind: 'edge', endpoint: { kind: 'existing-ingress', className: '', sslPassthrough: true } })] })),
  'CG-11 ingress-nginx service': web((m) => ({ hosts: [{ ...m.hosts[0], endpoint: { kind: 'ingress-nginx', className: 'nginx', service: 'NodePort' } }, m.hosts[1]] })),
  'CG-17 group and virtual cluster YAML': lb((m) => ({ groups: [group({ values: 'a: [' })], virtualClusters: [vc('team-a', { values: 'b: {' }), m.virtualClusters[1]] })),
  'HC-1 provider aliases': lb((m) => ({
    hosts: m.hosts.map((h) => ({ ...h, connection: { kind: 'providers' as const, kubernetes: 'app/k', helm: 'app/h' } })),
    providers: [
      { type: 'kubernetes', path: 'app/k', alias: 'a', ours: false },
      { type: 'kubernetes', path: 'app/lb/a/Kubernetes', alias: 'a', ours: true },
      { type: 'helm', path: 'app/h', ours: false },
      { type: 'helm', path: 'app/h2', ours: false },
    ],
  })),
  'HC-3 BGP peer': lb((m) => ({
    hosts: [host({ name: 'a', endpoint: { kind: 'metallb', pools: ['10.9.0.0/24'], bgpPeers: [{ name: 'Tor', myAsn: 0, peerAsn: 1.5, peerAddress: 'tor', passwordSecret: 'A B' }] } }), m.hosts[1]],
  })),
  'HC-5 CA, providers, one cluster': lb(() => ({
    hosts: [
      host({ name: 'a', connection: { kind: 'token', host: 'https://x', clusterCaCertificate: '', token: { kind: 'variable', name: 't', sensitive: true } } }),
      host({ name: 'b', connection: { kind: 'providers', kubernetes: 'app/k' } }),
      host({ name: 'c', connection: { kind: 'token', host: 'https://x', clusterCaCertificate: 'PEM', token: { kind: 'variable', name: 't', sensitive: true } } }),
    ],
  })),
  'HC-5 exec trusting the system CAs (warning)': lb((m) => ({
    hosts: [host({ name: 'a', connection: { kind: 'exec', host: 'https://a', trustSystemCaCertificates: true, apiVersion: 'v1', command: 'login', args: [] } }), m.hosts[1]],
  })),
  'VC-6 address on a MetalLB host, address malformed': lb((m) => ({
    hosts: [m.hosts[0], host({ name: 'c', endpoint: { kind: 'cloud-load-balancer' } })],
    virtualClusters: [vc('team-a', { host: m.hosts[0].name, loadBalancer: { address: '10.0.0.1' } }), vc('team-b', { host: 'c', loadBalancer: { address: 'not an address' } })],
  })),
  'HC-6 BGP password': lb((m) => ({
    hosts: [
      host({ name: 'a', endpoint: { kind: 'metallb', pools: ['10.9.0.0/24'], bgpPeers: [{ name: 'tor', myAsn: 1, peerAsn: 2, peerAddress: '10.0.0.1', password: { kind: 'literal' } }] } }),
      m.hosts[1],
    ],
  })),
  'HC-7 platform values': lb((m) => ({
    hosts: [host({ name: 'a', endpoint: { kind: 'metallb', pools: ['10.9.0.0/24'], bgpPeers: [], values: { speaker: { enabled: false, toleration: [] }, crds: { enabled: false } } } }), m.hosts[1]],
  })),
  'VC-1 system namespace': lb((m) => ({ virtualClusters: [vc('kube-system'), m.virtualClusters[1]] })),
};

describe('the text of every finding', () => {
  it.each(Object.keys(CASES))('%s', (name) => {
    expect(evaluate(CASES[name], EMPTY_LOCK).findings.map((f) => f.message)).toMatchSnapshot();
  });

  // A rule's declared severities (the `rules` command and the README's table show them) are the ones its findings take.
  it.each(Object.keys(CASES))('%s: each finding of a severity its rule declares', (name) => {
    const undeclared = evaluate(CASES[name], EMPTY_LOCK).findings.filter((f) => !findRule(f.rule)!.severities.includes(f.severity));
    expect(undeclared.map((f) => `${f.rule} ${f.severity}`)).toEqual([]);
  });

  it('for a frozen lock that would change', () => {
    expect(evaluate(validLbModel(), EMPTY_LOCK, { frozenLock: 'cluster-groups.lock.json' }).findings.map((f) => f.message)).toMatchSnapshot();
  });

  it('for a chart version that jumps a minor, and an acknowledgement nothing needs', () => {
    const at = (version: string) => ({ version: LOCK_VERSION, groups: { lb: { distribution: 'k8s', vclusterChartVersion: version, virtualClusters: {} } } });
    expect(run(validLbModel(), at('0.34.7')).findings.map((f) => f.message)).toMatchSnapshot();
    expect(run({ ...validLbModel(), groups: [group({ acknowledgeChartVersionChange: '0.30.0' })] }, at('0.36.1')).findings.map((f) => f.message)).toMatchSnapshot();
  });

  it('for a distribution changed against the lock', () => {
    const lock = { version: LOCK_VERSION, groups: { lb: { distribution: 'k3s', virtualClusters: {} } } };
    expect(run(validLbModel(), lock).findings.map((f) => f.message)).toMatchSnapshot();
  });
});
