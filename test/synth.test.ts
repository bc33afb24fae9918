import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { ClusterGroup, Connection, EndpointType, HostClusterMembership, HostEndpoint, HostKind, IngressNginxService, VirtualCluster } from '../constructs';
import { synthStacks, TerraformJson, testApp } from './support/synth';

function lbGroup(stack: TerraformStack, hosts = ['a', 'b'], name = 'lb'): ClusterGroup {
  const group = new ClusterGroup(stack, 'Group', { name, endpointType: EndpointType.LOAD_BALANCER });
  hosts.forEach((host, i) =>
    group.addHost(host, {
      name: host,
      kind: HostKind.PRIVATE_CLOUD,
      capacity: { cpu: '32', memory: '128Gi', storage: '1Ti' },
      connection: Connection.kubeconfig('~/.kube/config', host),
      endpoint: HostEndpoint.metallb({ addressPools: [`10.${i}.0.0/28`] }),
    }),
  );
  return group;
}

describe('a synth with errors', () => {
  it('fails with every finding at once and leaves no deployable output behind', () => {
    const app = testApp();
    const stack = new TerraformStack(app, 'bad');
    const group = lbGroup(stack);
    group.addVirtualCluster('A', { name: 'Team A' });
    group.addVirtualCluster('B', { name: 'b', host: 'nowhere' });
    // A deployable output of an earlier synth, which must not survive this one.
    mkdirSync(join(app.outdir, 'stacks', 'bad'), { recursive: true });
    writeFileSync(join(app.outdir, 'stacks', 'bad', 'cdk.tf.json'), '{}');
    writeFileSync(join(app.outdir, 'manifest.json'), '{}');
    expect(() => app.synth()).toThrow(/\[VC-1\] bad\/Group\/A: received name "Team A".*\n.*\[VC-3\] bad\/Group\/B: received pinned to host "nowhere"/);
    expect(existsSync(join(app.outdir, 'stacks', 'bad'))).toBe(false);
    expect(existsSync(join(app.outdir, 'manifest.json'))).toBe(false);
  });

  it('prints warnings but does not fail on them', () => {
    const app = testApp();
    const stack = new TerraformStack(app, 'warn');
    const group = new ClusterGroup(stack, 'Group', { name: 'lb', endpointType: EndpointType.LOAD_BALANCER, diskBackup: true });
    group.addHost('a', {
      name: 'a',
      kind: HostKind.PUBLIC_CLOUD,
      capacity: { cpu: '32', memory: '128Gi', storage: '1Ti' },
      connection: Connection.kubeconfig('/k'),
      endpoint: HostEndpoint.cloudLoadBalancer(),
    });
    expect(synthStacks(app).warn.resource.helm_release.vcluster_a).toBeDefined();
    expect(JSON.parse(readFileSync(join(app.outdir, 'cluster-groups', 'warn', 'review.json'), 'utf8')).warnings[0].rule).toBe('CG-18');
  });

  it('reports props of the wrong kind at synth, with the other findings and their rule', () => {
    const app = testApp();
    const stack = new TerraformStack(app, 's');
    const group = lbGroup(stack);
    const host = group.node.findChild('a') as HostClusterMembership;
    new VirtualCluster(stack, 'V', { name: 'v', group: host as unknown as ClusterGroup });
    group.addHost('x', { name: 'x', kind: HostKind.EDGE, capacity: { cpu: '1', memory: '1Gi', storage: '1Gi' }, endpoint: 'metallb' as unknown as HostEndpoint, scope: 'tenant' as never });
    const message = (() => {
      try {
        app.synth();
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain("[VC-1] s/V: received 'group': the construct s/Group/a (HostClusterMembership); expected a ClusterGroup.");
    expect(message).toContain(`[CG-6] s/Group/x: received 'endpoint': string "metallb"; expected HostEndpoint.metallb(...)`);
    expect(message).toContain(`[CG-2] s/Group/x: received 'scope': string "tenant"; expected Scope.tenant() or Scope.project(name).`);
    expect(message).toContain('[HC-5] s/Group/x: received no connection and no providers');
  });

  it('reports a construct created with no props at all, without a crash', () => {
    const app = testApp();
    const stack = new TerraformStack(app, 's');
    const Untyped = ClusterGroup as unknown as new (scope: TerraformStack, id: string) => ClusterGroup;
    new Untyped(stack, 'G');
    expect(() => app.synth()).toThrow(/\[CG-1\] s\/G: received nothing[\s\S]*\[CG-3\] s\/G: received nothing[\s\S]*\[CG-4\] s\/G/);
  });
});

function everythingWritten(dir: string): string {
  return readdirSync(dir, { recursive: true })
    .map((file) => join(dir, String(file)))
    .filter((file) => statSync(file).isFile())
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

describe('secrets', () => {
  function withLiteralToken(skipValidation: boolean) {
    const app = testApp({}, skipValidation);
    const stack = new TerraformStack(app, 'secret');
    const group = lbGroup(stack, []);
    const literal = 'super-secret-token-123' as unknown as TerraformVariable;
    group.addHost('t', {
      name: 't',
      kind: HostKind.PUBLIC_CLOUD,
      capacity: { cpu: '32', memory: '128Gi', storage: '1Ti' },
      connection: Connection.token({ host: 'https://t:6443', clusterCaCertificate: 'PEM', token: literal }),
      endpoint: HostEndpoint.cloudLoadBalancer(),
    });
    return app;
  }

  it('refuses a literal token (HC-5)', () => {
    expect(() => withLiteralToken(false).synth()).toThrow(/\[HC-5\] secret\/Group\/t: received a literal token in code/);
  });

  it('never writes a literal token, even with validations skipped: the synth still fails on the error', () => {
    const app = withLiteralToken(true);
    expect(() => app.synth()).toThrow(/\[HC-5\]/);
    expect(everythingWritten(app.outdir)).not.toContain('super-secret-token-123');
  });
});

describe('the API', () => {
  it('offers factories and type checks', () => {
    const app = testApp();
    const stack = new TerraformStack(app, 's');
    const group = lbGroup(stack);
    const vc = group.addVirtualCluster('A', { name: 'a' });
    expect(VirtualCluster.isVirtualCluster(vc)).toBe(true);
    expect(ClusterGroup.isClusterGroup(group)).toBe(true);
    expect(ClusterGroup.isClusterGroup(vc)).toBe(false);
    expect(HostClusterMembership.isHostClusterMembership(group.node.findChild('a'))).toBe(true);
  });

  it('pins a virtual cluster by membership as well as by name', () => {
    const app = testApp();
    const stack = new TerraformStack(app, 's');
    const group = lbGroup(stack, ['a', 'b', 'c']);
    group.addVirtualCluster('A', { name: 'x', host: group.node.findChild('c') as HostClusterMembership });
    expect(Object.keys(synthStacks(app).s.resource.helm_release.vcluster_c.for_each)).toEqual(['x']);
  });
});

describe('ingress-nginx installed by us', () => {
  function edgeIngress(service?: IngressNginxService): TerraformJson {
    const app = testApp();
    const stack = new TerraformStack(app, 's');
    const group = new ClusterGroup(stack, 'Site', { name: 'site', endpointType: EndpointType.INGRESS });
    group.addHost('H', {
      name: 'shop',
      kind: HostKind.EDGE,
      capacity: { cpu: '16', memory: '32Gi', storage: '500Gi' },
      connection: Connection.kubeconfig('~/.kube/config', 'shop'),
      endpoint: HostEndpoint.ingressNginx({ service }),
      wildcardDns: '*.apps.shop.example.com',
    });
    return synthStacks(app).s;
  }

  it('takes host ports on an edge host, which has no load balancer for Helm to wait on, in a namespace that admits them', () => {
    const json = edgeIngress();
    expect(parse(json.resource.helm_release.ingress_nginx_shop.values[0]).controller).toMatchObject({ kind: 'DaemonSet', hostPort: { enabled: true }, service: { type: 'ClusterIP' } });
    expect(json.resource.kubernetes_namespace_v1.ingress_nginx_shop.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
  });

  it('uses a LoadBalancer service where asked, with no pod-security label', () => {
    const json = edgeIngress(IngressNginxService.LOAD_BALANCER);
    const controller = parse(json.resource.helm_release.ingress_nginx_shop.values[0]).controller;
    expect(controller.service).toEqual({ type: 'LoadBalancer' });
    expect(controller.hostPort).toBeUndefined();
    expect(json.resource.kubernetes_namespace_v1.ingress_nginx_shop.metadata.labels['pod-security.kubernetes.io/enforce']).toBeUndefined();
  });
});

describe('a stack with errors emits nothing deployable, on every synth path', () => {
  /** A valid group, then one bad virtual cluster: emitting the rest would drop it from its host's for_each. */
  function brokenStack(skipValidation: boolean): { app: App; stack: TerraformStack } {
    const app = testApp({}, skipValidation);
    const stack = new TerraformStack(app, 's');
    const group = lbGroup(stack);
    group.addVirtualCluster('Good', { name: 'good' });
    group.addVirtualCluster('Bad', { name: 'bad', resources: { cpu: '100' } });
    return { app, stack };
  }

  it.each([false, true])('App.synth (skipValidation %s) fails naming every error and writes no cdk.tf.json', (skipValidation) => {
    const { app } = brokenStack(skipValidation);
    expect(() => app.synth()).toThrow(/stack s has 2 error\(s\), so nothing of it is emitted:\n {2}\[VC-2\] s\/Group\/Bad: [\s\S]*\[VC-4\]/);
    expect(existsSync(join(app.outdir, 'stacks', 's', 'cdk.tf.json'))).toBe(false);
  });

  it('Testing.synth without validations fails instead of returning empty for_each maps', () => {
    const { stack } = brokenStack(false);
    expect(() => Testing.synth(stack)).toThrow(/\[VC-2\]/);
  });

  it('removes an earlier, deployable cdk.tf.json of the stack, and nothing outside it, even for a stack id of ..', () => {
    const app = testApp({}, true);
    const stack = new TerraformStack(app, '..');
    const group = lbGroup(stack);
    group.addVirtualCluster('Bad', { name: 'bad', resources: { cpu: '100' } });
    mkdirSync(join(app.outdir, 'stacks'), { recursive: true });
    writeFileSync(join(app.outdir, 'keep.txt'), 'not ours');
    expect(() => app.synth()).toThrow(/\[VC-2\]/);
    expect(readFileSync(join(app.outdir, 'keep.txt'), 'utf8')).toBe('not ours');
  });
});
