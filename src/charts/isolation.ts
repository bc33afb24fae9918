import { isMap, Values } from '../model/values';

/**
 * What keeps tenants apart unless the platform team's group values (or a tenant's values the
 * group allows, VC-7) say otherwise: vcluster checks the pods it syncs against the baseline pod
 * security standard, and its network policies let a virtual cluster's pods reach only their own
 * control plane, each other and the public internet (not other tenants, not private ranges).
 * These sit UNDER the user's values: the platform team may change them, a tenant may not (VC-7).
 */
export const ISOLATION_DEFAULTS: Values = { policies: { podSecurityStandard: 'baseline', networkPolicy: { enabled: true } } };

/** Warned and audited on every virtual cluster's host namespace: what the pods would need for the strictest level. */
export const POD_SECURITY_WARN = 'restricted';

/**
 * The pod security level enforced on a virtual cluster's host namespace, from its final values.
 * Never `restricted`: the chart's own control plane (0.36.1 rendered) runs as user 0 without a
 * seccomp profile or dropped capabilities, which `restricted` refuses. `privileged` only where
 * the values ask vcluster for it, so that the pods vcluster admits are not refused by the host.
 */
export function podSecurityEnforced(values: Values): 'baseline' | 'privileged' {
  const policies = values.policies;
  return isMap(policies) && policies.podSecurityStandard === 'privileged' ? 'privileged' : 'baseline';
}
