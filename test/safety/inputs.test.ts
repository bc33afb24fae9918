import { Connection, HostEndpoint, HostKind } from '../../constructs';
import { lbStack, synthErrors, synthJson } from './stack';

describe('text we emit into Terraform is read as typed', () => {
  it('escapes ${ and %{ in kubeconfig paths and contexts, exec commands and arguments, API server URLs and chart repositories', () => {
    const { app, group } = lbStack({ chartRepositories: { vcluster: 'https://mirror.example.com/${path.root}' } }, ['h1'], {
      connection: Connection.kubeconfig('/k/${var.x}', 'ctx-%{ if true }x%{ endif }'),
    });
    group.addHost('h2', {
      name: 'h2',
      kind: HostKind.PRIVATE_CLOUD,
      capacity: { cpu: '64', memory: '256Gi', storage: '2Ti' },
      connection: Connection.exec({
        host: 'https://h2:6443/${file("/etc/passwd")}',
        clusterCaCertificate: 'PEM',
        apiVersion: 'client.authentication.k8s.io/v1',
        command: 'login-${var.y}',
        args: ['--x=${var.z}'],
      }),
      endpoint: HostEndpoint.metallb({ addressPools: ['10.30.0.0/24'] }),
    });
    group.addVirtualCluster('A', { name: 'team-a' });
    const json = synthJson(app);
    const text = JSON.stringify(json);
    // Every ${ or %{ we emit from typed text is doubled: Terraform reads `$${` as the literal `${`.
    expect(text).not.toMatch(/(^|[^$])\$\{(var|path|file)/);
    expect(text).not.toMatch(/(^|[^%])%\{ if/);
    expect(json.provider.kubernetes.find((p: { alias: string }) => p.alias === 'h1').config_path).toBe('/k/$${var.x}');
    expect(json.resource.helm_release.vcluster_h1.repository).toBe('https://mirror.example.com/$${path.root}');
  });
});

describe('every input is judged, nothing crashes', () => {
  const deep = (levels: number) => {
    let value: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < levels; i++) value = { a: value };
    return value;
  };
  const circular: Record<string, unknown> = { a: 1 };
  circular.self = circular;
  const throwing = Object.defineProperty({}, 'controlPlane', {
    enumerable: true,
    get: () => {
      throw new Error('boom');
    },
  });

  it.each([
    ['nested a thousand deep', deep(1000), /nest deeper than 64 levels/],
    ['circular', circular, /not plain data: .*circular/],
    ['holding a BigInt', { a: BigInt(1) }, /not plain data/],
    ['with a getter that throws', throwing, /values that cannot be read \(boom\)/],
  ])('refuses values %s with a finding, not a stack trace', (_, values, message) => {
    const { app, group } = lbStack();
    group.addVirtualCluster('A', { name: 'team-a', values: values as Record<string, unknown> });
    const errors = synthErrors(app);
    expect(errors).toMatch(/\[CG-17\] s\/G\/A: received /);
    expect(errors).toMatch(message);
  });

  it('refuses YAML nested a thousand deep', () => {
    const { app, group } = lbStack();
    group.addVirtualCluster('A', { name: 'team-a', values: `${'['.repeat(1000)}${']'.repeat(1000)}` });
    group.addVirtualCluster('B', { name: 'team-b', values: `a: ${'['.repeat(100)}${']'.repeat(100)}` });
    const errors = synthErrors(app);
    expect(errors).toMatch(/\[CG-17\] s\/G\/A: received the YAML does not parse/);
    expect(errors).toMatch(/\[CG-17\] s\/G\/B: received the values nest deeper than 64 levels/);
  });
});

describe('names that are also names of JavaScript', () => {
  it.each(['constructor', 'tostring', 'proto'])('a group, host, virtual cluster and owner named %s behave like any other', (name) => {
    // Construct ids stay plain: the constructs library keeps children in a plain object, so an id "constructor" clashes there.
    const { app, group } = lbStack({ name, ownerQuotas: { [name]: { virtualClusters: 1 } } }, []);
    group.addHost('H', {
      name,
      kind: HostKind.PRIVATE_CLOUD,
      capacity: { cpu: '64', memory: '256Gi', storage: '2Ti' },
      connection: Connection.kubeconfig('~/.kube/config', name),
      endpoint: HostEndpoint.metallb({ addressPools: ['10.20.0.0/24'] }),
    });
    group.addVirtualCluster('A', { name, owner: name });
    const json = synthJson(app);
    expect(Object.keys(json.resource.helm_release[`vcluster_${name}`].for_each)).toEqual([name]);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('an owner %s that no quota names is an error, not an inherited quota', (owner) => {
    const { app, group } = lbStack({ ownerQuotas: { payments: { virtualClusters: 1 } } });
    group.addVirtualCluster('A', { name: 'team-a', owner });
    expect(synthErrors(app)).toMatch(/\[OQ-1\] s\/G\/A: received owner ".*", which no quota of the group names/);
  });
});

describe('props of the wrong kind or at the edges', () => {
  it('refuses paused: "false" (a true value in JavaScript) instead of pausing', () => {
    const { app, group } = lbStack();
    group.addVirtualCluster('A', { name: 'team-a', paused: 'false' as never });
    expect(synthErrors(app)).toMatch(/\[VC-4\] s\/G\/A: received 'paused': string "false"; expected true or false/);
  });

  it('accepts a capacity of "+32", as Kubernetes reads it', () => {
    const { app, group } = lbStack({}, ['h1'], { capacity: { cpu: '+32', memory: '+256Gi', storage: '2Ti' } });
    group.addVirtualCluster('A', { name: 'team-a' });
    expect(synthErrors(app)).toBe('');
  });

  it.each(['1e308', '1e309', '99999999999999999999Ei'])('judges a capacity of %s without a stack trace', (cpu) => {
    const { app, group } = lbStack({}, ['h1'], { capacity: { cpu, memory: '256Gi', storage: '2Ti' } });
    group.addVirtualCluster('A', { name: 'team-a' });
    const errors = synthErrors(app);
    expect(errors === '' || /\[HC-2\]/.test(errors)).toBe(true);
  });
});
