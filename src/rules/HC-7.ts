import { ingressNginxValues } from '../charts/ingress-nginx-values';
import { isMap, Values } from '../model/values';
import { metallbValues } from '../charts/metallb-values';
import { chartDefaults, ownedConflicts, unknownKeys, userPlatformValues } from '../charts/platform-values';
import { finding, Rule, RuleFinding, show } from './rule';

/** Switches of the charts that turn off what the group relies on: MetalLB's controller and speaker, the IngressClass of ingress-nginx. */
const RELIED_ON: Record<'metallb' | 'ingress-nginx', string[][]> = {
  metallb: [
    ['controller', 'enabled'],
    ['speaker', 'enabled'],
  ],
  'ingress-nginx': [['controller', 'ingressClassResource', 'enabled']],
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
    'Values for a host’s MetalLB or ingress-nginx chart (the group’s platformValues, then the host’s own) are maps of keys the chart has, set no key we own to something else, and do not turn off what the group relies on.',
  rationale:
    'Neither chart refuses an unknown key, so a misspelt toleration or mirror would be ignored at apply; a key we own would be overridden silently; a disabled controller, speaker or IngressClass leaves every virtual cluster of the host unreachable.',
  remedy: 'Give only keys of the chart’s values.yaml (0.16.1 for MetalLB, 4.15.1 for ingress-nginx), leave the keys we set to us, and keep the controller, speaker and IngressClass on.',
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      for (const host of group.hosts) {
        const endpoint = host.spec.endpoint;
        if (endpoint.kind !== 'metallb' && endpoint.kind !== 'ingress-nginx') continue;
        const path = host.spec.path;
        const layers = [group.spec.platformValues?.[endpoint.kind === 'metallb' ? 'metallb' : 'ingressNginx'], endpoint.values];
        const bad = layers.find((layer) => layer !== undefined && !isMap(layer));
        if (bad !== undefined) {
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `${endpoint.kind} values ${show(bad)}`,
              expected: 'an object of chart values',
              fix: 'give the values as an object, e.g. { speaker: { tolerations: [...] } }',
            }),
          );
          continue;
        }
        const user = userPlatformValues(group.spec, endpoint);
        if (Object.keys(user).length === 0) continue;
        const resolved = host.endpoint;
        const ours = resolved.kind === 'ingress-nginx' ? ingressNginxValues(resolved.className, resolved.service) : metallbValues();
        const unknown = unknownKeys(user, chartDefaults(endpoint.kind));
        if (unknown.length)
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `${endpoint.kind} values with keys the chart does not have: ${unknown.join(', ')}`,
              expected: `keys of the ${endpoint.kind} chart's values.yaml`,
              fix: 'correct or remove those keys',
            }),
          );
        const owned = ownedConflicts(user, ours);
        if (owned.length)
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `${endpoint.kind} values setting keys we own: ${owned.join(', ')}`,
              expected: 'those keys left to us (ours would win)',
              fix: 'remove those keys',
            }),
          );
        const off = RELIED_ON[endpoint.kind].filter((key) => valueAt(user, key) === false).map((key) => key.join('.'));
        if (off.length)
          findings.push(
            finding({ severity: 'error', path, received: `${endpoint.kind} values turning off ${off.join(', ')}`, expected: 'what the group relies on left on', fix: 'remove those keys' }),
          );
      }
    }
    return findings;
  },
};
