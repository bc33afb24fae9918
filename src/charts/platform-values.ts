import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { packageRoot } from '../package-root';
import { Endpoint, GATEWAY_IMPLEMENTATION_NAMES, oneListed } from '../model/endpoints';
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

/** The platform chart we install for a host's endpoint, and the values the host gives it; undefined for an endpoint with none. */
export function platformChartOf(endpoint: HostEndpoint): { readonly chart: PlatformChart; readonly values: unknown } | undefined {
  switch (endpoint.kind) {
    case 'metallb':
    case 'ingress-nginx':
      return { chart: endpoint.kind, values: endpoint.values };
    case 'gateway':
      // A choice that is none of the listed ones is CG-11's finding; the default stands in for it meanwhile.
      return { chart: oneListed(GATEWAY_IMPLEMENTATION_NAMES, endpoint.implementation), values: endpoint.values };
    default:
      return undefined;
  }
}

/** The values we give a host's platform chart (its endpoint resolved): the keys we own. */
export function ourPlatformValues(endpoint: Endpoint): Values {
  switch (endpoint.kind) {
    case 'metallb':
      return metallbValues();
    case 'ingress-nginx':
      return ingressNginxValues(endpoint.className, endpoint.service);
    case 'gateway':
      return gatewayControllerValues(endpoint.implementation, endpoint.service);
    default:
      return {};
  }
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
  return mergeValues(userPlatformValues(group, given), ourPlatformValues(resolved));
}

/** The user's values for a host's platform chart: the group's default, then the host's own (each a map, else HC-7 says so). */
export function userPlatformValues(group: GroupSpec, endpoint: HostEndpoint): Values {
  const platform = platformChartOf(endpoint);
  if (!platform) return {};
  return mergeValues(...[groupPlatformValues(group, platform.chart), platform.values].filter(isMap));
}
