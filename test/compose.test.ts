import { ConfigMapV1 } from '@cdktf/provider-kubernetes/lib/config-map-v1';
import { TerraformOutput, TerraformStack } from 'cdktf';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind } from '../constructs';
import { synthStacks, testApp, TerraformJson } from './support/synth';

const capacity = { cpu: '32', memory: '128Gi', storage: '1Ti' };

/** A larger stack using what the constructs expose: outputs of every attribute and a config map in a virtual cluster's namespace. */
function composed(): TerraformJson {
  const app = testApp();
  const stack = new TerraformStack(app, 'platform');
  const lb = new ClusterGroup(stack, 'Lb', { name: 'dc-lb', endpointType: EndpointType.LOAD_BALANCER, description: 'Data centre ${var.x}', tags: { 'example.com/team': 'platform' } });
  const dc1 = lb.addHost('dc1', {
    name: 'dc1',
    kind: HostKind.PRIVATE_CLOUD,
    capacity,
    connection: Connection.kubeconfig('~/.kube/config', 'dc1'),
    endpoint: HostEndpoint.metallb({ addressPools: ['10.1.0.16/28'] }),
  });
  const team = lb.addVirtualCluster('TeamA', { name: 'team-a' });
  const web = new ClusterGroup(stack, 'Web', { name: 'web', endpointType: EndpointType.INGRESS });
  web.addHost('eu1', {
    name: 'eu1',
    kind: HostKind.PUBLIC_CLOUD,
    capacity,
    connection: Connection.kubeconfig('~/.kube/config', 'eu1'),
    endpoint: HostEndpoint.ingressNginx(),
    wildcardDns: '*.apps.eu1.example.com',
  });
  web.addHost('eu2', {
    name: 'eu2',
    kind: HostKind.PUBLIC_CLOUD,
    capacity,
    connection: Connection.kubeconfig('~/.kube/config', 'eu2'),
    endpoint: HostEndpoint.existingIngress({ className: 'nginx', sslPassthrough: true }),
    wildcardDns: '*.apps.eu2.example.com',
  });
  const shop = web.addVirtualCluster('Shop', { name: 'shop', host: 'eu1' });

  const out = (id: string, value: string | undefined) => new TerraformOutput(stack, id, { value });
  out('team_namespace', team.namespace);
  out('team_secret', team.kubeconfigSecretName);
  out('team_secret_namespace', team.kubeconfigSecretNamespace);
  out('team_host', team.hostName);
  out('team_endpoint', team.endpoint);
  out('shop_endpoint', shop.endpoint);
  out('eu1_address', web.hostAddress('eu1'));
  out('dc1_address', dc1.externalAddress);
  expect(web.hostAddress('eu2')).toBeUndefined();
  expect(web.hostAddress('nowhere')).toBeUndefined();
  new ConfigMapV1(stack, 'Settings', { provider: dc1.kubernetesProvider, metadata: { name: 'settings', namespace: team.namespace }, data: { group: team.group.name } });
  return synthStacks(app).platform;
}

describe('what a larger stack reads of a group and its virtual clusters', () => {
  const json = composed();
  const value = (name: string) => json.output[name].value;

  it('reads a virtual cluster’s namespace and kubeconfig secret from its release, so users wait for it', () => {
    expect(value('team_namespace')).toBe('${helm_release.vcluster_dc1["team-a"].namespace}');
    expect(value('team_secret')).toBe('vc-${helm_release.vcluster_dc1["team-a"].name}');
    expect(value('team_secret_namespace')).toBe(value('team_namespace'));
    expect(json.resource.kubernetes_config_map_v1.Settings.metadata.namespace).toBe('${helm_release.vcluster_dc1["team-a"].namespace}');
    expect(json.resource.kubernetes_config_map_v1.Settings.data.group).toBe('dc-lb');
  });

  it('gives the host placed on and the endpoint known at synth, as plain text', () => {
    expect(value('team_host')).toBe('dc1');
    expect(value('team_endpoint')).toBe('https://10.1.0.16:443');
    expect(value('shop_endpoint')).toBe('https://shop.apps.eu1.example.com');
  });

  it('reads an ingress host’s address after apply from its controller’s Service, after the release', () => {
    expect(value('eu1_address')).toBe(
      '${coalesce(data.kubernetes_service_v1.ingress_nginx_eu1.status[0].load_balancer[0].ingress[0].ip, data.kubernetes_service_v1.ingress_nginx_eu1.status[0].load_balancer[0].ingress[0].hostname)}',
    );
    const reader = json.data.kubernetes_service_v1.ingress_nginx_eu1;
    expect(reader).toMatchObject({ metadata: { name: 'ingress-nginx-controller', namespace: 'ingress-nginx' }, depends_on: ['helm_release.ingress_nginx_eu1'], provider: 'kubernetes.eu1' });
    expect(Object.keys(json.data.kubernetes_service_v1)).toEqual(['ingress_nginx_eu1']);
    expect(json.resource.helm_release).toHaveProperty('ingress_nginx_eu1');
  });

  it('gives a MetalLB host’s pools as its address', () => {
    expect(value('dc1_address')).toBe('10.1.0.16/28');
  });

  it('labels every namespace of the group with its tags, beside ours, and describes its output', () => {
    const namespaces = json.resource.kubernetes_namespace_v1;
    expect(namespaces.vcluster_dc1.metadata.labels).toMatchObject({ 'example.com/team': 'platform', 'app.kubernetes.io/managed-by': 'cdktf-cluster-groups' });
    expect(namespaces.metallb_dc1.metadata.labels).toMatchObject({ 'example.com/team': 'platform', 'pod-security.kubernetes.io/enforce': 'privileged' });
    expect(namespaces.ingress_nginx_eu1.metadata.labels).not.toHaveProperty('example.com/team');
    expect(json.output.cluster_group_dc_lb.description).toMatch(/\(never the secret itself\)\. Data centre \$\$\{var\.x\}$/);
    expect(json.output.cluster_group_web.description).toMatch(/\(never the secret itself\)\.$/);
  });
});

describe('a virtual cluster whose endpoint only the cloud load balancer knows', () => {
  function cloud(read: boolean, address?: string): () => void {
    const app = testApp();
    const stack = new TerraformStack(app, 'cloud');
    const group = new ClusterGroup(stack, 'G', { name: 'cloud', endpointType: EndpointType.LOAD_BALANCER });
    group.addHost('h', { name: 'h', kind: HostKind.PUBLIC_CLOUD, capacity, connection: Connection.kubeconfig('~/.kube/config', 'h'), endpoint: HostEndpoint.cloudLoadBalancer() });
    const vc = group.addVirtualCluster('P', { name: 'pending', loadBalancer: address ? { address } : undefined });
    if (read) new TerraformOutput(stack, 'endpoint', { value: vc.endpoint });
    return () => app.synth();
  }

  it('fails the synth with VC-6 when the stack reads that endpoint', () => {
    expect(cloud(true)).toThrow(/\[VC-6\] cloud\/G\/P: received no address behind the cloud load balancer of host h, and the stack reads its endpoint/);
  });

  it('synthesizes when the address is given, or when the endpoint is not read (a warning)', () => {
    expect(cloud(true, '203.0.113.10')).not.toThrow();
    expect(cloud(false)).not.toThrow();
  });
});
