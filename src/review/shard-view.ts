import { getOrAdd } from '../model/maps';
import { byName } from '../model/order';
import { GroupView, ReviewView, VirtualClusterView } from './view';

/**
 * The review of one stack of a fleet: the fleet's view restricted to the stack's hosts (its
 * groups, hosts, virtual clusters and moves); the warnings stay the fleet's, as its rules are.
 * The view is indexed by host once, so each stack costs its own hosts, not the fleet's size.
 */
export function shardViews(view: ReviewView): (hosts: ReadonlySet<string>) => ReviewView {
  const byGroup = view.groups.map((group) => {
    const byHost = new Map<string, VirtualClusterView[]>();
    for (const vc of group.virtualClusters) getOrAdd(byHost, vc.host, () => []).push(vc);
    return { group, byHost };
  });
  return (hosts) => {
    const groups: GroupView[] = [];
    for (const { group, byHost } of byGroup) {
      const kept = group.hosts.filter((host) => hosts.has(host.name));
      if (kept.length === 0) continue;
      // Kept in the view's order (by name), which the stack's hosts do not change.
      const virtualClusters = group.virtualClusters.length === 0 ? [] : kept.flatMap((host) => byHost.get(host.name) ?? []).sort(byName);
      groups.push({ ...group, hosts: kept, virtualClusters });
    }
    return { groups, moves: view.moves.filter((move) => hosts.has(move.from) || hosts.has(move.to)), warnings: view.warnings };
  };
}
