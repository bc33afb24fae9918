import { gateText, isAtLeast, parseVersion, VCLUSTER_VALUES_FORMAT } from '../charts/version';
import { DEFAULT_CHARTS } from '../model/defaults';
import { finding, Rule, show } from './rule';

const FIRST = `${gateText(VCLUSTER_VALUES_FORMAT)}.0`;
const EXAMPLE = DEFAULT_CHARTS.vcluster.version;

export const CG16: Rule = {
  id: 'CG-16',
  title: `The vcluster chart version is pinned per group (an exact version, ${FIRST} or later); all its virtual clusters use it.`,
  rationale: `A range would let a chart upgrade slip into a plan unreviewed; the values we write are those of the vcluster.yaml format of chart ${gateText(VCLUSTER_VALUES_FORMAT)} and later.`,
  remedy: `Pin vclusterChartVersion to one released version, ${FIRST} or later (e.g. "${EXAMPLE}").`,
  check: ({ fleet }) =>
    fleet.groups
      .filter((group) => !parseVersion(group.charts.vcluster.version) || !isAtLeast(group.charts.vcluster.version, VCLUSTER_VALUES_FORMAT))
      .map((group) =>
        finding({
          severity: 'error',
          path: group.spec.path,
          received: `vcluster chart version ${show(group.charts.vcluster.version)}`,
          expected: `an exact version, ${FIRST} or later, such as "${EXAMPLE}"`,
          fix: 'pin vclusterChartVersion to one released version',
        }),
      ),
};
