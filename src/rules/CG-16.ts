import { isAtLeast, parseVersion } from '../charts/version';
import { urlCredentials } from '../model/secrets';
import { Finding } from '../model/types';
import { finding, Rule, show } from './rule';

/** Helm's repository schemes; `oci://` for registries. */
const REPOSITORY = /^(https?|oci):\/\/[^\s/?#@]+(\/[^\s?#]*)?$/;

export const CG16: Rule = {
  id: 'CG-16',
  title: 'The vcluster chart version is pinned per group (an exact version, 0.20.0 or later); all its virtual clusters use it. Chart repositories are https, http or oci URLs, without credentials.',
  rationale:
    'A range would let a chart upgrade slip into a plan unreviewed; the values we write are those of the vcluster.yaml format of chart 0.20 and later. A repository that is not a URL fails at apply; credentials in one end up in cdk.tf.json, the state and every plan.',
  remedy:
    'Pin vclusterChartVersion to one released version, 0.20.0 or later (e.g. "0.36.1"); give mirrors as plain URLs and their credentials to Helm outside the code (helm registry login, repository config).',
  check: ({ fleet }) => {
    const findings: Finding[] = [];
    for (const group of fleet.groups) {
      const { charts, path } = group.spec;
      if (!parseVersion(charts.vcluster.version) || !isAtLeast(charts.vcluster.version, 0, 20))
        findings.push(
          finding(
            'CG-16',
            'error',
            path,
            `vcluster chart version ${show(charts.vcluster.version)}`,
            'an exact version, 0.20.0 or later, such as "0.36.1"',
            'pin vclusterChartVersion to one released version',
          ),
        );
      for (const [name, chart] of Object.entries(charts)) {
        const repository: unknown = chart.repository;
        const secret = typeof repository === 'string' ? urlCredentials(repository) : undefined;
        if (secret)
          findings.push(
            finding(
              'CG-16',
              'error',
              path,
              `${name} chart repository with ${secret}`,
              'a repository URL without credentials',
              'remove the credentials from the URL and give them to Helm outside the code (repository config, helm registry login); treat them as leaked',
            ),
          );
        else if (typeof repository !== 'string' || !REPOSITORY.test(repository))
          findings.push(
            finding('CG-16', 'error', path, `${name} chart repository ${show(repository)}`, 'an https://, http:// or oci:// URL such as "https://charts.loft.sh"', 'give the mirror’s URL'),
          );
      }
    }
    return findings;
  },
};
