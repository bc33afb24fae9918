import { HostSpec } from '../../src/model/types';
import { host, ingressHost, ingressWith, lbWith, rulesOf } from '../support/model';

describe('CG-9 edge endpoints', () => {
  it('refuses a cloud load balancer on an edge host', () => {
    expect(rulesOf(lbWith(() => ({ hosts: [host({ name: 'a', kind: 'edge', endpoint: { kind: 'cloud-load-balancer' } })] }))).errors).toContain('CG-9');
  });
  it('refuses an unnamed existing ingress controller on an edge host, and accepts a named one', () => {
    const edge = (className: unknown) => ingressHost({ name: 'x', kind: 'edge', endpoint: { kind: 'existing-ingress', className, sslPassthrough: true } });
    expect(rulesOf(ingressWith(() => ({ hosts: [edge(' ')] }))).errors).toContain('CG-9');
    expect(rulesOf(ingressWith(() => ({ hosts: [edge(undefined)] }))).errors).toContain('CG-9');
    expect(rulesOf(ingressWith(() => ({ hosts: [edge('nginx')] }))).errors).not.toContain('CG-9');
  });
});

describe('CG-9 Gateways on edge hosts', () => {
  const edge = (endpoint: HostSpec['endpoint']) => ingressHost({ name: 'x', kind: 'edge', endpoint });
  it('refuses a Gateway we install on an edge host with a LoadBalancer service, and accepts host ports or the default', () => {
    expect(rulesOf(ingressWith(() => ({ hosts: [edge({ kind: 'gateway', service: 'LoadBalancer' })] }))).errors).toEqual(['CG-9']);
    expect(rulesOf(ingressWith(() => ({ hosts: [edge({ kind: 'gateway', service: 'HostPort' })] }))).errors).toEqual([]);
    expect(rulesOf(ingressWith(() => ({ hosts: [edge({ kind: 'gateway' })] }))).errors).toEqual([]);
  });
  it('resolves an edge Gateway without a service to host ports', () => {
    const result = ingressWith(() => ({ hosts: [edge({ kind: 'gateway' })] }));
    expect(result.fleet.groups[0].hosts[0].endpoint).toMatchObject({ kind: 'gateway', service: 'HostPort', implementation: 'envoy-gateway', crds: 'install' });
  });
  it('refuses an unnamed existing Gateway on an edge host, and accepts a named one', () => {
    const existing = (name: unknown) => edge({ kind: 'existing-gateway', name, namespace: 'gw', listener: 'tls', tlsPassthrough: true, gatewayApiBundle: 'v1.5.1' });
    expect(rulesOf(ingressWith(() => ({ hosts: [existing(' ')] }))).errors).toContain('CG-9');
    expect(rulesOf(ingressWith(() => ({ hosts: [existing('edge-gateway')] }))).errors).toEqual([]);
  });
});
