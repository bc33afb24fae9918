import { TerraformStack, TerraformVariable } from 'cdktf';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  ClusterGroup,
  ClusterGroupProps,
  Connection,
  Distribution,
  EndpointType,
  ExistingGatewayOptions,
  GatewayApiCrds,
  GatewayService,
  HostClusterOptions,
  HostEndpoint,
  HostKind,
  VirtualCluster,
  VirtualClusterOptions,
} from '../constructs';
import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { testApp } from './support/synth';

interface Case {
  readonly mistake: string;
  readonly rule: string;
  readonly group?: Partial<ClusterGroupProps>;
  readonly host?: Partial<HostClusterOptions>;
  readonly vc?: Partial<VirtualClusterOptions>;
  /** Anything more the mistake needs: a second group, a second host… */
  readonly extra?: (stack: TerraformStack, group: ClusterGroup) => void;
  /** The lock file's content, for a mistake in it (stack `s`); no lock file otherwise. */
  readonly lock?: Record<string, unknown> | string;
}

/** A lock file of stack `s` holding the given virtual clusters of group `lb`. */
const lockOf = (virtualClusters: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  version: 1,
  stacks: { s: { groups: { lb: { distribution: 'k8s', virtualClusters, ...extra } } } },
});

const anything = <T>(value: unknown) => value as T;
const metallb = (...pools: string[]) => HostEndpoint.metallb({ addressPools: pools });
const host = (name: string, extra: Partial<HostClusterOptions> = {}): HostClusterOptions => ({
  name,
  kind: HostKind.PRIVATE_CLOUD,
  capacity: { cpu: '32', memory: '128Gi', storage: '1Ti' },
  connection: Connection.kubeconfig('~/.kube/config', name),
  endpoint: metallb('10.20.0.0/24'),
  ...extra,
});

/** An Ingress group `web` beside the base case, its one host `gw` served by the given endpoint. */
const gatewayGroup =
  (endpoint: HostEndpoint, options: { group?: Partial<ClusterGroupProps>; host?: Partial<HostClusterOptions>; vc?: Partial<VirtualClusterOptions> } = {}) =>
  (stack: TerraformStack) => {
    const group = new ClusterGroup(stack, 'Web', { name: 'web', endpointType: EndpointType.INGRESS, ...options.group });
    group.addHost('gw', host('gw', { endpoint, wildcardDns: '*.apps.gw.example.com', ...options.host }));
    group.addVirtualCluster('Site', { name: 'site', ...options.vc });
  };
const existingGateway = (options: Partial<ExistingGatewayOptions> = {}) =>
  HostEndpoint.existingGateway({ name: 'shared', namespace: 'gateways', listener: 'tls', tlsPassthrough: true, gatewayApiBundle: 'v1.6.1', ...options });

