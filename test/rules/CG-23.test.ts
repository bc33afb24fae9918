import { HostSpec } from '../../src/model/types';
import { ingressWith, rulesOf } from '../support/model';

type Endpoint = HostSpec['endpoint'];
const existing = (gatewayApiBundle: unknown): Endpoint => ({ kind: 'existing-gateway', name: 'shared', namespace: 'gateways', listener: 'tls', tlsPassthrough: true, gatewayApiBundle });
const both = (endpoint: Endpoint, group: object = {}) => ingressWith((m) => ({ groups: [{ ...m.groups[0], ...group }], hosts: m.hosts.map((h) => ({ ...h, endpoint })) }));

describe('CG-23 vcluster renders the TLSRoute', () => {
  it('refuses a Gateway group on vcluster chart 0.33, naming the version, and accepts 0.34', () => {
    const refused = both({ kind: 'gateway' }, { vclusterChartVersion: '0.33.2' });
    const finding = refused.errors.find((f) => f.rule === 'CG-23');
    expect(finding).toMatchObject({ path: 'app/web', received: 'vcluster chart 0.33.2, with hosts served through a Gateway (x, y)' });
    expect(finding?.expected).toMatch(/^vcluster chart 0\.34\.0 or later/);
    expect(rulesOf(both({ kind: 'gateway' }, { vclusterChartVersion: '0.34.0' })).errors).not.toContain('CG-23');
  });
  it('leaves an ingress-nginx group on 0.33 alone', () => {
    expect(rulesOf(both({ kind: 'ingress-nginx' }, { vclusterChartVersion: '0.33.2' })).errors).not.toContain('CG-23');
  });
});

describe('CG-23 Gateway API bundle where the CRDs are present', () => {
  it('refuses an existing Gateway on a bundle before v1.5 or without one, and accepts v1.5.1', () => {
    expect(rulesOf(both(existing('v1.4.0'))).errors).toEqual(['CG-23', 'CG-23']);
    expect(rulesOf(both(existing(undefined))).errors).toEqual(['CG-23', 'CG-23']);
    expect(rulesOf(both(existing('v1.5.1')))).toEqual({ errors: [], warnings: [] });
  });
  it('refuses CRDs declared present without a bundle, and a bundle given with CRDs we install', () => {
    const present = both({ kind: 'gateway', gatewayApiCrds: 'present' }).errors;
    expect(present.map((f) => f.received)).toEqual(['Gateway API CRDs of bundle nothing', 'Gateway API CRDs of bundle nothing']);
    expect(both({ kind: 'gateway', gatewayApiBundle: 'v1.6.1' }).errors.map((f) => f.received)[0]).toBe('gatewayApiBundle "v1.6.1" with the CRDs installed by us');
    expect(rulesOf(both({ kind: 'gateway', gatewayApiCrds: 'present', gatewayApiBundle: 'v1.6.1' }))).toEqual({ errors: [], warnings: [] });
  });
  it('warns where NGINX Gateway Fabric meets another minor than it is built for (best effort)', () => {
    const result = both({ kind: 'gateway', implementation: 'nginx-gateway-fabric', gatewayApiCrds: 'present', gatewayApiBundle: 'v1.6.1' });
    expect(rulesOf(result)).toEqual({ errors: [], warnings: ['CG-23', 'CG-23'] });
    expect(rulesOf(both({ kind: 'gateway', implementation: 'nginx-gateway-fabric', gatewayApiCrds: 'present', gatewayApiBundle: 'v1.5.1' }))).toEqual({ errors: [], warnings: [] });
  });
});
