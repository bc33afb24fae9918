import { TerraformStack } from 'cdktf';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind } from '../../constructs';
import { isDns1035Label } from '../../src/model/names';
import { VIRTUAL_CLUSTER_NAME_LIMIT } from '../../src/rules/VC-1';
import { describeWithCharts } from '../support/charts';
import { K8sObject, renderAll, Rendered } from '../support/helm';
import { lbWith, vc, rulesOf, run, validLbModel } from '../support/model';
import { chartDir, renderStacks } from '../support/render';
import { synthStacks, testApp } from '../support/synth';

const longest = 'v'.repeat(VIRTUAL_CLUSTER_NAME_LIMIT);
const named = (...names: string[]) => ({ ...validLbModel(), virtualClusters: names.map((name) => vc(name)) });

describe('VC-1: names the vcluster chart can turn into Kubernetes objects', () => {
  it.each([longest, 'a', 'team-a', 'a1'])('accepts %p', (name) => {
    expect(rulesOf(run(named(name))).errors).toEqual([]);
  });

  it.each(['v'.repeat(VIRTUAL_CLUSTER_NAME_LIMIT + 1), '1team', '0', 'team-', 'Team'])('refuses %p', (name) => {
    expect(rulesOf(run(named(name))).errors).toEqual(['VC-1']);
  });
});

/** Kubernetes' IsDNS1123Subdomain: at most 253, dot-separated alphanumeric runs (no limit per label). */
const isSubdomain = (name: string) => name.length <= 253 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(name);

/** Kubernetes' checks of the names the chart derives: Services are DNS-1035 labels, other objects DNS subdomains, label values at most 63. */
function nameProblems(release: Rendered): string[] {
  const problems: string[] = [];
  for (const object of release.objects) {
    const { kind, metadata } = object as K8sObject;
    const name = String(metadata.name);
    if (kind === 'Service' && !isDns1035Label(name)) problems.push(`Service ${name}: not a DNS-1035 label`);
    if (!isSubdomain(name)) problems.push(`${kind} ${name}: not a DNS subdomain`);
    // The StatefulSet controller labels each pod with `<StatefulSet>-<revision hash of up to 10 characters>`.
    if (kind === 'StatefulSet' && name.length + 11 > 63) problems.push(`StatefulSet ${name}: its pods' controller-revision-hash label would pass 63`);
    const labels = { ...metadata.labels, ...object.spec?.template?.metadata?.labels };
    for (const [key, value] of Object.entries(labels)) if (String(value).length > 63) problems.push(`${kind} ${name}: label ${key} longer than 63`);
  }
  return problems;
}

describeWithCharts('VC-1, proven from the rendered chart', () => {
  it('every object the chart renders for the longest accepted name is valid, behind a load balancer and behind an ingress', async () => {
    const app = testApp();
    const stack = new TerraformStack(app, 's');
    const common = { kind: HostKind.PRIVATE_CLOUD, capacity: { cpu: '32', memory: '64Gi', storage: '1Ti' } };
    const lb = new ClusterGroup(stack, 'Lb', { name: 'lb', endpointType: EndpointType.LOAD_BALANCER });
    lb.addHost('h', { ...common, name: 'h', connection: Connection.kubeconfig('~/.kube/config', 'h'), endpoint: HostEndpoint.metallb({ addressPools: ['10.9.0.0/28'] }) });
    lb.addVirtualCluster('V', { name: longest });
    const web = new ClusterGroup(stack, 'Web', { name: 'web', endpointType: EndpointType.INGRESS });
    web.addHost('i', { ...common, name: 'i', connection: Connection.kubeconfig('~/.kube/config', 'i'), endpoint: HostEndpoint.ingressNginx(), wildcardDns: '*.apps.example.com' });
    web.addVirtualCluster('W', { name: `w${longest.slice(1)}` });
    const vclusters = [...(await renderStacks(synthStacks(app), (address) => address.startsWith('helm_release.vcluster_'))).values()].filter((r) => r.job.address.includes('vcluster_'));
    expect(vclusters.map((r) => r.job.release.length)).toEqual([VIRTUAL_CLUSTER_NAME_LIMIT, VIRTUAL_CLUSTER_NAME_LIMIT]);
    for (const release of vclusters) expect(nameProblems(release)).toEqual([]);
  });

  it('one character more, or a leading digit, renders objects Kubernetes refuses', async () => {
    const job = (name: string) => ({ address: name, release: name, namespace: name, chartDir: chartDir({ address: name, chart: 'vcluster', version: '0.36.1' }), version: '0.36.1', values: '{}' });
    const [tooLong, digit] = await renderAll([job('v'.repeat(VIRTUAL_CLUSTER_NAME_LIMIT + 1)), job('1team')]);
    expect(nameProblems(tooLong)).toContain(`StatefulSet ${'v'.repeat(VIRTUAL_CLUSTER_NAME_LIMIT + 1)}: its pods' controller-revision-hash label would pass 63`);
    expect(nameProblems(digit)).toContain('Service 1team: not a DNS-1035 label');
  });
});

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
