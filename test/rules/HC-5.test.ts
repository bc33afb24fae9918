import { TerraformStack } from 'cdktf';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind } from '../../constructs';
import { ConnectionSpec } from '../../src/model/types';
import { group, host, lbWith, rulesOf, run, vc } from '../support/model';
import { synthStacks, testApp } from '../support/synth';

const exec = (extra: Partial<Extract<ConnectionSpec, { kind: 'exec' }>>): ConnectionSpec => ({
  kind: 'exec',
  host: 'https://a:6443',
  apiVersion: 'client.authentication.k8s.io/v1beta1',
  command: 'login',
  args: [],
  ...extra,
});
const withConnection = (connection: ConnectionSpec) => run({ groups: [group()], hosts: [host({ name: 'a', connection }), host({ name: 'b' })], virtualClusters: [vc('one')] });

describe('HC-5: an exec-plugin connection verifies the API server', () => {
  it('accepts the cluster CA', () => {
    expect(rulesOf(withConnection(exec({ clusterCaCertificate: 'PEM' })))).toEqual({ errors: [], warnings: [] });
  });

  it('refuses no CA, or a blank one', () => {
    expect(rulesOf(withConnection(exec({}))).errors).toEqual(['HC-5']);
    expect(rulesOf(withConnection(exec({ clusterCaCertificate: ' ' }))).errors).toEqual(['HC-5']);
    expect(withConnection(exec({})).errors[0].received).toBe('an exec connection without the cluster CA certificate');
  });

  it('warns, and does not refuse, when told to trust the system CAs', () => {
    expect(rulesOf(withConnection(exec({ trustSystemCaCertificates: true })))).toEqual({ errors: [], warnings: ['HC-5'] });
    expect(rulesOf(withConnection(exec({ trustSystemCaCertificates: 'yes' }))).errors).toEqual(['HC-5']);
  });

  it('writes the CA into both providers of the host', () => {
    const app = testApp();
    const stack = new TerraformStack(app, 's');
    const lb = new ClusterGroup(stack, 'G', { name: 'lb', endpointType: EndpointType.LOAD_BALANCER });
    lb.addHost('h', {
      name: 'h',
      kind: HostKind.PRIVATE_CLOUD,
      capacity: { cpu: '32', memory: '64Gi', storage: '1Ti' },
      connection: Connection.exec({ host: 'https://h:6443', clusterCaCertificate: 'PEM', apiVersion: 'client.authentication.k8s.io/v1beta1', command: 'login' }),
      endpoint: HostEndpoint.metallb({ addressPools: ['10.9.0.0/28'] }),
    });
    const json = synthStacks(app).s;
    expect(json.provider.kubernetes[0].cluster_ca_certificate).toBe('PEM');
    expect(json.provider.helm[0].kubernetes.cluster_ca_certificate).toBe('PEM');
  });
});

