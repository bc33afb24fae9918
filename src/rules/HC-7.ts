import { Endpoint } from '../model/endpoints';
import { GroupSpec, HostEndpoint } from '../model/types';
import { isMap, Values } from '../model/values';
import { chartDefaults, groupPlatformValues, hostPlatformValues, ownedConflicts, platformChartOf, PlatformChart, unknownKeys, userPlatformValues } from '../charts/platform-values';
import { finding, Rule, RuleFinding, show } from './rule';

/** Switches of the charts that turn off what the group relies on: MetalLB's controller and speaker, the IngressClass of ingress-nginx (the Gateway controllers have no such switch). */
const RELIED_ON: Record<PlatformChart, string[][]> = {
  metallb: [
    ['controller', 'enabled'],
    ['speaker', 'enabled'],
  ],
  'ingress-nginx': [['controller', 'ingressClassResource', 'enabled']],
  'envoy-gateway': [],
  'nginx-gateway-fabric': [],
};

function valueAt(values: Values, path: string[]): unknown {
  let at: unknown = values;
  for (const key of path) at = isMap(at) ? at[key] : undefined;
  return at;
}

/** The findings of one platform chart of a host: the endpoint's, or the ingress-nginx kept beside a Gateway during a move. */
function checkChart(group: GroupSpec, path: string, given: HostEndpoint, resolved: Endpoint): RuleFinding[] {
  const platform = platformChartOf(resolved);
  if (!platform) return [];
  const { chart } = platform;
  const bad = [groupPlatformValues(group, chart), hostPlatformValues(given)].find((layer) => layer !== undefined && !isMap(layer));
  if (bad !== undefined)
    return [
      finding({
        severity: 'error',
        path,
        received: `${chart} values ${show(bad)}`,
        expected: 'an object of chart values',
        fix: 'give the values as an object, e.g. { tolerations: [...] } where the chart has them',
      }),
    ];
  const user = userPlatformValues(group, chart, given);
  if (Object.keys(user).length === 0) return [];
  const unknown = unknownKeys(user, chartDefaults(chart));
  const owned = ownedConflicts(user, platform.ours());
  const off = RELIED_ON[chart].filter((key) => valueAt(user, key) === false).map((key) => key.join('.'));
  const problems: [found: string[], received: string, expected: string, fix: string][] = [
    [unknown, 'with keys the chart does not have:', `keys of the ${chart} chart's values.yaml`, 'correct or remove those keys'],
    [owned, 'setting keys we own:', 'those keys left to us (ours would win)', 'remove those keys'],
    [off, 'turning off', 'what the group relies on left on', 'remove those keys'],
  ];
  return problems
    .filter(([found]) => found.length > 0)
    .map(([found, received, expected, fix]) => finding({ severity: 'error', path, received: `${chart} values ${received} ${found.join(', ')}`, expected, fix }));
}

export const HC7: Rule = {
  id: 'HC-7',
  severities: ['error'],
  title:
    'Values for a host’s MetalLB, ingress-nginx or Gateway controller chart (the group’s platformValues, then the host’s own) are maps of keys the chart has, set no key we own to something else, and do not turn off what the group relies on.',
  rationale:
    'No such chart refuses an unknown key, so a misspelt toleration or mirror would be ignored at apply; a key we own would be overridden silently; a disabled controller, speaker or IngressClass leaves every virtual cluster of the host unreachable.',
  remedy:
    'Give only keys of the chart’s values.yaml (0.16.1 for MetalLB, 4.15.1 for ingress-nginx, v1.9.0 for Envoy Gateway, 2.6.7 for NGINX Gateway Fabric), leave the keys we set to us, and keep the controller, speaker and IngressClass on.',
  check: ({ fleet }) =>
    fleet.groups.flatMap((group) =>
      group.hosts.flatMap((host) => {
        const { spec, endpoint } = host;
        // During a move to a Gateway, the ingress-nginx kept beside it keeps its values, checked as before.
        const keptSpec = spec.endpoint.kind === 'gateway' ? spec.endpoint.keepIngressNginx : undefined;
        const kept = endpoint.kind === 'gateway' ? endpoint.keep : undefined;
        return [...checkChart(group.spec, spec.path, spec.endpoint, endpoint), ...(keptSpec && kept ? checkChart(group.spec, spec.path, keptSpec, kept) : [])];
      }),
    ),
};
