/**
 * The labels of the namespaces we create for a group's virtual clusters (see
 * constructs/host-resources.ts): a Gateway we install admits routes from exactly these.
 */
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
export const MANAGED_BY_VALUE = 'cdktf-cluster-groups';
export const GROUP_LABEL = 'cluster-groups/group';

export function groupNamespaceLabels(group: string): Record<string, string> {
  return { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE, [GROUP_LABEL]: group };
}
