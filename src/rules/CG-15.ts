import { isAtLeast } from '../charts/version';
import { finding, Rule, RuleFinding, show } from './rule';

export const CG15: Rule = {
  id: 'CG-15',
  title: 'Distribution is k8s (default); k3s is deprecated (warning) and impossible with vcluster chart 0.33 or later (error); it cannot change once deployed.',
  rationale: 'Changing the distribution of a running virtual cluster loses its data store; chart 0.33 dropped k3s.',
  remedy: 'Use Distribution.K8S; keep a k3s group on a chart before 0.33 until it is replaced; never change the distribution of a deployed group: create a new group and move workloads.',
  check: ({ fleet, previousLock }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      const distribution = group.spec.distribution;
      const path = group.spec.path;
      if (distribution !== undefined && distribution !== 'k8s' && distribution !== 'k3s') {
        findings.push(finding({ severity: 'error', path, received: `distribution ${show(distribution)}`, expected: '"k8s" (or the deprecated "k3s")', fix: 'use Distribution.K8S' }));
        continue;
      }
      const version = group.spec.charts.vcluster.version;
      if (distribution === 'k3s') {
        if (isAtLeast(version, 0, 33))
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `distribution "k3s" with vcluster chart ${version}`,
              expected: 'k8s, the only distribution of chart 0.33 and later',
              fix: 'use Distribution.K8S for new groups, or keep a chart before 0.33 for existing k3s clusters',
            }),
          );
        else findings.push(finding({ severity: 'warning', path, received: 'distribution "k3s"', expected: 'k8s: k3s is deprecated and gone from chart 0.33', fix: 'plan the move to a k8s group' }));
      }
      const locked = previousLock.groups[group.key]?.distribution;
      const current = distribution ?? 'k8s';
      if (locked && locked !== current) {
        findings.push(
          finding({
            severity: 'error',
            path,
            received: `distribution ${show(current)}, deployed as ${show(locked)} (cluster-groups.lock.json)`,
            expected: `the deployed distribution ${show(locked)}`,
            fix: 'keep the distribution; to change it, create a new group and move the workloads',
          }),
        );
      }
    }
    return findings;
  },
};
