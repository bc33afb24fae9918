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