/** The bad-input catalogue: what users type wrong, and the rule that says so (README, "Bad input"). */
export const CATALOGUE: Case[] = [
  { mistake: 'group name empty', rule: 'CG-1', group: { name: '' } },
  { mistake: 'group name too long (64)', rule: 'CG-1', group: { name: 'g'.repeat(64) } },
  { mistake: 'group name not DNS-1123', rule: 'CG-1', group: { name: 'Team_A' } },
  {
    mistake: 'two groups of one name',
    rule: 'CG-1',
    extra: (stack) => new ClusterGroup(stack, 'Twin', { name: 'lb', endpointType: EndpointType.LOAD_BALANCER }).addHost('t', host('t', { endpoint: metallb('10.30.0.0/24') })),
  },
  { mistake: 'scope not a Scope', rule: 'CG-2', group: { scope: anything('tenant') } },
  { mistake: 'endpoint type missing', rule: 'CG-3', group: { endpointType: anything(undefined) } },
  { mistake: 'endpoint type misspelt', rule: 'CG-3', group: { endpointType: anything('loadbalancer') } },
  { mistake: 'the same host twice in a group', rule: 'CG-4', extra: (_, group) => group.addHost('dup', host('h1', { endpoint: metallb('10.40.0.0/24') })) },
  {
    mistake: 'a host in two groups',
    rule: 'CG-5',
    extra: (stack) => new ClusterGroup(stack, 'Other', { name: 'other', endpointType: EndpointType.LOAD_BALANCER }).addHost('h1', host('h1', { endpoint: metallb('10.50.0.0/24') })),
  },
  { mistake: 'endpoint of the wrong kind', rule: 'CG-6', host: { endpoint: anything('metallb') } },
  { mistake: 'an ingress host in a load-balancer group', rule: 'CG-6', host: { endpoint: HostEndpoint.ingressNginx() } },
  { mistake: 'a virtual cluster as host', rule: 'CG-7', host: { kind: HostKind.VIRTUAL_CLUSTER } },
  { mistake: 'oversubscription below 100', rule: 'CG-13', group: { oversubscriptionPercent: 99 } },
  { mistake: 'oversubscription not whole', rule: 'CG-13', group: { oversubscriptionPercent: 120.5 } },
  { mistake: 'maximum CPU malformed', rule: 'CG-14', group: { maxPerVirtualCluster: { cpu: '8GB' } } },
  { mistake: 'k3s with chart 0.36', rule: 'CG-15', group: { distribution: Distribution.K3S } },
  { mistake: 'chart version a range', rule: 'CG-16', group: { vclusterChartVersion: '^0.36.0' } },
  { mistake: 'chart version before 0.20', rule: 'CG-16', group: { vclusterChartVersion: '0.19.8' } },
  { mistake: 'chart version malformed', rule: 'CG-16', group: { vclusterChartVersion: '1.5.0.1' } },
  { mistake: 'values YAML that does not parse', rule: 'CG-17', group: { values: 'controlPlane:\n  - [' } },
  { mistake: 'values the chart schema refuses', rule: 'CG-17', vc: { values: { controlPlane: { replicas: 3 } } } },
  { mistake: 'values with a key the chart removed', rule: 'CG-17', group: { values: 'sync:\n  toHost:\n    volumeSnapshots:\n      enabled: true\n' } },
  { mistake: 'release timeout in minutes (10)', rule: 'CG-19', group: { releaseTimeoutSeconds: 10 } },
  { mistake: 'a quota of one pod', rule: 'CG-20', group: { objectQuota: { pods: 1 } } },
  { mistake: 'storage class with a space', rule: 'CG-21', vc: { storageClass: 'fast ssd' } },
  { mistake: 'a chart upgrade skipping a minor', rule: 'CG-22', lock: lockOf({}, { vclusterChartVersion: '0.34.7' }) },
  { mistake: 'a tag with a space in its value', rule: 'CG-25', group: { tags: { team: 'pay ments' } } },
  { mistake: 'host name empty', rule: 'HC-1', host: { name: '' } },
  { mistake: 'host name not DNS-1123', rule: 'HC-1', host: { name: 'DC1' } },
  { mistake: 'host name too long (64)', rule: 'HC-1', host: { name: 'h'.repeat(64) } },
  { mistake: 'capacity "8GB"', rule: 'HC-2', host: { capacity: { cpu: '32', memory: '8GB', storage: '1Ti' } } },
  { mistake: 'capacity "-1"', rule: 'HC-2', host: { capacity: { cpu: '-1', memory: '128Gi', storage: '1Ti' } } },
  { mistake: 'capacity "NaN"', rule: 'HC-2', host: { capacity: { cpu: 'NaN', memory: '128Gi', storage: '1Ti' } } },
  { mistake: 'capacity "1.5.0"', rule: 'HC-2', host: { capacity: { cpu: '32', memory: '128Gi', storage: '1.5.0' } } },
  { mistake: 'capacity missing', rule: 'HC-2', host: { capacity: anything(undefined) } },
  { mistake: 'IP range backwards', rule: 'HC-3', host: { endpoint: metallb('10.0.0.20-10.0.0.10') } },
  { mistake: 'IP ranges overlapping', rule: 'HC-3', host: { endpoint: metallb('10.0.0.0/24', '10.0.0.128/25') } },
  { mistake: 'IP range of mixed families', rule: 'HC-3', host: { endpoint: metallb('10.0.0.1-fd00::1') } },
  { mistake: 'CIDR with host bits', rule: 'HC-3', host: { endpoint: metallb('10.0.0.1/24') } },
  { mistake: 'not an address', rule: 'HC-3', host: { endpoint: metallb('10.0.0.256/32') } },
  { mistake: 'pools too small for the virtual clusters', rule: 'HC-4', host: { endpoint: metallb('10.0.0.1-10.0.0.1') }, extra: (_, group) => group.addVirtualCluster('Second', { name: 'second' }) },
  { mistake: 'your provider with the alias of a host', rule: 'HC-1', extra: (stack) => new KubernetesProvider(stack, 'Mine', { alias: 'h1' }) },
  {
    mistake: 'one provider pair for two hosts',
    rule: 'HC-1',
    extra: (stack, group) => {
      const providers = { kubernetes: new KubernetesProvider(stack, 'K', { alias: 'shared' }), helm: new HelmProvider(stack, 'H', { alias: 'shared' }) };
      group.addHost('x', host('x', { providers, endpoint: metallb('10.60.0.0/24') }));
      group.addHost('y', host('y', { providers, endpoint: metallb('10.61.0.0/24') }));
    },
  },
  { mistake: 'address pools a number, not a list', rule: 'HC-3', host: { endpoint: HostEndpoint.metallb({ addressPools: anything(5) }) } },
  { mistake: 'IPv4 with a leading zero', rule: 'HC-3', host: { endpoint: metallb('010.20.0.0/24') } },
  {
    mistake: 'BGP peer with AS number 0',
    rule: 'HC-3',
    host: { endpoint: HostEndpoint.metallb({ addressPools: ['10.20.0.0/24'], bgpPeers: [{ name: 'tor', myAsn: 0, peerAsn: 64513, peerAddress: '10.20.1.1' }] }) },
  },
  { mistake: 'no connection', rule: 'HC-5', host: { connection: undefined } },
  {
    mistake: 'providers without a helm provider',
    rule: 'HC-5',
    extra: (stack, group) => group.addHost('x', host('x', { providers: anything({ kubernetes: new KubernetesProvider(stack, 'K', { alias: 'x' }) }), endpoint: metallb('10.60.0.0/24') })),
  },
  {
    mistake: 'a token without the cluster CA',
    rule: 'HC-5',
    extra: (stack, group) => {
      const token = new TerraformVariable(stack, 'x_token', { type: 'string', sensitive: true });
      group.addHost('x', host('x', { connection: Connection.token({ host: 'https://x:6443', clusterCaCertificate: '', token }), endpoint: metallb('10.60.0.0/24') }));
    },
  },
  {
    mistake: 'two hosts on one kubeconfig context',
    rule: 'HC-5',
    extra: (_, group) => group.addHost('h2', host('h2', { connection: Connection.kubeconfig('~/.kube/config', 'h1'), endpoint: metallb('10.60.0.0/24') })),
  },
  {
    mistake: 'an exec plugin without the cluster CA',
    rule: 'HC-5',
    host: { connection: Connection.exec({ host: 'https://h1:6443', apiVersion: 'client.authentication.k8s.io/v1beta1', command: 'login' }) },
  },
  { mistake: 'connection of the wrong kind', rule: 'HC-5', host: { connection: anything({ configPath: '~/.kube/config' }) } },
  { mistake: 'a literal token', rule: 'HC-5', host: { connection: Connection.token({ host: 'https://h:6443', clusterCaCertificate: 'PEM', token: anything<TerraformVariable>('s3cr3t') }) } },
  {
    mistake: 'a BGP password typed into code',
    rule: 'HC-6',
    host: {
      endpoint: HostEndpoint.metallb({
        addressPools: ['10.20.0.0/24'],
        bgpPeers: [{ name: 'tor', myAsn: 64512, peerAsn: 64513, peerAddress: '10.20.1.1', password: anything<TerraformVariable>('s3cr3t') }],
      }),
    },
  },
  { mistake: 'MetalLB values with a misspelt key', rule: 'HC-7', host: { endpoint: HostEndpoint.metallb({ addressPools: ['10.20.0.0/24'], values: { speaker: { toleration: [] } } }) } },
  { mistake: 'virtual cluster name empty', rule: 'VC-1', vc: { name: '' } },
  { mistake: 'virtual cluster name too long (53)', rule: 'VC-1', vc: { name: 'v'.repeat(53) } },
  { mistake: 'virtual cluster name starting with a digit', rule: 'VC-1', vc: { name: '1team' } },
  { mistake: 'virtual cluster name with a space', rule: 'VC-1', vc: { name: 'team a' } },
  { mistake: 'virtual cluster named after a system namespace', rule: 'VC-1', vc: { name: 'kube-system' } },
  { mistake: 'two virtual clusters of one name', rule: 'VC-1', extra: (_, group) => group.addVirtualCluster('Twin', { name: 'team-a' }) },
  { mistake: 'a host where a group was expected', rule: 'VC-1', extra: (stack, group) => new VirtualCluster(stack, 'Lost', { name: 'lost', group: anything(group.node.findChild('h1')) }) },
  { mistake: 'request "8GB"', rule: 'VC-2', vc: { resources: { memory: '8GB' } } },
  { mistake: 'request above the group maximum', rule: 'VC-2', vc: { resources: { cpu: '16' } } },
  { mistake: 'request below the distribution minimum', rule: 'VC-2', vc: { resources: { memory: '1Gi' } } },
  { mistake: 'pinned to a foreign host', rule: 'VC-3', vc: { host: 'elsewhere' } },
  { mistake: 'traffic policy misspelt', rule: 'VC-6', vc: { loadBalancer: { externalTrafficPolicy: anything('local') } } },
  { mistake: 'source range not a CIDR', rule: 'VC-6', vc: { loadBalancer: { sourceRanges: ['10.0.0.1'] } } },
  { mistake: 'source ranges a number, not a list', rule: 'VC-6', vc: { loadBalancer: { sourceRanges: anything(5) } } },
  { mistake: 'a load-balancer address on a MetalLB host', rule: 'VC-6', vc: { loadBalancer: { address: '203.0.113.10' } } },
  { mistake: 'owner quota malformed', rule: 'OQ-1', group: { ownerQuotas: { payments: { memory: '16GB' } } } },
  { mistake: 'disk backup', rule: 'CG-18', group: { diskBackup: true } },
  { mistake: 'cluster-wide RBAC rules in a virtual cluster’s values', rule: 'VC-7', vc: { values: { rbac: { clusterRole: { extraRules: [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }] } } } } },
  { mistake: 'host manifests in a virtual cluster’s values', rule: 'VC-7', vc: { values: 'experimental:\n  deploy:\n    host:\n      manifests: "kind: ClusterRoleBinding"\n' } },
  { mistake: 'ingress syncing in a virtual cluster’s values', rule: 'VC-7', vc: { values: { sync: { toHost: { ingresses: { enabled: true } } } } } },
  { mistake: 'an allowance without a reason', rule: 'VC-7', group: { allowTenantValues: [{ key: 'rbac.role.extraRules', reason: '' }] } },
  { mistake: 'kubeconfig contents given as the path', rule: 'HC-5', host: { connection: Connection.kubeconfig('apiVersion: v1\nusers: []\n') } },
  {
    mistake: 'credentials in the API server URL',
    rule: 'HC-5',
    host: { connection: Connection.exec({ host: 'https://admin:pw@h:6443', apiVersion: 'client.authentication.k8s.io/v1', command: 'x' }) },
  },
  {
    mistake: 'a sensitive variable with a default',
    rule: 'HC-5',
    extra: (stack, group) => {
      const token = new TerraformVariable(stack, 'x_token', { type: 'string', sensitive: true, default: 'x' });
      group.addHost('x', host('x', { connection: Connection.token({ host: 'https://x:6443', clusterCaCertificate: 'PEM', token }), endpoint: metallb('10.60.0.0/24') }));
    },
  },
  { mistake: 'credentials in a chart repository URL', rule: 'CG-16', group: { chartRepositories: { metallb: 'https://bot:pw@mirror.example.com' } } },
  { mistake: 'a chart repository that is not a URL', rule: 'CG-16', group: { chartRepositories: { vcluster: 'charts.loft.sh' } } },
  { mistake: 'credentials in a Gateway chart mirror', rule: 'CG-16', group: { chartRepositories: { envoyGateway: 'oci://bot:pw@mirror.example.com/envoyproxy' } } },
  { mistake: 'paused "false", a string', rule: 'VC-4', vc: { paused: anything('false') } },
  { mistake: 'an owner no quota names', rule: 'OQ-1', group: { ownerQuotas: { payments: { virtualClusters: 2 } } }, vc: { owner: 'constructor' } },
  { mistake: 'values that refer to themselves', rule: 'CG-17', vc: { values: anything(((o: Record<string, unknown>) => ((o.self = o), o))({})) } },
  { mistake: 'a pool with spaces around it', rule: 'HC-3', host: { endpoint: metallb('10.20.0.0/24 ') } },
  { mistake: 'an IPv4-mapped IPv6 pool', rule: 'HC-3', host: { endpoint: metallb('::ffff:10.20.0.0/120') } },
  {
    mistake: 'two groups handing out one IP',
    rule: 'VC-8',
    extra: (stack) => {
      const other = new ClusterGroup(stack, 'Other', { name: 'other', endpointType: EndpointType.LOAD_BALANCER });
      other.addHost('x', host('x'));
      other.addVirtualCluster('B', { name: 'team-b' });
    },
  },
  {
    mistake: 'a Terraform variable inside values',
    rule: 'CG-17',
    extra: (stack, group) => group.addVirtualCluster('T', { name: 't', values: { x: new TerraformVariable(stack, 'v', { type: 'string' }).stringValue } }),
  },
  {
    mistake: 'lock file with a duplicate key',
    rule: 'PL-2',
    lock: '{"version":1,"stacks":{"s":{"groups":{"lb":{"distribution":"k8s","virtualClusters":{"team-a":{"host":"h1"},"team-a":{"host":"h2"}}}}}}}',
  },
  { mistake: 'lock file with an unknown field', rule: 'PL-2', lock: lockOf({ 'team-a': { host: 'h1', hots: 'h2' } }) },
  { mistake: 'lock file of another version', rule: 'PL-2', lock: { version: 2, stacks: {} } },
  { mistake: "a locked IP outside the host's pools", rule: 'PL-3', lock: lockOf({ 'team-a': { host: 'h1', ip: '10.99.0.1' } }) },
  {
    mistake: 'two virtual clusters on one locked IP',
    rule: 'PL-3',
    lock: lockOf({ 'team-a': { host: 'h1', ip: '10.20.0.5' }, 'team-b': { host: 'h1', ip: '10.20.0.5' } }),
    extra: (_, group) => group.addVirtualCluster('B', { name: 'team-b' }),
  },
  { mistake: 'the host of a running virtual cluster left the group', rule: 'PL-4', lock: lockOf({ 'team-a': { host: 'gone' } }) },
  {
    mistake: 'a pin that moves a running virtual cluster',
    rule: 'PL-4',
    lock: lockOf({ 'team-a': { host: 'h1' } }),
    vc: { host: 'h2' },
    extra: (_, group) => group.addHost('h2', host('h2', { endpoint: metallb('10.21.0.0/24') })),
  },
  { mistake: 'a move acknowledged without a reason', rule: 'PL-4', vc: { acknowledgeMove: { reason: '' } } },
  { mistake: 'host formerName not a DNS label', rule: 'PL-4', host: { formerName: 'Old_DC' } },
  {
    mistake: 'a Gateway on an edge host behind a load balancer',
    rule: 'CG-9',
    extra: gatewayGroup(HostEndpoint.gateway({ service: GatewayService.LOAD_BALANCER }), { host: { kind: HostKind.EDGE } }),
  },
  { mistake: 'an existing Gateway without passthrough asserted', rule: 'CG-11', extra: gatewayGroup(existingGateway({ tlsPassthrough: false })) },
  { mistake: 'a Gateway implementation misspelt', rule: 'CG-11', extra: gatewayGroup(HostEndpoint.gateway({ implementation: anything('envoy') })) },
  { mistake: 'a Gateway with vcluster chart 0.33', rule: 'CG-23', extra: gatewayGroup(HostEndpoint.gateway(), { group: { vclusterChartVersion: '0.33.2' } }) },
  { mistake: 'Gateway API CRDs present without their version', rule: 'CG-23', extra: gatewayGroup(HostEndpoint.gateway({ gatewayApiCrds: GatewayApiCrds.PRESENT })) },
  { mistake: 'an existing Gateway on Gateway API v1.4', rule: 'CG-23', extra: gatewayGroup(existingGateway({ gatewayApiBundle: 'v1.4.1' })) },
  { mistake: 'an existing Gateway listening for another domain', rule: 'CG-24', extra: gatewayGroup(existingGateway({ listenerHostname: '*.apps.other.example.com' })) },
  {
    mistake: 'a TLSRoute spec in a virtual cluster’s values',
    rule: 'CG-24',
    extra: gatewayGroup(HostEndpoint.gateway(), { vc: { values: { controlPlane: { tlsRoute: { spec: { hostnames: ['team-a.apps.gw.example.com'] } } } } } }),
  },
  { mistake: 'a host the lock records in another stack', rule: 'PL-7', lock: { version: 1, stacks: { other: { groups: { lb: { distribution: 'k8s', virtualClusters: { x: { host: 'h1' } } } } } } } },
];

