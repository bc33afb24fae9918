import { rulesOf } from '../support/model';
import { ingressWith } from '../support/model';

describe('CG-11 TLS passthrough', () => {
  it('refuses an existing controller without asserted passthrough', () => {
    const existing = { kind: 'existing-ingress' as const, className: 'nginx', sslPassthrough: false };
    expect(rulesOf(ingressWith((m) => ({ hosts: [{ ...m.hosts[0], endpoint: existing }, m.hosts[1]] }))).errors).toContain('CG-11');
  });
  it('accepts an existing controller with passthrough asserted, and warns that ingress-nginx is retired', () => {
    const existing = { kind: 'existing-ingress' as const, className: 'traefik', sslPassthrough: true };
    const result = ingressWith((m) => ({ hosts: [{ ...m.hosts[0], endpoint: existing }, m.hosts[1]] }));
    expect(rulesOf(result)).toEqual({ errors: [], warnings: ['CG-11'] });
  });
});

describe('CG-11 ingress-nginx service', () => {
  it('refuses a service that is neither LoadBalancer nor HostPort, and accepts both', () => {
    const withService = (service: unknown) => ingressWith((m) => ({ hosts: [{ ...m.hosts[0], endpoint: { kind: 'ingress-nginx', className: 'nginx', service } }, m.hosts[1]] }));
    expect(rulesOf(withService('NodePort')).errors).toEqual(['CG-11']);
    expect(rulesOf(withService('HostPort')).errors).toEqual([]);
    expect(rulesOf(withService('LoadBalancer')).errors).toEqual([]);
  });
});
