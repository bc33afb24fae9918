import { readdirSync } from 'fs';
import { join } from 'path';
import { bundleSupport, listenerAdmits, userTlsRouteSpecKeys, vclusterRendersTlsRoute } from '../src/charts/gateway-compat';
import { Values } from '../src/charts/merge';
import { CHARTS, chartsPresent, readYaml } from './support/charts';

const describeCharts = chartsPresent ? describe : describe.skip;

describeCharts('what the upstream data says', () => {
  it('vcluster renders a TLSRoute from 0.34 on: exactly the chart versions whose values schema has controlPlane.tlsRoute', () => {
    const files = readdirSync(join(CHARTS, 'vcluster', 'schemas-by-version'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const version = /values\.schema\.(.+)\.json$/.exec(file)?.[1];
      const schema = readYaml(`vcluster/schemas-by-version/${file}`) as { $defs: Record<string, { properties?: Values }> };
      const hasTlsRoute = 'tlsRoute' in (schema.$defs.ControlPlane?.properties ?? {});
      expect([version, vclusterRendersTlsRoute(version)]).toEqual([version, hasTlsRoute]);
    }
  });

  it('the 1.6.1 standard bundle serves TLSRoute v1 and is supported by Envoy Gateway, best effort for NGF (built for 1.5)', () => {
    const crd = readYaml('gateway-api/1.6.1/standard/gateway.networking.k8s.io_tlsroutes.yaml') as { metadata: { annotations: Record<string, string> }; spec: { versions: Values[] } };
    expect(crd.spec.versions.filter((v) => v.served).map((v) => v.name)).toEqual(['v1']);
    const bundle = crd.metadata.annotations['gateway.networking.k8s.io/bundle-version'];
    expect([bundleSupport('envoy-gateway', bundle), bundleSupport('nginx-gateway-fabric', bundle), bundleSupport(undefined, bundle)]).toEqual(['supported', 'best-effort', 'supported']);
  });

  it('the listener hostname rule is the one the Gateway CRD describes', () => {
    const crd = readYaml('gateway-api/1.6.1/standard/gateway.networking.k8s.io_gateways.yaml') as { spec: { versions: { name: string; schema: { openAPIV3Schema: Values } }[] } };
    const v1 = crd.spec.versions.find((v) => v.name === 'v1');
    expect(JSON.stringify(v1?.schema.openAPIV3Schema)).toContain(
      'That means that a match for `*.example.com` would match\\nboth `test.example.com`, and `foo.test.example.com`, but not `example.com`.',
    );
    expect(['test.example.com', 'foo.test.example.com', 'example.com'].map((h) => listenerAdmits('*.example.com', h))).toEqual([true, true, false]);
  });
});

describe('Gateway API bundle versions', () => {
  it.each([
    ['v1.5.0', 'supported', 'supported'],
    ['v1.5.1', 'supported', 'supported'],
    ['v1.6.1', 'supported', 'best-effort'],
    ['v1.4.1', 'unsupported', 'unsupported'],
    ['v2.0.0', 'unsupported', 'unsupported'],
    ['v0.8.1', 'unsupported', 'unsupported'],
    ['1.5.1', 'unsupported', 'unsupported'],
    ['v1.5.0-rc.1', 'unsupported', 'unsupported'],
    ['v1.05.0', 'unsupported', 'unsupported'],
    [15, 'unsupported', 'unsupported'],
  ] as const)('%s: Envoy Gateway %s, NGINX Gateway Fabric %s', (bundle, envoy, ngf) => {
    expect([bundleSupport('envoy-gateway', bundle), bundleSupport('nginx-gateway-fabric', bundle)]).toEqual([envoy, ngf]);
  });
});

describe('listener hostnames', () => {
  it.each([
    [undefined, 'a.apps.example.com', true],
    ['', 'a.apps.example.com', true],
    ['*.apps.example.com', 'a.apps.example.com', true],
    ['*.example.com', 'a.apps.example.com', true],
    ['*.apps.example.com', 'apps.example.com', false],
    ['*.apps.example.com', 'a.appsxexample.com', false],
    ['*.apps.example.com', 'a.other.example.com', false],
    ['a.apps.example.com', 'a.apps.example.com', true],
    ['a.apps.example.com', 'b.apps.example.com', false],
  ])('listener %s admits %s: %s', (listener, hostname, admits) => {
    expect(listenerAdmits(listener, hostname)).toBe(admits);
  });
});

describe('user values that would replace our TLSRoute', () => {
  it('lists the keys under controlPlane.tlsRoute.spec, and nothing for values without them', () => {
    expect(userTlsRouteSpecKeys({ controlPlane: { tlsRoute: { spec: { hostnames: ['b.apps.example.com'], rules: [] }, labels: { a: 'b' } } } })).toEqual([
      'controlPlane.tlsRoute.spec.hostnames',
      'controlPlane.tlsRoute.spec.rules',
    ]);
    expect(userTlsRouteSpecKeys({ controlPlane: { tlsRoute: { labels: { a: 'b' } } } })).toEqual([]);
    expect(userTlsRouteSpecKeys({ controlPlane: 'not a map' })).toEqual([]);
    expect(userTlsRouteSpecKeys({})).toEqual([]);
  });
});
