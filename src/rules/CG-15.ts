import { gateText, isAtLeast, VCLUSTER_WITHOUT_K3S } from '../charts/version';

const WITHOUT_K3S = gateText(VCLUSTER_WITHOUT_K3S);
import { finding, Rule, RuleFinding, show } from './rule';

export const CG15: Rule = {
  id: 'CG-15',
  severities: ['error', 'warning'],
  title: `Distribution is k8s (default); k3s is deprecated (warning) and impossible with vcluster chart ${WITHOUT_K3S} or later (error); it cannot change once deployed.`,
  rationale: `Changing the distribution of a running virtual cluster loses its data store; chart ${WITHOUT_K3S} dropped k3s.`,
  remedy: `Use Distribution.K8S; keep a k3s group on a chart before ${WITHOUT_K3S} until it is replaced; never change the distribution of a deployed group: create a new group and move workloads.`,
  check: ({ fleet, previousLock }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      const distribution = group.spec.distribution;
      const path = group.spec.path;
      if (distribution !== undefined && distribution !== 'k8s' && distribution !== 'k3s') {
        findings.push(finding({ severity: 'error', path, received: `distribution ${show(distribution)}`, expected: '"k8s" (or the deprecated "k3s")', fix: 'use Distribution.K8S' }));
        continue;
      }
      const version = group.charts.vcluster.version;
      if (distribution === 'k3s') {
        if (isAtLeast(version, VCLUSTER_WITHOUT_K3S))
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `distribution "k3s" with vcluster chart ${version}`,
              expected: `k8s, the only distribution of chart ${WITHOUT_K3S} and later`,
              fix: `use Distribution.K8S for new groups, or keep a chart before ${WITHOUT_K3S} for existing k3s clusters`,
            }),
          );
        else
          findings.push(
            finding({ severity: 'warning', path, received: 'distribution "k3s"', expected: `k8s: k3s is deprecated and gone from chart ${WITHOUT_K3S}`, fix: 'plan the move to a k8s group' }),
          );
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
