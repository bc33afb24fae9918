import { finding, Rule, show } from './rule';

export const CG13: Rule = {
  id: 'CG-13',
  title: 'Oversubscription is a whole percentage, default 120, at least 100.',
  rationale: 'Below 100 a host could not hold what it has; a fraction of a percent is a typo, not a policy.',
  remedy: 'Set oversubscriptionPercent to a whole number of at least 100, or leave it out for 120.',
  check: ({ fleet }) =>
    fleet.groups
      .filter((group) => {
        const value = group.spec.oversubscriptionPercent;
        return value !== undefined && !(Number.isInteger(value) && (value as number) >= 100);
      })
      .map((group) =>
        finding({
          severity: 'error',
          path: group.spec.path,
          received: `oversubscriptionPercent ${show(group.spec.oversubscriptionPercent)}`,
          expected: 'a whole number of at least 100 (default 120)',
          fix: 'set oversubscriptionPercent to e.g. 120, or leave it out',
        }),
      ),
};
