import { isDnsName } from '../model/names';
import { finding, Rule, RuleFinding, show } from './rule';

function problem(path: string, whose: string, value: unknown): RuleFinding[] {
  if (value === undefined || isDnsName(value)) return [];
  return [
    finding({
      severity: 'error',
      path,
      received: `${whose} storageClass ${show(value)}`,
      expected: 'the name of a StorageClass of the host: a DNS-1123 subdomain (lowercase labels of at most 63, joined by ".")',
      fix: 'give the name of a StorageClass (kubectl get storageclass), or leave it out for the host’s default',
    }),
  ];
}

export const CG21: Rule = {
  id: 'CG-21',
  severities: ['error'],
  title: 'The storage class of the virtual clusters’ data volumes (a group’s storageClass, or a virtual cluster’s, which wins) is a StorageClass name (DNS-1123 subdomain).',
  rationale:
    'Many kubeadm, bare-metal and edge hosts have no default storage class: the control plane’s volume never binds and the install waits until it times out. A name Kubernetes cannot hold would be refused only at apply.',
  remedy: 'Set storageClass on the group (or on one virtual cluster) to the name of a StorageClass of the hosts, or leave it out for their default class.',
  check: ({ fleet }) =>
    fleet.groups.flatMap((group) => [
      ...problem(group.spec.path, 'group', group.spec.storageClass),
      ...group.virtualClusters.flatMap((vc) => problem(vc.spec.path, 'virtual cluster', vc.spec.storageClass)),
    ]),
};
