import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { LocalBackend, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind } from '../constructs';

/**
 * A platform stack that already has its own providers for the production cluster: the
 * group uses them as they are, and a second host joins with a token from sensitive variables.
 */
export class ComposedStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LocalBackend(this, { path: `terraform.${id}.tfstate` });
    const kubernetes = new KubernetesProvider(this, 'ProdKubernetes', { alias: 'prod', configPath: '~/.kube/config', configContext: 'prod' });
    const helm = new HelmProvider(this, 'ProdHelm', { alias: 'prod', kubernetes: { configPath: '~/.kube/config', configContext: 'prod' } });

    const token = new TerraformVariable(this, 'dr_token', { type: 'string', sensitive: true, description: 'Bearer token of the DR cluster' });
    const ca = new TerraformVariable(this, 'dr_ca', { type: 'string', description: 'CA certificate (PEM) of the DR cluster' });

    const group = new ClusterGroup(this, 'Platform', {
      name: 'platform',
      endpointType: EndpointType.INGRESS,
      // A risky value a tenant may set only because the platform team says so, and why (VC-7).
      allowTenantValues: [{ key: 'sync.toHost.persistentVolumes', reason: 'analytics brings its own local volumes; reviewed by the platform team', virtualClusters: ['analytics'] }],
    });
    group.addHost('Prod', {
      name: 'prod-main',
      kind: HostKind.PUBLIC_CLOUD,
      capacity: { cpu: '96', memory: '384Gi', storage: '4Ti' },
      providers: { kubernetes, helm },
      endpoint: HostEndpoint.existingIngress({ className: 'nginx-passthrough', sslPassthrough: true }),
      wildcardDns: '*.vc.prod.example.com',
    });
    group.addHost('Dr', {
      name: 'dr',
      kind: HostKind.PUBLIC_CLOUD,
      capacity: { cpu: '48', memory: '192Gi', storage: '2Ti' },
      connection: Connection.token({ host: 'https://dr.example.com:6443', clusterCaCertificate: ca, token }),
      endpoint: HostEndpoint.ingressNginx({ className: 'nginx-vc' }),
      wildcardDns: '*.vc.dr.example.com',
    });
    const payments = group.addVirtualCluster('Payments', { name: 'payments', host: 'prod-main', resources: { cpu: '6', memory: '8Gi', storage: '10Gi' } });
    group.addVirtualCluster('Analytics', { name: 'analytics', values: 'sync:\n  toHost:\n    persistentVolumes:\n      enabled: true\n' });
    new TerraformOutput(this, 'payments_owner', { value: `team of ${payments.name}` });
  }
}
