import { isMap, Values } from '../model/values';

/**
 * The one list of vcluster values (chart 0.20 … 0.36 key paths) that widen what a virtual
 * cluster can do on its HOST: a tenant who controls its own virtual cluster's values could
 * otherwise take rights, objects, addresses, names or storage that belong to the platform or to
 * another tenant. VC-7 refuses them in per-virtual-cluster values unless the group allows them
 * with a reason; in group values (the platform team's) they are a warning. README "Safety" and
 * `explain VC-7` print this table.
 *
 * `key` is a dotted path; `**.` matches at any depth (inside lists too). Keys compare
 * case-insensitively: vcluster reads its config through Go's JSON decoding, which does.
 * `when`: `set` refuses any non-empty value; `enabled` refuses a map whose `enabled` is anything
 * but false (the chart's default for each listed toggle is off).
 */
export interface TenantKey {
  readonly key: string;
  readonly when: 'set' | 'enabled';
  readonly why: string;
  /** The only values that do not lower isolation (ours and stricter): any other, the empty one included, does. */
  readonly harmless?: readonly string[];
}

export const TENANT_KEYS: readonly TenantKey[] = [
  { key: 'rbac.role.extraRules', when: 'set', why: 'more rights for the virtual cluster’s service account in its host namespace' },
  { key: 'rbac.role.overwriteRules', when: 'set', why: 'replaces the chart’s namespaced rights with any others' },
  { key: 'rbac.clusterRole.extraRules', when: 'set', why: 'cluster-wide rights on the host (cluster-admin at worst)' },
  { key: 'rbac.clusterRole.overwriteRules', when: 'set', why: 'replaces the chart’s cluster-wide rights with any others' },
  { key: 'rbac.clusterRole.enabled', when: 'set', why: 'a ClusterRole on the host for the virtual cluster' },
  { key: 'plugins', when: 'set', why: 'plugin containers with their own images, host RBAC rules and security contexts' },
  { key: 'plugin', when: 'set', why: 'plugin containers (older syntax) with their own host RBAC rules and security contexts' },
  { key: 'experimental.deploy.host.manifests', when: 'set', why: 'arbitrary objects applied on the host with the virtual cluster’s rights' },
  { key: 'experimental.deploy.host.manifestsTemplate', when: 'set', why: 'arbitrary objects applied on the host with the virtual cluster’s rights' },
  { key: 'policies.podSecurityStandard', when: 'set', why: 'the pod security standard synced pods must meet (ours: baseline)', harmless: ['baseline', 'restricted'] },
  { key: 'policies.networkPolicy', when: 'set', why: 'the network policies that keep tenants from reaching each other' },
  { key: 'policies.resourceQuota', when: 'set', why: 'quota overrides and scopes: more than the virtual cluster requested (VC-2, VC-4, OQ-1)' },
  { key: 'policies.limitRange', when: 'set', why: 'limit range overrides: pods larger than the request' },
  { key: 'controlPlane.hostPathMapper', when: 'enabled', why: 'mounts host paths (node log and pod folders) into the virtual cluster' },
  { key: '**.securityContext', when: 'set', why: 'privileged containers, root, host namespaces or added capabilities' },
  { key: '**.podSecurityContext', when: 'set', why: 'pods running as root or sharing host namespaces' },
  { key: '**.containerSecurityContext', when: 'set', why: 'privileged containers or added capabilities' },
  { key: '**.addVolumes', when: 'set', why: 'extra volumes such as hostPath, or storage beyond the request' },
  { key: '**.volumeClaimTemplates', when: 'set', why: 'storage beyond the request' },
  { key: '**.dataVolume', when: 'set', why: 'replaces the data volume, with a hostPath for instance' },
  { key: '**.binariesVolume', when: 'set', why: 'replaces the binaries volume, with a hostPath for instance' },
  { key: '**.externalIPs', when: 'set', why: 'claims any address on every node, including another virtual cluster’s (CVE-2020-8554)' },
  { key: '**.loadBalancerClass', when: 'set', why: 'another load balancer than the group’s, outside its address pools' },
  { key: 'sync.fromHost.secrets', when: 'set', why: 'reads secrets of other host namespaces' },
  { key: 'sync.fromHost.configMaps', when: 'set', why: 'reads config maps of other host namespaces' },
  { key: 'sync.fromHost.customResources', when: 'set', why: 'reads custom resources of other host namespaces' },
  { key: 'sync.fromHost.nodes.syncBackChanges', when: 'set', why: 'changes labels and taints of the host’s nodes' },
  { key: 'networking.replicateServices', when: 'set', why: 'services of other host namespaces inside, or its services into other host namespaces' },
  { key: 'networking.resolveDNS', when: 'set', why: 'names that resolve to services of other host namespaces' },
  { key: 'exportKubeConfig.secret', when: 'set', why: 'writes its kubeconfig secret into another namespace (and moves it from the output’s vc-<name>)' },
  { key: 'exportKubeConfig.additionalSecrets', when: 'set', why: 'writes kubeconfig secrets into other namespaces' },
  { key: 'sync.toHost.namespaces', when: 'enabled', why: 'creates host namespaces outside its own' },
  { key: 'sync.toHost.persistentVolumes', when: 'enabled', why: 'creates host persistent volumes, hostPath ones included' },
  { key: 'sync.toHost.storageClasses', when: 'enabled', why: 'creates cluster-wide storage classes on the host' },
  { key: 'sync.toHost.priorityClasses', when: 'enabled', why: 'creates priority classes that preempt other tenants’ pods' },
  { key: 'sync.toHost.volumeSnapshotContents', when: 'enabled', why: 'creates cluster-wide snapshot contents on the host' },
  { key: 'sync.toHost.customResources', when: 'set', why: 'creates custom resources on the host, cluster-wide ones included' },
  { key: 'sync.toHost.ingresses', when: 'enabled', why: 'ingresses on the host’s shared controller: any hostname, another virtual cluster’s included' },
  { key: 'sync.toHost.gatewayApi', when: 'enabled', why: 'routes on the host’s shared gateways: any hostname, another virtual cluster’s included' },
];

