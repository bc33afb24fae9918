import { MIN_OBJECT_QUOTA, ObjectQuota } from '../model/defaults';
import { finding, Rule, RuleFinding, show } from './rule';

const KEYS = Object.keys(MIN_OBJECT_QUOTA) as Array<keyof ObjectQuota>;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const CG20: Rule = {
  id: 'CG-20',
  severities: ['error'],
  title: `Object counts of the virtual clusters' namespace quota (objectQuota: ${KEYS.join(', ')}) are whole numbers, each at least what a virtual cluster itself runs with.`,
  rationale:
    'The quota also counts the virtual cluster’s own objects: with fewer pods, services, volumes, secrets or config maps than its control plane, CoreDNS and Helm’s history need, it never starts, and the install times out.',
  remedy: `Give objectQuota only the keys ${KEYS.join(', ')}, each a whole number at least ${KEYS.map((key) => `${key} ${MIN_OBJECT_QUOTA[key]}`).join(', ')}; leave one out for the chart's number.`,
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      const given = group.spec.objectQuota;
      if (given === undefined) continue;
      const path = group.spec.path;
      if (!isObject(given)) {
        findings.push(finding({ severity: 'error', path, received: `objectQuota ${show(given)}`, expected: 'an object of counts', fix: 'give objectQuota as e.g. { pods: 40 }, or leave it out' }));
        continue;
      }
      for (const [key, value] of Object.entries(given)) {
        if (value === undefined) continue;
        if (!(KEYS as string[]).includes(key)) {
          findings.push(finding({ severity: 'error', path, received: `objectQuota.${key}`, expected: `one of ${KEYS.join(', ')}`, fix: `remove objectQuota.${key}` }));
          continue;
        }
        const least = MIN_OBJECT_QUOTA[key as keyof ObjectQuota];
        if (!(Number.isInteger(value) && (value as number) >= least))
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `objectQuota.${key} ${show(value)}`,
              expected: `a whole number of at least ${least}`,
              fix: `set objectQuota.${key} to ${least} or more, or leave it out`,
            }),
          );
      }
    }
    return findings;
  },
};
