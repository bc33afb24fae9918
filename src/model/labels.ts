/**
 * Kubernetes labels, as the API server checks them (a qualified-name key, a value of at most 63),
 * and the keys we set ourselves on what we create: a group's tags become labels beside them.
 */
import { isDnsName } from './names';

const NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;

/** The label saying we manage a namespace or secret, and its value. */
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
export const MANAGED_BY_VALUE = 'cdktf-cluster-groups';
/** The label naming the group of a virtual cluster's namespace. */
export const GROUP_LABEL = 'cluster-groups/group';

/** Key prefixes we write (`cluster-groups/…`, pod security), and those Kubernetes keeps for itself: a tag may use none of them, nor {@link MANAGED_BY_LABEL}. */
const RESERVED_LABEL_PREFIXES: readonly string[] = ['cluster-groups', 'pod-security.kubernetes.io', 'kubernetes.io', 'k8s.io'];

/** `[prefix/]name`: an optional DNS subdomain of at most 253, and a name of at most 63. */
export function isLabelKey(key: string): boolean {
  const slash = key.lastIndexOf('/');
  const prefix = slash < 0 ? undefined : key.slice(0, slash);
  const name = key.slice(slash + 1);
  if (!NAME.test(name)) return false;
  return prefix === undefined || isDnsName(prefix);
}

/** Empty, or at most 63 letters, digits, `-`, `_`, `.`, starting and ending with a letter or digit. */
export function isLabelValue(value: unknown): value is string {
  return typeof value === 'string' && (value === '' || NAME.test(value));
}

/** Whether a key is one we set, or in a prefix we or Kubernetes keep (`x.kubernetes.io/…` included). */
export function isOwnLabelKey(key: string): boolean {
  if (key === MANAGED_BY_LABEL) return true;
  const slash = key.lastIndexOf('/');
  if (slash < 0) return false;
  const prefix = key.slice(0, slash);
  return RESERVED_LABEL_PREFIXES.some((reserved) => prefix === reserved || prefix.endsWith(`.${reserved}`));
}