/** When an entry counts as set, in words (README and `explain VC-7`). */
export function refusedWhen(entry: TenantKey): string {
  if (entry.harmless) return `any value but ${entry.harmless.map((value) => `\`${value}\``).join(', ')}`;
  return entry.when === 'enabled' ? '`enabled` not false' : 'any value but an empty one';
}

/** One listed key found in a values tree: which entry, and where (with list indexes). */
export interface TenantKeyUse {
  readonly entry: TenantKey;
  readonly at: string;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isMap(value) && Object.keys(value).length === 0;
}

function widens(entry: TenantKey, value: unknown): boolean {
  if (entry.harmless) return !(typeof value === 'string' && entry.harmless.includes(value));
  if (entry.when === 'set') return !isEmpty(value);
  if (!isMap(value)) return !isEmpty(value);
  const enabled = Object.entries(value).find(([key]) => key.toLowerCase() === 'enabled')?.[1];
  return enabled !== undefined && enabled !== null && enabled !== false && String(enabled).toLowerCase() !== 'false';
}

function matches(pattern: readonly string[], keys: readonly string[]): boolean {
  if (pattern[0] === '**') return keys.length >= pattern.length - 1 && pattern.slice(1).every((segment, i) => segment === keys[keys.length - pattern.length + 1 + i]);
  return pattern.length === keys.length && pattern.every((segment, i) => segment === keys[i]);
}

const PATTERNS = TENANT_KEYS.map((entry) => ({ entry, pattern: entry.key.toLowerCase().split('.') }));

/**
 * Every listed key a values tree sets, in document order. The walk is iterative (a tree a
 * thousand levels deep does not exhaust the stack) and looks inside lists, whose indexes do not
 * count as keys.
 */
export function tenantKeysIn(values: Values): TenantKeyUse[] {
  const uses: TenantKeyUse[] = [];
  const stack: Array<{ value: unknown; keys: string[]; at: string }> = [{ value: values, keys: [], at: '' }];
  while (stack.length) {
    const { value, keys, at } = stack.pop()!;
    const children: Array<{ value: unknown; keys: string[]; at: string }> = [];
    if (Array.isArray(value)) value.forEach((item, i) => children.push({ value: item, keys, at: `${at}[${i}]` }));
    else if (isMap(value)) {
      for (const [key, child] of Object.entries(value)) {
        const childKeys = [...keys, key.toLowerCase()];
        const childAt = at ? `${at}.${key}` : key;
        const hit = PATTERNS.find(({ entry, pattern }) => matches(pattern, childKeys) && widens(entry, child));
        if (hit) uses.push({ entry: hit.entry, at: childAt });
        else children.push({ value: child, keys: childKeys, at: childAt });
      }
    }
    stack.push(...children.reverse());
  }
  return uses;
}

/** The listed key an allowance names, or undefined: allowances name table keys, so a typo is an error, not a silent no-op. */
export function tenantKey(key: unknown): TenantKey | undefined {
  return typeof key === 'string' ? TENANT_KEYS.find((entry) => entry.key === key.trim()) : undefined;
}
