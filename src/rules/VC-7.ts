import { isMap } from '../model/values';
import { refusedWhen, TENANT_KEYS, tenantKey, TenantKey, tenantKeysIn } from '../charts/tenant-keys';
import { Group } from '../model/fleet';
import { finding, Rule, RuleFinding, show } from './rule';

/** As long as cdk-nag asks of a suppression's reason: a word or two is not a reason. */
export const MIN_REASON_LENGTH = 10;

interface Allowance {
  readonly entry: TenantKey;
  readonly reason: string;
  /** Undefined: every virtual cluster of the group. */
  readonly virtualClusters?: readonly string[];
}

const EXAMPLE = "allowTenantValues: [{ key: 'rbac.role.extraRules', reason: 'team-a runs the snapshot operator', virtualClusters: ['team-a'] }]";

/** The group's allowances that are well formed; each malformed one is an error, so that a typo never silently allows nothing (or everything). */
function allowancesOf(group: Group, findings: RuleFinding[]): Allowance[] {
  const given = group.spec.allowTenantValues;
  if (given === undefined) return [];
  const path = group.spec.path;
  const expected = `a list of { key, reason, virtualClusters? }: key one of the table of risky values (explain VC-7), a reason of at least ${MIN_REASON_LENGTH} characters, names of virtual clusters of the group`;
  if (!Array.isArray(given)) {
    findings.push(finding({ severity: 'error', path, received: `allowTenantValues ${show(given)}`, expected: expected, fix: `write it as ${EXAMPLE}` }));
    return [];
  }
  const names = new Set(group.virtualClusters.map((vc) => vc.name));
  const allowances: Allowance[] = [];
  given.forEach((item: unknown, i) => {
    const problems: string[] = [];
    const entry = isMap(item) ? tenantKey(item.key) : undefined;
    if (!entry) problems.push(`key ${show(isMap(item) ? item.key : item)} is not in the table of risky values`);
    const reason = isMap(item) && typeof item.reason === 'string' ? item.reason.trim() : '';
    if (reason.length < MIN_REASON_LENGTH) problems.push(`the reason ${show(isMap(item) ? item.reason : undefined)} says too little`);
    const list = isMap(item) ? item.virtualClusters : undefined;
    if (list !== undefined && !(Array.isArray(list) && list.every((name) => typeof name === 'string' && names.has(name)))) {
      problems.push(`virtualClusters ${show(list)} does not name virtual clusters of the group`);
    }
    if (problems.length || !entry) {
      findings.push(finding({ severity: 'error', path, received: `allowTenantValues[${i}]: ${problems.join('; ')}`, expected: expected, fix: `correct it, as in ${EXAMPLE}` }));
      return;
    }
    allowances.push({ entry, reason, virtualClusters: list as string[] | undefined });
  });
  return allowances;
}

export const VC7: Rule = {
  id: 'VC-7',
  severities: ['error', 'warning'],
  title:
    'A virtual cluster’s own values may not widen what its tenant can do on the host (the table of risky values) unless the group allows that key, for that virtual cluster, with a reason; group values that set them lower isolation: a warning.',
  rationale:
    'Whoever writes one virtual cluster’s values controls what vcluster creates on the shared host: RBAC rules, host manifests, privileged pods, host paths, other namespaces’ secrets, foreign addresses and hostnames would give one tenant the platform, or another tenant’s data.',
  remedy: `Remove the key from the virtual cluster’s values, or, if the platform team accepts it, allow it on the group with a reason: ${EXAMPLE}.`,
  details: () => ['Risky values (key, when it counts as set: why):', ...TENANT_KEYS.map((entry) => `  ${entry.key}, ${refusedWhen(entry)}: ${entry.why}`)].join('\n'),
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      const allowances = allowancesOf(group, findings);
      if ('values' in group.userValues) {
        for (const use of tenantKeysIn(group.userValues.values)) {
          findings.push(
            finding({
              severity: 'warning',
              path: group.spec.path,
              received: `group values that set ${use.at}: ${use.entry.why}`,
              expected: 'group values that keep every virtual cluster of the group isolated',
              fix: `keep ${use.at} only if every virtual cluster of the group may have it`,
            }),
          );
        }
      }
      for (const vc of group.virtualClusters) {
        if (!('values' in vc.userValues)) continue;
        for (const use of tenantKeysIn(vc.userValues.values)) {
          const allowed = allowances.find((a) => a.entry === use.entry && (a.virtualClusters === undefined || a.virtualClusters.includes(vc.name)));
          findings.push(
            allowed
              ? finding({
                  severity: 'warning',
                  path: vc.spec.path,
                  received: `values that set ${use.at}, allowed by the group: ${allowed.reason}`,
                  expected: 'values that keep the tenant within its namespace',
                  fix: `remove the allowance for ${use.entry.key} once it is no longer needed`,
                })
              : finding({
                  severity: 'error',
                  path: vc.spec.path,
                  received: `values that set ${use.at}: ${use.entry.why}`,
                  expected: 'per-virtual-cluster values that do not widen what the tenant can do on the host',
                  fix: `remove it, or allow it on the group with a reason: allowTenantValues: [{ key: '${use.entry.key}', reason: '…', virtualClusters: ['${vc.name}'] }]`,
                }),
          );
        }
      }
    }
    return findings;
  },
};
