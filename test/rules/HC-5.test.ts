import { TerraformStack } from 'cdktf';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind } from '../../constructs';
import { ConnectionSpec } from '../../src/model/types';
import { group, host, rulesOf, run, vc } from '../support/model';
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
