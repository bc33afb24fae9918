import { TerraformStack } from 'cdktf';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind, ObjectQuota } from '../constructs';
import { parseAmount } from '../src/model/quantity';
import { describeWithCharts, readYaml } from './support/charts';
import { K8sObject, Rendered } from './support/helm';
import { only, renderStacks } from './support/render';
import { synthStacks, testApp } from './support/synth';

const MI = 1024 ** 2;

/** One LoadBalancer and one Ingress virtual cluster of 4 CPU / 4Gi / 2Gi (the default request), the first with the group's object counts. */
async function render(objectQuota?: ObjectQuota): Promise<{ lb: Rendered; web: Rendered }> {
  const app = testApp();
  const stack = new TerraformStack(app, 's');
  const common = { kind: HostKind.PRIVATE_CLOUD, capacity: { cpu: '32', memory: '64Gi', storage: '1Ti' } };
  const lb = new ClusterGroup(stack, 'Lb', { name: 'lb', endpointType: EndpointType.LOAD_BALANCER, objectQuota });
  lb.addHost('h', { ...common, name: 'h', connection: Connection.kubeconfig('~/.kube/config', 'h'), endpoint: HostEndpoint.metallb({ addressPools: ['10.9.0.0/28'] }) });
  lb.addVirtualCluster('A', { name: 'a' });
  const web = new ClusterGroup(stack, 'Web', { name: 'web', endpointType: EndpointType.INGRESS });
  web.addHost('i', { ...common, name: 'i', connection: Connection.kubeconfig('~/.kube/config', 'i'), endpoint: HostEndpoint.ingressNginx(), wildcardDns: '*.apps.example.com' });
  web.addVirtualCluster('W', { name: 'w' });
  const rendered = [...(await renderStacks(synthStacks(app), (address) => address.startsWith('helm_release.vcluster_'))).values()];
  const find = (name: string) => rendered.find((r) => r.job.address.includes('vcluster_') && r.job.release === name) as Rendered;
  return { lb: find('a'), web: find('w') };
}

/** CPU in millicores, memory in Mi, of a container's requests or limits, the limit range's default where it sets none. */
function amounts(resources: K8sObject | undefined, kind: 'requests' | 'limits', fallback: K8sObject): { cpu: number; memory: number } {
  const of = (key: 'cpu' | 'memory') => parseAmount(key, resources?.[kind]?.[key] ?? fallback[key]) as number;
  return { cpu: of('cpu'), memory: Math.round(of('memory') / MI) };
}

describeWithCharts("each virtual cluster's quota means what it says, as the chart renders it", () => {
  let lb: Rendered;
  let web: Rendered;
  beforeAll(async () => ({ lb, web } = await render()), 60_000);

  it('holds only what we decided: compute and storage from the request, object counts from the group (the chart defaults written out), no other number of the chart', () => {
    expect(only(lb, 'ResourceQuota').spec.hard).toEqual({
      'requests.cpu': '4',
      'limits.cpu': '4',
      'requests.memory': '4Gi',
      'limits.memory': '4Gi',
      'requests.storage': '2Gi',
      'count/pods': '20',
      'count/services': '20',
      'count/persistentvolumeclaims': '20',
      'count/secrets': '100',
      'count/configmaps': '100',
      'services.loadbalancers': '1',
      'services.nodeports': '1',
    });
    expect(only(web, 'ResourceQuota').spec.hard).toMatchObject({ 'services.loadbalancers': '0', 'services.nodeports': '0' });
  });

  it("storage: the quota is the request VC-4 counts on the host, and the control plane's volume fits in it", () => {
    const hard = only(lb, 'ResourceQuota').spec.hard;
    const volume = only(lb, 'StatefulSet').spec.volumeClaimTemplates[0].spec.resources.requests.storage;
    expect(parseAmount('storage', volume)).toBeLessThanOrEqual(parseAmount('storage', hard['requests.storage']) as number);
  });

  it("takes the group's object counts", async () => {
    const { lb: custom } = await render({ pods: 40, loadBalancers: 2, secrets: 10 });
    expect(only(custom, 'ResourceQuota').spec.hard).toMatchObject({ 'count/pods': '40', 'count/secrets': '10', 'services.loadbalancers': '3', 'services.nodeports': '3', 'count/services': '20' });
  }, 60_000);

  it('gives the control plane an explicit CPU limit, so the limit range does not cap the API server at its default of one CPU', () => {
    const syncer = only(lb, 'StatefulSet').spec.template.spec.containers.find((c: K8sObject) => c.name === 'syncer');
    expect(syncer.resources.limits.cpu).toBe('2000m');
    expect(only(lb, 'LimitRange').spec.limits[0].default.cpu).toBe('1');
  });

  it('leaves a 4 CPU / 4Gi virtual cluster what the README says for its workloads, once its control plane and CoreDNS run', () => {
    const range = only(lb, 'LimitRange').spec.limits[0];
    const hard = only(lb, 'ResourceQuota').spec.hard;
    const pod = only(lb, 'StatefulSet').spec.template.spec;
    // CoreDNS runs inside the virtual cluster and is synced into this namespace as a pod, with the chart's resources.
    const coredns = (readYaml('vcluster/0.36.1/values.yaml') as K8sObject).controlPlane.coredns.deployment.resources;
    const left = (kind: 'requests' | 'limits') => {
      // A pod counts the larger of its init containers and the sum of its containers.
      const sum = (list: K8sObject[]) =>
        list.map((c) => amounts(c.resources, kind, kind === 'limits' ? range.default : range.defaultRequest)).reduce((a, b) => ({ cpu: a.cpu + b.cpu, memory: a.memory + b.memory }));
      const main = sum(pod.containers);
      const init = sum(pod.initContainers);
      const controlPlane = { cpu: Math.max(main.cpu, init.cpu), memory: Math.max(main.memory, init.memory) };
      const dns = amounts(coredns, kind, {});
      return {
        cpu: (parseAmount('cpu', hard[`${kind}.cpu`]) as number) - controlPlane.cpu - dns.cpu,
        memory: (parseAmount('memory', hard[`${kind}.memory`]) as number) / MI - controlPlane.memory - dns.memory,
      };
    };
    expect({ requests: left('requests'), limits: left('limits') }).toEqual({ requests: { cpu: 3780, memory: 3776 }, limits: { cpu: 1000, memory: 1878 } });
  });
});
