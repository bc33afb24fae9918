import { gateText, isAtLeast, VCLUSTER_VALUES_FORMAT } from '../charts/version';
import { finding, Rule } from './rule';

export const CG18: Rule = {
  id: 'CG-18',
  title: 'Disk backup (off by default) turns on host path mapping and the privileged pod security standard for the group’s virtual clusters, with a warning.',
  rationale: 'Backing up a virtual cluster’s volumes from the host needs privileged pods with host paths mounted: a reviewer must see that this was asked for.',
  remedy: 'Keep diskBackup on only if volume backups from the host are needed, knowing the virtual clusters then run privileged with host paths.',
  check: ({ fleet }) =>
    fleet.groups
      .filter((group) => group.diskBackup)
      .map((group) =>
        finding({
          severity: 'warning',
          path: group.spec.path,
          received: 'diskBackup: true',
          expected: 'an informed choice: host path mapping and the privileged pod security standard for every virtual cluster of the group',
          fix: `turn diskBackup off unless volume backups from the host are needed${isAtLeast(group.charts.vcluster.version, VCLUSTER_VALUES_FORMAT) ? `; host path mapping is a vCluster Pro feature in chart ${gateText(VCLUSTER_VALUES_FORMAT)} and later` : ''}`,
        }),
      ),
};
