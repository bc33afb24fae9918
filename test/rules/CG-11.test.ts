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

describe('CG-11 Gateways', () => {
  const existing = (overrides: Record<string, unknown> = {}) => ({
    kind: 'existing-gateway' as const,
    name: 'shared',
    namespace: 'gateways',
    listener: 'tls',
    tlsPassthrough: true,
    gatewayApiBundle: 'v1.5.1',
    ...overrides,
  });
  const withEndpoint = (endpoint: object) => ingressWith((m) => ({ hosts: [{ ...m.hosts[0], endpoint: endpoint as never }, m.hosts[1]] }));

  it('refuses an existing Gateway without passthrough asserted, and accepts one with it (no retirement warning for a Gateway)', () => {
    const refused = withEndpoint(existing({ tlsPassthrough: false }));
    expect(refused.errors.map((f) => [f.rule, f.received])).toEqual([['CG-11', 'an existing Gateway with tlsPassthrough false']]);
    const accepted = withEndpoint(existing());
    expect(rulesOf(accepted)).toEqual({ errors: [], warnings: ['CG-11'] });
    expect(accepted.warnings[0].path).toBe('app/web/y');
  });

  it('refuses names Kubernetes would not hold for an existing Gateway', () => {
    const errors = withEndpoint(existing({ name: 'Shared GW', namespace: 'a.b', listener: '' })).errors;
    expect(errors.map((f) => f.received)).toEqual(['Gateway name "Shared GW"', 'Gateway namespace "a.b"', 'Gateway listener ""']);
  });

  it('refuses a Gateway we install with a choice that is none of the listed ones, and accepts each listed one', () => {
    const errors = withEndpoint({ kind: 'gateway', implementation: 'istio', service: 'NodePort', gatewayApiCrds: 'maybe' }).errors;
    expect(errors.map((f) => [f.rule, f.received, f.expected])).toEqual([
      ['CG-11', 'Gateway implementation "istio"', '"envoy-gateway" or "nginx-gateway-fabric"'],
      ['CG-11', 'Gateway service "NodePort"', '"LoadBalancer" or "HostPort"'],
      ['CG-11', 'Gateway gatewayApiCrds "maybe"', '"install" or "present"'],
    ]);
    expect(rulesOf(withEndpoint({ kind: 'gateway', implementation: 'nginx-gateway-fabric', service: 'LoadBalancer', gatewayApiCrds: 'install' })).errors).toEqual([]);
  });
});

describe('CG-11 ingress-nginx kept beside a Gateway during a move', () => {
  const withEndpoint = (endpoint: object) =>
    ingressWith((m) => ({
      hosts: [
        { ...m.hosts[0], endpoint: endpoint as never },
        { ...m.hosts[1], endpoint: { kind: 'gateway' } },
      ],
    }));
  it('warns that it is retired, saying how the move ends, and refuses a service that is none of the listed ones', () => {
    const kept = withEndpoint({ kind: 'gateway', keepIngressNginx: { kind: 'ingress-nginx' } });
    expect(rulesOf(kept)).toEqual({ errors: [], warnings: ['CG-11'] });
    expect(kept.warnings[0].fix).toMatch(/^point the wildcard DNS at the Gateway, then remove keepIngressNginx/);
    expect(rulesOf(withEndpoint({ kind: 'gateway', keepIngressNginx: { kind: 'ingress-nginx', service: 'NodePort' } })).errors).toEqual(['CG-11']);
  });
  it('is quiet for a Gateway without it', () => {
    expect(rulesOf(withEndpoint({ kind: 'gateway' }))).toEqual({ errors: [], warnings: [] });
  });
});
