import { Construct } from 'constructs';
import type { ClusterGroup } from './cluster-group';
import { BRANDS, hasBrand } from './brand';

/** A construct of the wrong kind is a programming error: refused at once, with what was expected. */
export function requireGroup(scope: Construct, group: unknown, prop: string): ClusterGroup {
  if (!hasBrand(group, BRANDS.group)) {
    const got = group instanceof Construct ? `the construct ${group.node.path} (${group.constructor.name})` : group === undefined ? 'nothing' : typeof group;
    throw new Error(`${scope.node.path}: '${prop}' received ${got}; expected a ClusterGroup. Fix: pass the ClusterGroup this belongs to, or use group.addHost(...) / group.addVirtualCluster(...).`);
  }
  return group as ClusterGroup;
}
