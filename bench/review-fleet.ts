/**
 * The bench topology (bench/topology.ts) as the review sees it, without cdktf: the model our
 * constructs build for it, evaluated by the real rules and placement, and Terraform plans of
 * changes to its virtual clusters. For the review_size figure (bench/review-size.ts) and the
 * tests of the review at size (test/review-size.test.ts).
 */
import { ADDRESSES } from '../src/emit/addresses';
import { evaluate } from '../src/evaluate';
import { Model } from '../src/model/types';
import { EMPTY_LOCK } from '../src/placement/lock';
import { ReviewView, viewOf } from '../src/review/view';
import { GROUP_NAME, HOST_CAPACITY, hostsOf, KUBECONFIG, Scale, vcNamesOf } from './topology';

/** The review.json synth writes for the bench topology: one group, every virtual cluster placed. */
export function fleetView(scale: Scale): ReviewView {
  const group = `fleet/${GROUP_NAME}`;
  const model: Model = {
    groups: [{ path: group, name: GROUP_NAME, endpointType: 'LoadBalancer', oversubscriptionPercent: undefined, distribution: undefined }],
    hosts: hostsOf(scale).map((host) => ({
      path: `${group}/${host.name}`,
      name: host.name,
      group,
      kind: 'private-cloud',
      capacity: { ...HOST_CAPACITY },
      connection: { kind: 'kubeconfig', path: KUBECONFIG, context: host.name },
      endpoint: { kind: 'metallb', pools: [host.pool], bgpPeers: [] },
    })),
    virtualClusters: vcNamesOf(scale).map((name) => ({ path: `${group}/${name}`, name, group })),
  };
  const evaluation = evaluate(model, EMPTY_LOCK);
  if (evaluation.errors.length) throw new Error(`the bench fleet has errors: ${evaluation.errors[0].message}`);
  return viewOf(evaluation);
}

/**
 * A plan (`terraform show -json` format) that changes every virtual cluster of `view` picked by
 * `actionsOf`: its namespace and its vcluster release, with those actions. The configuration
 * holds every host's resources, as a plan of the stack does.
 */
export function planOf(view: ReviewView, actionsOf: (name: string, index: number) => readonly string[] | null): unknown {
  const aliases = new Map(view.groups.flatMap((group) => group.hosts.map((host) => [host.name, host.alias] as const)));
  const patterns = [ADDRESSES.vclusterNamespace, ADDRESSES.vclusterRelease];
  const changes = view.groups
    .flatMap((group) => group.virtualClusters)
    .flatMap((vc, i) => {
      const actions = actionsOf(vc.name, i);
      const alias = aliases.get(vc.host);
      if (!actions || !alias) return [];
      return patterns.map(({ type, prefix }) => ({
        address: `${type}.${prefix}${alias}["${vc.name}"]`,
        mode: 'managed',
        type,
        name: `${prefix}${alias}`,
        index: vc.name,
        change: { actions },
        ...(actions.includes('delete') && !actions.includes('create') ? { action_reason: 'delete_because_each_key' } : {}),
      }));
    });
  const resources = [...aliases.values()].flatMap((alias) => patterns.map(({ type, prefix }) => ({ mode: 'managed', type, name: `${prefix}${alias}` })));
  return { format_version: '1.2', planned_values: { root_module: {} }, resource_changes: changes, configuration: { root_module: { resources } } };
}