describe('HC-5 connection', () => {
  it('refuses a literal token and a variable not marked sensitive', () => {
    const literal = host({ name: 'a', connection: { kind: 'token', host: 'https://10.0.0.1:6443', clusterCaCertificate: 'PEM', token: { kind: 'literal' } } });
    expect(rulesOf(lbWith((m) => ({ hosts: [literal, m.hosts[1]] }))).errors).toContain('HC-5');
    const plain = host({ name: 'a', connection: { kind: 'token', host: 'https://10.0.0.1:6443', clusterCaCertificate: 'PEM', token: { kind: 'variable', name: 'tok', sensitive: false } } });
    expect(rulesOf(lbWith((m) => ({ hosts: [plain, m.hosts[1]] }))).errors).toContain('HC-5');
  });
  it('accepts a sensitive variable, and refuses an empty kubeconfig path or an exec plugin without command', () => {
    const ok = host({ name: 'a', connection: { kind: 'token', host: 'https://10.0.0.1:6443', clusterCaCertificate: 'PEM', token: { kind: 'variable', name: 'tok', sensitive: true } } });
    expect(rulesOf(lbWith((m) => ({ hosts: [ok, m.hosts[1]] }))).errors).toEqual([]);
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name: 'a', connection: { kind: 'kubeconfig', path: '' } }), m.hosts[1]] }))).errors).toContain('HC-5');
    const exec = host({ name: 'a', connection: { kind: 'exec', host: 'https://x', apiVersion: 'client.authentication.k8s.io/v1beta1', command: '', args: [] } });
    expect(rulesOf(lbWith((m) => ({ hosts: [exec, m.hosts[1]] }))).errors).toContain('HC-5');
  });

  function messages(connection: unknown): string[] {
    return run({ groups: [group()], hosts: [host({ name: 'a', connection } as never), host({ name: 'b' })], virtualClusters: [vc('one')] }).errors.map((f) => f.message);
  }

  it('accepts a kubeconfig without a context, a sensitive token variable, and a complete exec plugin', () => {
    expect(messages({ kind: 'kubeconfig', path: '~/.kube/config' })).toEqual([]);
    expect(messages({ kind: 'token', host: 'https://x', clusterCaCertificate: 'PEM', token: { kind: 'variable', name: 'tok', sensitive: true } })).toEqual([]);
    expect(messages({ kind: 'exec', host: 'https://x', clusterCaCertificate: 'PEM', apiVersion: 'v1', command: 'c' })).toEqual([]);
  });

  it('refuses a missing connection, a blank kubeconfig path or context', () => {
    expect(messages({ kind: 'none' })).toEqual([
      '[HC-5] app/lb/a: received no connection and no providers; expected a connection, or your own kubernetes and helm providers. Fix: give connection: Connection.kubeconfig(path, context), Connection.token(...) or Connection.exec(...), or providers: { kubernetes, helm }',
    ]);
    expect(messages({ kind: 'kubeconfig', path: ' ', context: '' })).toEqual([
      '[HC-5] app/lb/a: received kubeconfig path " "; expected the path of a kubeconfig file. Fix: use Connection.kubeconfig("~/.kube/config", "context-name")',
      '[HC-5] app/lb/a: received kubeconfig context ""; expected a context name, or none for the current context. Fix: name a context of the kubeconfig, or leave it out',
    ]);
  });

  it('refuses a token connection without the cluster CA', () => {
    expect(messages({ kind: 'token', host: 'https://x', clusterCaCertificate: ' ', token: { kind: 'variable', name: 'tok', sensitive: true } })).toEqual([
      `[HC-5] app/lb/a: received cluster CA certificate " "; expected the PEM of the API server's CA, or a Terraform variable holding it. Fix: pass clusterCaCertificate: without it the token would be sent to a server nobody verified`,
    ]);
  });

  it('refuses a provider pair missing one of its providers', () => {
    expect(messages({ kind: 'providers', kubernetes: 'app/k' })).toEqual([
      '[HC-5] app/lb/a: received providers without a helm provider; expected providers: { kubernetes: a KubernetesProvider, helm: a HelmProvider }. Fix: pass your helm provider for this host, or a connection instead',
    ]);
    expect(messages({ kind: 'providers' })[0]).toContain('received providers without a kubernetes and helm provider');
    expect(messages({ kind: 'providers', kubernetes: 'app/k', helm: 'app/h' })).toEqual([]);
  });

  it('refuses two hosts connected to one cluster, and accepts two contexts of one kubeconfig', () => {
    expect(messages({ kind: 'kubeconfig', path: '~/.kube/config', context: 'b' })).toEqual([
      '[HC-5] app/lb/b: received kubeconfig "~/.kube/config", context "b", also the connection of host app/lb/a; expected a connection of its own for each host. Fix: point the connection at this host’s own cluster (another context or API server)',
    ]);
    expect(messages({ kind: 'kubeconfig', path: '~/.kube/config', context: 'c' })).toEqual([]);
  });

  it('refuses a token connection without a server, with a literal token or a variable not marked sensitive', () => {
    const fix = 'declare new TerraformVariable(stack, "host_token", { type: "string", sensitive: true }) and pass it; set its value with TF_VAR_host_token';
    expect(messages({ kind: 'token', host: '', clusterCaCertificate: 'PEM', token: { kind: 'literal', value: 'x' } })).toEqual([
      '[HC-5] app/lb/a: received API server ""; expected the API server URL, e.g. "https://10.0.0.1:6443". Fix: pass the API server URL or a Terraform variable holding it',
      `[HC-5] app/lb/a: received a literal token in code; expected a TerraformVariable with sensitive: true. Fix: ${fix}`,
    ]);
    expect(messages({ kind: 'token', host: 'https://x', clusterCaCertificate: 'PEM', token: { kind: 'variable', name: 'tok', sensitive: false } })).toEqual([
      `[HC-5] app/lb/a: received variable "tok" for the token, not marked sensitive; expected a TerraformVariable with sensitive: true. Fix: ${fix}`,
    ]);
  });

  it('refuses an exec plugin without a server, an apiVersion or a command', () => {
    expect(messages({ kind: 'exec', host: 'https://x', clusterCaCertificate: 'PEM', apiVersion: '', command: 'c' })).toEqual([
      '[HC-5] app/lb/a: received exec plugin {"apiVersion":"","command":"c"}; expected an exec plugin with apiVersion (e.g. "client.authentication.k8s.io/v1beta1") and command. Fix: give both apiVersion and command',
    ]);
    expect(messages({ kind: 'exec', host: 'https://x', clusterCaCertificate: 'PEM', apiVersion: 'v1', command: ' ' })).toHaveLength(1);
    expect(messages({ kind: 'exec', host: ' ', clusterCaCertificate: 'PEM', apiVersion: 'v1', command: 'c' })).toEqual([
      '[HC-5] app/lb/a: received API server " "; expected the API server URL. Fix: pass the API server URL the exec plugin authenticates against',
    ]);
  });
});
