import { App, TerraformStack } from 'cdktf';
import { ClusterGroup, ClusterGroupProps, Connection, EndpointType, HostClusterOptions, HostEndpoint, HostKind } from '../../constructs';
import { synthStacks, TerraformJson, testApp } from '../support/synth';

/** One LoadBalancer group with MetalLB hosts, through the public constructs: the tenant's side of every safety test. */
export function lbStack(group: Partial<ClusterGroupProps> = {}, hosts = ['h1'], host: Partial<HostClusterOptions> = {}): { app: App; stack: TerraformStack; group: ClusterGroup } {
  const app = testApp();
  const stack = new TerraformStack(app, 's');
  const made = new ClusterGroup(stack, 'G', { name: 'lb', endpointType: EndpointType.LOAD_BALANCER, ...group });
  hosts.forEach((name, i) =>
    made.addHost(name, {
      name,
      kind: HostKind.PRIVATE_CLOUD,
      capacity: { cpu: '64', memory: '256Gi', storage: '2Ti' },
      connection: Connection.kubeconfig('~/.kube/config', name),
      endpoint: HostEndpoint.metallb({ addressPools: [`10.${20 + i}.0.0/24`] }),
      ...host,
    }),
  );
  return { app, stack, group: made };
}

/** The synth's error text, or '' when it succeeded; never a stack trace from inside the library. */
export function synthErrors(app: App): string {
  try {
    app.synth();
    return '';
  } catch (error) {
    const message = (error as Error).message;
    if (/\n\s+at /.test(message)) throw new Error(`a stack trace escaped: ${message}`);
    return message;
  }
}

/** The stack's Terraform JSON after a full synth with validations. */
export function synthJson(app: App): TerraformJson {
  return synthStacks(app).s;
}
