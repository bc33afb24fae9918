/**
 * The labels of the namespaces we create for a group's virtual clusters (see
 * constructs/host-resources.ts): a Gateway we install admits routes from exactly these.
 */
import { GROUP_LABEL, MANAGED_BY_LABEL, MANAGED_BY_VALUE } from '../model/labels';

export function groupNamespaceLabels(group: string): Record<string, string> {
  return { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE, [GROUP_LABEL]: group };
}
