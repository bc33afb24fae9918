import { LocalBackend, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ClusterGroup, Connection, EndpointType, ExternalTrafficPolicy, HostEndpoint, HostKind } from '../constructs';

export interface FleetStackOptions {
  /**
   * What serves the Ingress group's hosts.
   * @default HostEndpoint.gateway(): Envoy Gateway, installed by us
   */
  readonly ingressEndpoint?: HostEndpoint;
}

/** A LoadBalancer group of three data-center hosts with MetalLB, and an Ingress group of two cloud hosts served through a Gateway (Envoy Gateway) we install. */
export class FleetStack extends TerraformStack {
  constructor(scope: Construct, id: string, options: FleetStackOptions = {}) {
    super(scope, id);
    // A relative state path keeps the synthesized JSON the same on every machine.
    new LocalBackend(this, { path: `terraform.${id}.tfstate` });

    const lb = new ClusterGroup(this, 'LoadBalancerGroup', { name: 'dc-lb', endpointType: EndpointType.LOAD_BALANCER, description: 'Data-center hosts, one MetalLB IP per virtual cluster' });
    ['dc1', 'dc2', 'dc3'].forEach((name, i) =>
      lb.addHost(name, {
        name,
        kind: HostKind.PRIVATE_CLOUD,
        capacity: { cpu: '32', memory: '128Gi', storage: '1Ti' },
        connection: Connection.kubeconfig('~/.kube/config', name),
        endpoint: HostEndpoint.metallb({ addressPools: [`10.${i + 1}.0.16/28`] }),
      }),
    );
    lb.addVirtualCluster('TeamA', { name: 'team-a' });
    lb.addVirtualCluster('TeamB', {
      name: 'team-b',
      resources: { cpu: '6', memory: '8Gi', storage: '10Gi' },
      loadBalancer: { externalTrafficPolicy: ExternalTrafficPolicy.LOCAL, sourceRanges: ['10.0.0.0/8'] },
    });
    lb.addVirtualCluster('Ci', { name: 'ci', host: 'dc3', paused: true });

    const ingress = new ClusterGroup(this, 'IngressGroup', { name: 'cloud-ingress', endpointType: EndpointType.INGRESS, values: { sync: { toHost: { ingresses: { enabled: true } } } } });
    ['eu1', 'us1'].forEach((name) =>
      ingress.addHost(name, {
        name,
        kind: HostKind.PUBLIC_CLOUD,
        capacity: { cpu: '48', memory: '192Gi', storage: '2Ti' },
        connection: Connection.kubeconfig('~/.kube/config', name),
        endpoint: options.ingressEndpoint ?? HostEndpoint.gateway(),
        wildcardDns: `*.apps.${name}.example.com`,
      }),
    );
    ingress.addVirtualCluster('Web', { name: 'web' });
    ingress.addVirtualCluster('Data', { name: 'data', resources: { memory: '6Gi' } });
  }
}
