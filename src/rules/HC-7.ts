import { isMap, Values } from '../model/values';
import { chartDefaults, groupPlatformValues, ourPlatformValues, ownedConflicts, platformChartOf, PlatformChart, unknownKeys, userPlatformValues } from '../charts/platform-values';
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

export const HC7: Rule = {
  id: 'HC-7',
  severities: ['error'],
  title:
    'Values for a host’s MetalLB, ingress-nginx or Gateway controller chart (the group’s platformValues, then the host’s own) are maps of keys the chart has, set no key we own to something else, and do not turn off what the group relies on.',
  rationale:
    'No such chart refuses an unknown key, so a misspelt toleration or mirror would be ignored at apply; a key we own would be overridden silently; a disabled controller, speaker or IngressClass leaves every virtual cluster of the host unreachable.',
  remedy:
    'Give only keys of the chart’s values.yaml (0.16.1 for MetalLB, 4.15.1 for ingress-nginx, v1.9.0 for Envoy Gateway, 2.6.7 for NGINX Gateway Fabric), leave the keys we set to us, and keep the controller, speaker and IngressClass on.',
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      for (const host of group.hosts) {
        const platform = platformChartOf(host.spec.endpoint);
        if (!platform) continue;
        const { chart } = platform;
        const path = host.spec.path;
        const bad = [groupPlatformValues(group.spec, chart), platform.values].find((layer) => layer !== undefined && !isMap(layer));
        if (bad !== undefined) {
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `${chart} values ${show(bad)}`,
              expected: 'an object of chart values',
              fix: 'give the values as an object, e.g. { speaker: { tolerations: [...] } }',
            }),
          );
          continue;
        }
        const user = userPlatformValues(group.spec, host.spec.endpoint);
        if (Object.keys(user).length === 0) continue;
        const unknown = unknownKeys(user, chartDefaults(chart));
        if (unknown.length)
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `${chart} values with keys the chart does not have: ${unknown.join(', ')}`,
              expected: `keys of the ${chart} chart's values.yaml`,
              fix: 'correct or remove those keys',
            }),
          );
        const owned = ownedConflicts(user, ourPlatformValues(host.endpoint));
        if (owned.length)
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `${chart} values setting keys we own: ${owned.join(', ')}`,
              expected: 'those keys left to us (ours would win)',
              fix: 'remove those keys',
            }),
          );
        const off = RELIED_ON[chart].filter((key) => valueAt(user, key) === false).map((key) => key.join('.'));
        if (off.length)
          findings.push(finding({ severity: 'error', path, received: `${chart} values turning off ${off.join(', ')}`, expected: 'what the group relies on left on', fix: 'remove those keys' }));
      }
    }
    return findings;
  },
};
