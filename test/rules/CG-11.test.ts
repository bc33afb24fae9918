import { ingressWith, rulesOf } from '../support/model';

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

describe('CG-11 reasons', () => {
  it('says which of its reasons it fires for, at the host', () => {
    const existing = (className: unknown, sslPassthrough: unknown) => ({ kind: 'existing-ingress' as const, className, sslPassthrough });
    const errors = ingressWith((m) => ({ hosts: [{ ...m.hosts[0], endpoint: existing('Not A Class', 'yes') }, m.hosts[1]] })).errors;
    expect(errors.map((f) => [f.path, f.received])).toEqual([
      ['app/web/x', 'an existing ingress controller with sslPassthrough "yes"'],
      ['app/web/x', 'ingress class "Not A Class"'],
    ]);
    const service = ingressWith((m) => ({ hosts: [{ ...m.hosts[0], endpoint: { kind: 'ingress-nginx', service: 'NodePort' } }, m.hosts[1]] })).errors;
    expect(service.map((f) => [f.path, f.received, f.expected])).toEqual([['app/web/x', 'ingress-nginx service "NodePort"', '"LoadBalancer" or "HostPort"']]);
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
