import { finding, Rule } from './rule';
import { wrongProps } from './wrong-prop';

export const CG18: Rule = {
  id: 'CG-18',
  severities: ['error'],
  title: 'Disk backup is refused: the volume backups it stands for need vCluster Pro’s host path mapper, which this library does not install, and privileged pods with host paths.',
  rationale:
    'Palette’s disk backup mounts host paths into the virtual cluster through the host path mapper. In vcluster chart 0.20 and later that mapper is a vCluster Pro feature (a license, and vCluster Platform for the central mapper): the chart accepts controlPlane.hostPathMapper but renders nothing for it, so turning it on would give privileged, host-path pods without the backups they are for.',
  remedy:
    'Remove diskBackup and back volumes up from inside each virtual cluster (Velero with its file-system backup, for example), or install vCluster Pro yourself and allow controlPlane.hostPathMapper and policies.podSecurityStandard in the group values (VC-7 warns).',
  check: ({ fleet }) =>
    fleet.groups
      .filter((group) => group.diskBackup)
      .map((group) =>
        finding({
          severity: 'error',
          path: group.spec.path,
          received: 'diskBackup: true',
          expected: 'no disk backup: it needs vCluster Pro’s host path mapper, which is not installed, and would run the virtual clusters privileged with host paths',
          fix: 'remove diskBackup; back volumes up from inside each virtual cluster (Velero file-system backup), or install vCluster Pro and set controlPlane.hostPathMapper in the group values',
        }),
      ),
  checkInput: (input) => wrongProps(input, 'diskBackup', ['group'], 'true or false', 'leave diskBackup out (it is refused when true)'),
};
