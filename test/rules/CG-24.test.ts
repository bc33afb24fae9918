import { HostSpec } from '../../src/model/types';
import { ingressWith, rulesOf } from '../support/model';

const existing = (listenerHostname: unknown): HostSpec['endpoint'] => ({
  kind: 'existing-gateway',
  name: 'shared',
  namespace: 'gateways',
  listener: 'tls',
  listenerHostname,
  tlsPassthrough: true,
  gatewayApiBundle: 'v1.6.1',
});
const onX = (endpoint: HostSpec['endpoint']) =>
  ingressWith((m) => ({
    hosts: [
      { ...m.hosts[0], endpoint },
      { ...m.hosts[1], endpoint: { kind: 'gateway' } },
    ],
  }));

describe('CG-24 listener hostname', () => {
  it('refuses a listener hostname that does not admit every name under the host’s wildcard', () => {
    for (const hostname of ['*.apps.other.example.com', 'site.apps.x.example.com', '*.x.example.com.evil'])
      expect(onX(existing(hostname)).errors.map((f) => [f.rule, f.path])).toEqual([['CG-24', 'app/web/x']]);
  });
  it('accepts the wildcard itself, a wildcard above it, or no hostname', () => {
    for (const hostname of ['*.apps.x.example.com', '*.example.com', undefined]) expect(rulesOf(onX(existing(hostname))).errors).toEqual([]);
  });
});

describe('CG-24 TLSRoute spec from values', () => {
  it('refuses a virtual cluster’s or the group’s values that set controlPlane.tlsRoute.spec on a Gateway group', () => {
    const values = { controlPlane: { tlsRoute: { spec: { hostnames: ['other.apps.x.example.com'] } } } };
    const vcValues = ingressWith((m) => ({ hosts: m.hosts.map((h) => ({ ...h, endpoint: { kind: 'gateway' } })), virtualClusters: [{ ...m.virtualClusters[0], values }] }));
    expect(vcValues.errors.map((f) => [f.rule, f.path, f.received])).toEqual([['CG-24', 'app/web/site', 'values setting controlPlane.tlsRoute.spec.hostnames']]);
    const groupValues = ingressWith((m) => ({ groups: [{ ...m.groups[0], values }], hosts: m.hosts.map((h) => ({ ...h, endpoint: { kind: 'gateway' } })) }));
    expect(groupValues.errors.map((f) => [f.rule, f.path])).toEqual([['CG-24', 'app/web']]);
  });
  it('accepts values without it, and leaves an ingress-nginx group alone', () => {
    const values = { controlPlane: { tlsRoute: { spec: { hostnames: ['x'] } } } };
    expect(rulesOf(ingressWith((m) => ({ hosts: m.hosts.map((h) => ({ ...h, endpoint: { kind: 'gateway' } })) }))).errors).toEqual([]);
    expect(rulesOf(ingressWith((m) => ({ virtualClusters: [{ ...m.virtualClusters[0], values }] }))).errors).not.toContain('CG-24');
  });
});
