import { gateText, isAtLeast, parseVersion, VCLUSTER_VALUES_FORMAT } from '../charts/version';
import { DEFAULT_CHARTS } from '../model/defaults';
import { urlCredentials } from '../model/secrets';
import { finding, Rule, RuleFinding, show } from './rule';

const FIRST = `${gateText(VCLUSTER_VALUES_FORMAT)}.0`;
const EXAMPLE = DEFAULT_CHARTS.vcluster.version;

/** Helm's repository schemes; `oci://` for registries. */
const REPOSITORY = /^(https?|oci):\/\/[^\s/?#@]+(\/[^\s?#]*)?$/;

export const CG16: Rule = {
  id: 'CG-16',
  severities: ['error'],
  title: `The vcluster chart version is pinned per group (an exact version, ${FIRST} or later); all its virtual clusters use it. Chart repositories are https, http or oci URLs, without credentials.`,
  rationale: `A range would let a chart upgrade slip into a plan unreviewed; the values we write are those of the vcluster.yaml format of chart ${gateText(VCLUSTER_VALUES_FORMAT)} and later. A repository that is not a URL fails at apply; credentials in one end up in cdk.tf.json, the state and every plan.`,
  remedy: `Pin vclusterChartVersion to one released version, ${FIRST} or later (e.g. "${EXAMPLE}"); give mirrors as plain URLs and their credentials to Helm outside the code (helm registry login, repository config).`,
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      const { charts } = group;
      const path = group.spec.path;
      if (!parseVersion(charts.vcluster.version) || !isAtLeast(charts.vcluster.version, VCLUSTER_VALUES_FORMAT))
        findings.push(
          finding({
            severity: 'error',
            path,
            received: `vcluster chart version ${show(charts.vcluster.version)}`,
            expected: `an exact version, ${FIRST} or later, such as "${EXAMPLE}"`,
            fix: 'pin vclusterChartVersion to one released version',
          }),
        );
      for (const [name, chart] of Object.entries(charts)) {
        const repository: unknown = chart.repository;
        const secret = typeof repository === 'string' ? urlCredentials(repository) : undefined;
        if (secret)
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `${name} chart repository with ${secret}`,
              expected: 'a repository URL without credentials',
              fix: 'remove the credentials from the URL and give them to Helm outside the code (repository config, helm registry login); treat them as leaked',
            }),
          );
        else if (typeof repository !== 'string' || !REPOSITORY.test(repository))
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `${name} chart repository ${show(repository)}`,
              expected: 'an https://, http:// or oci:// URL such as "https://charts.loft.sh"',
              fix: 'give the mirror’s URL',
            }),
          );
      }
    }
    return findings;
  },
};
