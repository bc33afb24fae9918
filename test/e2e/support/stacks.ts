import { App, LocalBackend, TerraformStack } from 'cdktf';
import { ClusterGroup, Connection, EndpointType, GatewayApiCrds, GatewayImplementation, HostEndpoint, HostKind } from '../../../constructs';

/**
 * A stack for the day-2 cycle (no-op, add, remove, destroy): two cloud hosts like the default
 * example's, but with an ingress controller already on them instead of the ingress-nginx we install.
 * The charts we install bring admission webhooks that no pod can answer here (no kubelet), so a
 * stack that installs them cannot converge on these API servers; this one installs only what the
 * day-2 cycle is about: namespaces and vcluster releases.
 */
/** Its hosts, each a kubeconfig context of its own: no other file of the suite deploys there, so the files run side by side. */
export const CLOUD_HOSTS = ['cloud1', 'cloud2'];

export function cloudStack(app: App, virtualClusters: readonly string[] = ['web', 'data']): TerraformStack {
  const stack = new TerraformStack(app, 'cloud');
  new LocalBackend(stack, { path: 'terraform.cloud.tfstate' });
  const group = new ClusterGroup(stack, 'Apps', { name: 'apps', endpointType: EndpointType.INGRESS });
  for (const name of CLOUD_HOSTS) {
    group.addHost(name, {
      name,
      kind: HostKind.PUBLIC_CLOUD,
      capacity: { cpu: '48', memory: '192Gi', storage: '2Ti' },
      connection: Connection.kubeconfig('~/.kube/config', name),
      endpoint: HostEndpoint.existingIngress({ className: 'nginx', sslPassthrough: true }),
      wildcardDns: `*.apps.${name}.example.com`,
    });
  }
  for (const name of virtualClusters) group.addVirtualCluster(name, { name });
  return stack;
}

/** The host of the Gateway stack: the run gives its API server the Gateway API standard CRDs (v1.6.1) before the suite starts. */
export const GATEWAY_HOST = 'gw1';

/**
 * An Ingress group served through a Gateway we install: NGINX Gateway Fabric, on a host that has
 * the Gateway API CRDs already. Envoy Gateway (the default) installs its own CRDs from Envoy's
 * gateway-crds-helm chart, which is not among ../shared/charts, so it cannot be deployed here.
 */
export function gatewayStack(app: App): TerraformStack {
  const stack = new TerraformStack(app, 'gateway');
  new LocalBackend(stack, { path: 'terraform.gateway.tfstate' });
  const group = new ClusterGroup(stack, 'Apps', { name: 'gw-apps', endpointType: EndpointType.INGRESS });
  group.addHost(GATEWAY_HOST, {
    name: GATEWAY_HOST,
    kind: HostKind.PUBLIC_CLOUD,
    capacity: { cpu: '48', memory: '192Gi', storage: '2Ti' },
    connection: Connection.kubeconfig('~/.kube/config', GATEWAY_HOST),
    endpoint: HostEndpoint.gateway({ implementation: GatewayImplementation.NGINX_GATEWAY_FABRIC, gatewayApiCrds: GatewayApiCrds.PRESENT, gatewayApiBundle: 'v1.6.1' }),
    wildcardDns: `*.apps.${GATEWAY_HOST}.example.com`,
  });
  for (const name of ['web', 'data']) group.addVirtualCluster(name, { name });
  return stack;
}
