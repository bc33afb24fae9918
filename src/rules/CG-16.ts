import { isAtLeast, parseVersion } from '../charts/version';
import { finding, Rule, show } from './rule';

export const CG16: Rule = {
  id: 'CG-16',
  title: 'The vcluster chart version is pinned per group (an exact version, 0.20.0 or later); all its virtual clusters use it.',
  rationale: 'A range would let a chart upgrade slip into a plan unreviewed; the values we write are those of the vcluster.yaml format of chart 0.20 and later.',
  remedy: 'Pin vclusterChartVersion to one released version, 0.20.0 or later (e.g. "0.36.1").',
  check: ({ fleet }) =>
    fleet.groups
      .filter((group) => !parseVersion(group.spec.charts.vcluster.version) || !isAtLeast(group.spec.charts.vcluster.version, 0, 20))
      .map((group) =>
        finding({
          severity: 'error',
          path: group.spec.path,
          received: `vcluster chart version ${show(group.spec.charts.vcluster.version)}`,
          expected: 'an exact version, 0.20.0 or later, such as "0.36.1"',
          fix: 'pin vclusterChartVersion to one released version',
        }),
      ),
};
