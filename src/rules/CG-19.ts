import { RELEASE_TIMEOUT_BOUNDS } from '../model/defaults';
import { finding, Rule, show } from './rule';

const { min, max } = RELEASE_TIMEOUT_BOUNDS;

export const CG19: Rule = {
  id: 'CG-19',
  severities: ['error'],
  title: `The Helm release timeout is a whole number of seconds from ${min} to ${max} (default 600).`,
  rationale:
    'Every release waits until its pods are ready: too short and a first install on a fresh node (image pulls, a volume binding late) is rolled back every time; too long and a broken release holds the deploy for an hour.',
  remedy: `Set releaseTimeoutSeconds to a whole number from ${min} to ${max}, or leave it out for 600.`,
  check: ({ fleet }) =>
    fleet.groups
      .filter((group) => {
        const value = group.spec.releaseTimeoutSeconds;
        return value !== undefined && !(Number.isInteger(value) && (value as number) >= min && (value as number) <= max);
      })
      .map((group) =>
        finding({
          severity: 'error',
          path: group.spec.path,
          received: `releaseTimeoutSeconds ${show(group.spec.releaseTimeoutSeconds)}`,
          expected: `a whole number of seconds from ${min} to ${max} (default 600)`,
          fix: 'set releaseTimeoutSeconds to e.g. 900, or leave it out',
        }),
      ),
};
