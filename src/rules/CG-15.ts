import { Finding } from '../model/types';
import { isAtLeast } from '../charts/version';
import { finding, Rule, show } from './rule';

export const CG15: Rule = {
  id: 'CG-15',
  title: 'Distribution is k8s (default); k3s is deprecated (warning) and impossible with vcluster chart 0.33 or later (error); it cannot change once deployed.',
  rationale: 'Changing the distribution of a running virtual cluster loses its data store; chart 0.33 dropped k3s.',
  remedy: 'Use Distribution.K8S; keep a k3s group on a chart before 0.33 until it is replaced; never change the distribution of a deployed group: create a new group and move workloads.',
  check: ({ fleet, previousLock }) => {
    const findings: Finding[] = [];
    for (const group of fleet.groups) {
      const distribution = group.spec.distribution;
      const path = group.spec.path;
      if (distribution !== undefined && distribution !== 'k8s' && distribution !== 'k3s') {
        findings.push(finding('CG-15', 'error', path, `distribution ${show(distribution)}`, '"k8s" (or the deprecated "k3s")', 'use Distribution.K8S'));
        continue;
      }
      const version = group.spec.charts.vcluster.version;
      if (distribution === 'k3s') {
        if (isAtLeast(version, 0, 33))
          findings.push(
            finding(
              'CG-15',
              'error',
              path,
              `distribution "k3s" with vcluster chart ${version}`,
              'k8s, the only distribution of chart 0.33 and later',
              'use Distribution.K8S for new groups, or keep a chart before 0.33 for existing k3s clusters',
            ),
          );
        else findings.push(finding('CG-15', 'warning', path, 'distribution "k3s"', 'k8s: k3s is deprecated and gone from chart 0.33', 'plan the move to a k8s group'));
      }
      const locked = previousLock.groups[group.key]?.distribution;
      const current = distribution ?? 'k8s';
      if (locked && locked !== current) {
        findings.push(
          finding(
            'CG-15',
            'error',
            path,
            `distribution ${show(current)}, deployed as ${show(locked)} (cluster-groups.lock.json)`,
            `the deployed distribution ${show(locked)}`,
            'keep the distribution; to change it, create a new group and move the workloads',
          ),
        );
      }
    }
    return findings;
  },
};
