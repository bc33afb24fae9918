import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { packageRoot } from '../package-root';
import { Endpoint } from '../model/endpoints';
import { GroupSpec, HostEndpoint } from '../model/types';
import { isMap, Values } from '../model/values';
import { gatewayControllerValues } from './gateway-controller-values';
import { ingressNginxValues } from './ingress-nginx-values';
import { mergeValues } from './merge';
import { metallbValues } from './metallb-values';

/** The platform charts users may give values for, with the defaults (`values.yaml`) we ship of the pinned version. */
const DEFAULTS = {
  metallb: 'metallb/values.0.16.1.yaml',
  'ingress-nginx': 'ingress-nginx/values.4.15.1.yaml',
  'envoy-gateway': 'envoy-gateway/values.v1.9.0.yaml',
  'nginx-gateway-fabric': 'nginx-gateway-fabric/values.2.6.7.yaml',
} as const;
export type PlatformChart = keyof typeof DEFAULTS;

/** Where a platform chart's values for every host of a group are given: the key of `platformValues`. */
const GROUP_KEYS = { metallb: 'metallb', 'ingress-nginx': 'ingressNginx', 'envoy-gateway': 'envoyGateway', 'nginx-gateway-fabric': 'nginxGatewayFabric' } as const;

/** The platform chart we install for a host's endpoint (resolved: defaults applied), and the values we give it, the keys we own; undefined for an endpoint with none. */
export function platformChartOf(endpoint: Endpoint): { readonly chart: PlatformChart; readonly ours: () => Values } | undefined {
  switch (endpoint.kind) {
    case 'metallb':
      return { chart: 'metallb', ours: metallbValues };
    case 'ingress-nginx':
      return { chart: 'ingress-nginx', ours: () => ingressNginxValues(endpoint.className, endpoint.service) };
    case 'gateway':
      return { chart: endpoint.implementation, ours: () => gatewayControllerValues(endpoint.implementation, endpoint.service) };
    default:
      return undefined;
  }
}

/** The values a host gives its platform chart, as given. */
export function hostPlatformValues(endpoint: HostEndpoint): unknown {
  return 'values' in endpoint ? endpoint.values : undefined;
}

/** The group's values of a platform chart, as given. */
export function groupPlatformValues(group: GroupSpec, chart: PlatformChart): unknown {
  return group.platformValues?.[GROUP_KEYS[chart]];
}

const loaded = new Map<PlatformChart, Values>();

/** The chart's own defaults, read once, only when someone gave values for it. */
export function chartDefaults(chart: PlatformChart): Values {
  let defaults = loaded.get(chart);
  if (!defaults) {
    defaults = parse(readFileSync(join(packageRoot(), 'schemas', DEFAULTS[chart]), 'utf8')) as Values;
    loaded.set(chart, defaults);
  }
  return defaults;
}

function isFreeMap(defaults: Values): boolean {
  const keys = Object.keys(defaults);
  return keys.length === 0 || keys.some((key) => /[./]/.test(key));
}

/**
 * Paths of values the chart's defaults do not have (neither chart refuses unknown keys: a typo
 * would be ignored silently). A map whose default is empty (`extraArgs: {}`) or keyed by
 * Kubernetes label names (`nodeSelector: { kubernetes.io/os: linux }`) takes any key. Options that
 * values.yaml only shows commented out are not known: use the documented key (for ingress-nginx's
 * registry, `global.image.registry`).
 */
export function unknownKeys(values: Values, defaults: Values, prefix = ''): string[] {
  return Object.entries(values).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    if (!(key in defaults)) return [path];
    const known = defaults[key];
    if (isMap(value) && isMap(known) && !isFreeMap(known)) return unknownKeys(value, known, `${path}.`);
    return [];
  });
}

/** Paths where the user's values set a key of ours to something else: ours would win, silently. */
export function ownedConflicts(user: Values, ours: Values, prefix = ''): string[] {
  return Object.entries(user).flatMap(([key, value]) => {
    if (!(key in ours)) return [];
    const path = `${prefix}${key}`;
    const own = ours[key];
    if (isMap(own) && isMap(value)) return ownedConflicts(value, own, `${path}.`);
    return JSON.stringify(own) === JSON.stringify(value) ? [] : [path];
  });
}

/** The values a host's platform chart gets: the user's (HC-7 checked them) under ours. */
export function platformChartValues(group: GroupSpec, given: HostEndpoint, resolved: Endpoint): Values {
  const platform = platformChartOf(resolved);
  return platform ? mergeValues(userPlatformValues(group, platform.chart, given), platform.ours()) : {};
}

/** The user's values for a host's platform chart: the group's default, then the host's own (each a map, else HC-7 says so). */
export function userPlatformValues(group: GroupSpec, chart: PlatformChart, given: HostEndpoint): Values {
  return mergeValues(...[groupPlatformValues(group, chart), hostPlatformValues(given)].filter(isMap));
}
