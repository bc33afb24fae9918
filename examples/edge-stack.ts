import { LocalBackend, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind } from '../constructs';

/** An edge site: one edge host with MetalLB announcing over BGP, two small virtual clusters. */
export class EdgeStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LocalBackend(this, { path: `terraform.${id}.tfstate` });
    const edge = new ClusterGroup(this, 'Store42', { name: 'store-42', endpointType: EndpointType.LOAD_BALANCER, oversubscriptionPercent: 150, storageClass: 'local-path' });
    edge.addHost('Rack', {
      name: 'store-42-rack',
      kind: HostKind.EDGE,
      capacity: { cpu: '16', memory: '64Gi', storage: '500Gi' },
      connection: Connection.exec({
        host: 'https://192.168.42.10:6443',
        clusterCaCertificate: new TerraformVariable(this, 'store_42_ca', { type: 'string', description: 'CA certificate (PEM) of the store 42 cluster' }),
        apiVersion: 'client.authentication.k8s.io/v1beta1',
        command: 'edge-login',
        args: ['--site', 'store-42'],
      }),
      endpoint: HostEndpoint.metallb({
        addressPools: ['192.168.42.200-192.168.42.220'],
        bgpPeers: [
          {
            name: 'store-router',
            myAsn: 64512,
            peerAsn: 64513,
            peerAddress: '192.168.42.1',
            password: new TerraformVariable(this, 'store_router_bgp_password', { type: 'string', sensitive: true, description: 'BGP session password of the store router' }),
          },
        ],
      }),
    });
    edge.addVirtualCluster('Pos', { name: 'point-of-sale' });
    edge.addVirtualCluster('Cameras', { name: 'cameras', resources: { cpu: '4', memory: '6Gi', storage: '8Gi' } });
  }
}
