import { TerraformOutput, TerraformStack } from 'cdktf';
import { ClusterGroup, Connection, EndpointType, GatewayImplementation, GatewayService, HostEndpoint, HostKind } from '../constructs';
import { capacity } from './support/hosts';
import { synthStacks, testApp, TerraformJson } from './support/synth';

interface Read {
  /** The address `hostAddress` gave (undefined where unknown). */
  readonly address: string | undefined;
  readonly json: TerraformJson;
}

/** An Ingress group `web` of one host `a` with the given endpoint, whose address a larger stack reads into an output (unless `reads` is false). */
function read(endpoint: HostEndpoint, kind = HostKind.PUBLIC_CLOUD, reads = true): Read {
  const app = testApp();
  const stack = new TerraformStack(app, 's');
  const group = new ClusterGroup(stack, 'G', { name: 'web', endpointType: EndpointType.INGRESS });
  const host = group.addHost('a', { name: 'a', kind, capacity, connection: Connection.kubeconfig('~/.kube/config', 'a'), endpoint, wildcardDns: '*.apps.a.example.com' });
  group.addVirtualCluster('Web', { name: 'web' });
  if (!reads) return { address: undefined, json: synthStacks(app).s };
  const address = group.hostAddress('a');
  const external = host.externalAddress;
  if (address !== undefined) new TerraformOutput(stack, 'a_address', { value: address });
  if (external !== undefined) new TerraformOutput(stack, 'a_external', { value: external });
  const json = synthStacks(app).s;
  // Both ways to read it give the same expression, and one reader.
  expect(json.output?.a_external).toEqual(json.output?.a_address);
  return { address, json };
}

/** The host's one Gateway reader as Terraform gets it, without cdktf's construct metadata. */
function gatewayReader(json: TerraformJson): unknown {
  expect(Object.keys(json.data.kubernetes_resource)).toEqual(['gateway_a']);
  const { '//': _metadata, ...written } = json.data.kubernetes_resource.gateway_a;
  return written;
}

const GATEWAY_STATUS = '${data.kubernetes_resource.gateway_a.object.status.addresses[0].value}';

describe('a Gateway host’s address, read after apply from the Gateway’s status', () => {
  it.each([
    ['Envoy Gateway', GatewayImplementation.ENVOY_GATEWAY, 'envoy-gateway-system'],
    ['NGINX Gateway Fabric', GatewayImplementation.NGINX_GATEWAY_FABRIC, 'nginx-gateway'],
  ])('reads our Gateway installed with %s, after the release that creates it', (_, implementation, namespace) => {
    const { json } = read(HostEndpoint.gateway({ implementation }));
    expect(json.output.a_address.value).toBe(GATEWAY_STATUS);
    expect(gatewayReader(json)).toEqual({
      api_version: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: { name: 'vclusters', namespace },
      depends_on: ['helm_release.gatewayconfig_a'],
      provider: 'kubernetes.a',
    });
    expect(json.resource.helm_release).toHaveProperty('gatewayconfig_a');
    expect(json.data.kubernetes_service_v1).toBeUndefined();
  });

  it('reads an existing Gateway as declared, waiting for nothing of ours', () => {
    const { json } = read(HostEndpoint.existingGateway({ name: 'shared', namespace: 'gateways', listener: 'tls', tlsPassthrough: true, gatewayApiBundle: 'v1.6.1' }));
    expect(json.output.a_address.value).toBe(GATEWAY_STATUS);
    expect(gatewayReader(json)).toEqual({ api_version: 'gateway.networking.k8s.io/v1', kind: 'Gateway', metadata: { name: 'shared', namespace: 'gateways' }, provider: 'kubernetes.a' });
  });

  it('is unknown for a Gateway on the nodes’ port 443 (an edge host: the nodes’ addresses), and creates no reader', () => {
    const { address, json } = read(HostEndpoint.gateway({ service: GatewayService.HOST_PORT }), HostKind.EDGE);
    expect(address).toBeUndefined();
    expect(json.data).toBeUndefined();
  });

  it('creates no reader until the address is read', () => {
    expect(read(HostEndpoint.gateway(), HostKind.PUBLIC_CLOUD, false).json.data).toBeUndefined();
  });
});
