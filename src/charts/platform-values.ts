import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { packageRoot } from '../package-root';
import { GroupSpec, HostEndpoint } from '../model/types';
import { isMap, Values } from '../model/values';
import { mergeValues } from './merge';

/** The platform charts users may give values for, with the defaults (`values.yaml`) we ship of the pinned version. */
const DEFAULTS = { metallb: 'metallb/values.0.16.1.yaml', 'ingress-nginx': 'ingress-nginx/values.4.15.1.yaml' } as const;
export type PlatformChart = keyof typeof DEFAULTS;

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

/** The user's values for a host's platform chart: the group's default, then the host's own (each a map, else HC-7 says so). */
export function userPlatformValues(group: GroupSpec, endpoint: HostEndpoint): Values {
  if (endpoint.kind !== 'metallb' && endpoint.kind !== 'ingress-nginx') return {};
  const groupLayer = endpoint.kind === 'metallb' ? group.platformValues?.metallb : group.platformValues?.ingressNginx;
  return mergeValues(...[groupLayer, endpoint.values].filter(isMap));
}
