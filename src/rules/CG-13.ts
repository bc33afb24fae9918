import { DEFAULT_OVERSUBSCRIPTION_PERCENT, MIN_OVERSUBSCRIPTION_PERCENT } from '../model/defaults';
import { finding, Rule, show } from './rule';

export const CG13: Rule = {
  id: 'CG-13',
  severities: ['error'],
  title: `Oversubscription is a whole percentage, default ${DEFAULT_OVERSUBSCRIPTION_PERCENT}, at least ${MIN_OVERSUBSCRIPTION_PERCENT}.`,
  rationale: `Below ${MIN_OVERSUBSCRIPTION_PERCENT} a host could not hold what it has; a fraction of a percent is a typo, not a policy.`,
  remedy: `Set oversubscriptionPercent to a whole number of at least ${MIN_OVERSUBSCRIPTION_PERCENT}, or leave it out for ${DEFAULT_OVERSUBSCRIPTION_PERCENT}.`,
  check: ({ fleet }) =>
    fleet.groups
      .filter((group) => {
        const value = group.spec.oversubscriptionPercent;
        return value !== undefined && !(Number.isInteger(value) && (value as number) >= MIN_OVERSUBSCRIPTION_PERCENT);
      })
      .map((group) =>
        finding({
          severity: 'error',
          path: group.spec.path,
          received: `oversubscriptionPercent ${show(group.spec.oversubscriptionPercent)}`,
          expected: `a whole number of at least ${MIN_OVERSUBSCRIPTION_PERCENT} (default ${DEFAULT_OVERSUBSCRIPTION_PERCENT})`,
          fix: `set oversubscriptionPercent to e.g. ${DEFAULT_OVERSUBSCRIPTION_PERCENT}, or leave it out`,
        }),
      ),
};