function errorsOf(entry: Case): string {
  const lockFile = entry.lock === undefined ? false : join(mkdtempSync(join(tmpdir(), 'cg-cat-')), 'cluster-groups.lock.json');
  if (lockFile) writeFileSync(lockFile, typeof entry.lock === 'string' ? entry.lock : JSON.stringify(entry.lock));
  const app = testApp({ 'cluster-groups:lockFile': lockFile });
  const stack = new TerraformStack(app, 's');
  const group = new ClusterGroup(stack, 'G', { name: 'lb', endpointType: EndpointType.LOAD_BALANCER, ...entry.group });
  group.addHost('h1', { ...host('h1'), ...entry.host });
  group.addVirtualCluster('V', { name: 'team-a', ...entry.vc });
  entry.extra?.(stack, group);
  try {
    app.synth();
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the bad-input catalogue', () => {
  it.each(CATALOGUE.map((entry) => [entry.mistake, entry.rule, entry] as const))('%s → %s', (_, rule, entry) => {
    const message = errorsOf(entry);
    // A mistake in the lock file is reported at the file's path, every other at the construct's.
    expect(message).toMatch(new RegExp(`\\[${rule}\\] (s/[^:]*|/\\S*/cluster-groups\\.lock\\.json): received .*; expected .*\\. Fix: `));
    expect(message).not.toMatch(/\n\s+at /);
  });

  it("is the README's table, row for row", () => {
    const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| mistake | rule |'), readme.indexOf('## Constructs and props')).trim().split('\n').slice(2);
    expect(table).toEqual(CATALOGUE.map((entry) => `| ${entry.mistake} | ${entry.rule} |`));
  });

  it('has a valid base case', () => {
    expect(errorsOf({ mistake: 'none', rule: '' })).toBe('');
  });
});
