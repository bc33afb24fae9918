import { GatewayImplementation, gatewayImplementation } from './gateway-facts';
import { isMap, Values } from '../model/values';
import { isAtLeast, VCLUSTER_TLS_ROUTE } from './version';

/** vcluster renders `controlPlane.tlsRoute` from chart 0.34.0 on (the 0.33 values schema refuses the key). */
export function vclusterRendersTlsRoute(chartVersion: unknown): boolean {
  return isAtLeast(chartVersion, VCLUSTER_TLS_ROUTE);
}

/** A Gateway API bundle version as its CRDs carry it (`gateway.networking.k8s.io/bundle-version`: `v1.5.1`); exact releases only. */
const BUNDLE = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

function parseBundle(bundle: unknown): [number, number] | undefined {
  const match = typeof bundle === 'string' ? BUNDLE.exec(bundle) : null;
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/**
 * How a controller takes the Gateway API CRDs a host has. TLSRoute is served as `v1` from bundle
 * v1.5 on, and both Envoy Gateway 1.9 and NGF 2.6 watch only `v1` TLSRoutes: an older bundle (or
 * another major) leaves the virtual clusters unrouted. NGF accepts another 1.x minor "best effort".
 */
export type BundleSupport = 'supported' | 'best-effort' | 'unsupported';

export function bundleSupport(implementation: GatewayImplementation | undefined, bundle: unknown): BundleSupport {
  const parsed = parseBundle(bundle);
  if (parsed === undefined || parsed[0] !== 1 || parsed[1] < 5) return 'unsupported';
  if (implementation === undefined) return 'supported';
  const facts = gatewayImplementation(implementation);
  return facts.otherMinorBestEffort && parseBundle(facts.gatewayApiBundle)?.[1] !== parsed[1] ? 'best-effort' : 'supported';
}

/**
 * Whether a listener's hostname admits a route's hostname, as Gateway API defines it: no
 * hostname admits all; `*.example.com` is a suffix match (`a.example.com`, `b.a.example.com`,
 * never `example.com`); any other hostname only itself.
 */
export function listenerAdmits(listenerHostname: string | undefined, hostname: string): boolean {
  if (listenerHostname === undefined || listenerHostname === '') return true;
  if (!listenerHostname.startsWith('*.')) return listenerHostname === hostname;
  const suffix = listenerHostname.slice(1);
  return hostname.endsWith(suffix) && hostname.length > suffix.length;
}

/**
 * The keys a user set under `controlPlane.tlsRoute.spec`. The chart passes that map through
 * `tpl` and lets its `hostnames`, `parentRefs` and `rules` replace ours: a virtual cluster could
 * claim another one's hostname on the shared listener.
 */
export function userTlsRouteSpecKeys(values: Values): string[] {
  const controlPlane = values.controlPlane;
  const tlsRoute = isMap(controlPlane) ? controlPlane.tlsRoute : undefined;
  const spec = isMap(tlsRoute) ? tlsRoute.spec : undefined;
  return isMap(spec) ? Object.keys(spec).map((key) => `controlPlane.tlsRoute.spec.${key}`) : [];
}
