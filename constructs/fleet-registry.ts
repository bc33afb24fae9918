import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { join } from 'path';
import { Evaluation } from '../src/evaluate';
import { OutputEntry } from '../src/emit/instances';
import { KubeconfigOutputs, kubeconfigOutputsOf } from '../src/emit/kubeconfig-outputs';
import { groupKey } from '../src/model/fleet';
import { getOrAdd } from '../src/model/maps';
import { text } from '../src/model/text';
import { HostKind } from '../src/model/host-kinds';
import { GroupSpec, HostSpec, ProviderSpec } from '../src/model/types';
import { ReshardedHost, virtualClustersByHost } from '../src/placement/reshard';
import { isShardName, ShardAssigner, ShardingSpec } from '../src/placement/sharding';
import { writeReviewFiles } from '../src/review/files';
import { shardViews } from '../src/review/shard-view';
import { renderSummary } from '../src/review/summary';
import { ReviewView, viewOf } from '../src/review/view';
import { FleetShard } from './fleet-shard';
import type { HostEmitter } from './host-resources';
import { received } from './require';
import { ClusterGroupsRegistry, providersOf, REGISTRY_ID } from './registry';

const OWN_PROVIDERS = 'providers of your own, which a Fleet cannot use: they would make one stack refer to another';

export interface FleetSettings {
  readonly sharding: ShardingSpec;
  readonly stackName: (shard: string) => string;
  /** A new stack; configured by the user's `configureStack` when it holds a shard. */
  readonly createStack: (name: string, shard: string | undefined) => TerraformStack;
}

/**
 * The registry of a Fleet: every group, host and virtual cluster of the fleet, evaluated once, so
 * that every rule and the placement span all its stacks. What is per stack (provider order, the
 * refusal, the review files, the groups' outputs) lives in each stack's {@link FleetShard}.
 * Its lock entry, under the fleet's name, also records the stack of every host (PL-7).
 */
export class FleetRegistry extends ClusterGroupsRegistry {
  private readonly shards = new Map<string, FleetShard>();
  /** Host name → the stack its sharding puts it in now. */
  private readonly assigned = new Map<string, string>();
  private readonly assigner: ShardAssigner;
  private lockWritten = false;
  private summarized = false;
  private views?: { evaluation: Evaluation; view: ReviewView; of: ReturnType<typeof shardViews> };
  private readonly splitOutputs = new WeakMap<object, Map<string, [string, OutputEntry][]>>();
  private kubeconfigs?: { evaluation: Evaluation; outputs: KubeconfigOutputs };

  constructor(
    fleet: Construct,
    private readonly settings: FleetSettings,
  ) {
    super(fleet, REGISTRY_ID);
    this.assigner = new ShardAssigner(settings.sharding, settings.stackName, this.lockFile.read().hosts ?? {});
  }

  protected override get stackName(): string {
    return this.node.scope!.node.id;
  }

  /** A fleet refuses as a whole: every stack of it. */
  protected override get refused(): string {
    return `fleet ${this.stackName} (every stack of it)`;
  }

  /** The host's resources go into its shard's stack, under a construct named for its path. */
  override emissionOf(membership: Construct, host: HostSpec, group: GroupSpec): { scope: Construct; emitter: HostEmitter } {
    const name = text(host.name);
    // A kind not of the enum (a JavaScript caller's) reaches a chooser as it was given; CG-7 refuses it.
    const shard = this.assigner.shardOf({ name, group: text(group.name), groupKey: groupKey(group), kind: text(host.kind) as HostKind });
    const named = isShardName(shard) ? this.settings.stackName(shard) : undefined;
    const usable = isShardName(named);
    // A host without a usable stack is PL-8's; it waits in a stack of refused hosts, which the refusal never lets be written.
    if (!usable) this.addWrongProp({ path: host.path, owner: 'host', prop: 'sharding', value: received(named ?? shard) });
    const stackName = usable ? named : `${this.stackName}-refused`;
    let found = this.shards.get(stackName);
    if (!found) {
      found = new FleetShard(this.settings.createStack(stackName, usable ? shard : undefined), this);
      this.shards.set(stackName, found);
    }
    // A provider of the user's lives in some stack; the host's resources in the one its sharding chooses: a reference across stacks (HC-5).
    if (host.connection.kind === 'providers') this.addWrongProp({ path: host.path, owner: 'host', prop: 'connection', value: { kind: 'value', value: OWN_PROVIDERS } });
    this.assigned.set(name, stackName);
    found.addHost(name, host.path, group);
    return { scope: new Construct(found.stack, membership.node.path.replace(/\//g, '.')), emitter: found };
  }

  /** The stack a host of the fleet is emitted in, by host name; undefined for a name no host has. */
  stackOf(host: string): TerraformStack | undefined {
    const name = this.assigned.get(host);
    return name === undefined ? undefined : this.shards.get(name)?.stack;
  }

  protected override stackProviders(): ProviderSpec[] {
    return [...this.shards.values()].flatMap((shard) => providersOf(shard.stack, shard).map((provider) => ({ ...provider, stack: shard.stack.node.id })));
  }

  /** Hosts recorded in another stack than the one they are sharded into now: by this fleet's record, or by another stack's entry. */
  protected override otherStacks(): Map<string, ReshardedHost[]> {
    const found = super.otherStacks();
    for (const [host, list] of found)
      found.set(
        host,
        list.map((entry) => ({ ...entry, to: this.assigned.get(host) })),
      );
    const lock = this.lockFile.read();
    const recorded = lock.hosts ?? {};
    const virtualClusters = virtualClustersByHost(lock);
    for (const [host, stack] of this.assigned) {
      const from = recorded[host];
      if (from !== undefined && from !== stack) found.set(host, [...(found.get(host) ?? []), { host, from, to: stack, virtualClusters: virtualClusters.get(host) ?? [] }]);
    }
    return found;
  }

  /** Each stack holding hosts of the group gets its part of the output instead, with its kubeconfig outputs (constructs/fleet-shard.ts). */
  override addGroupOutput(): void {}

  protected override hostStacks(): Record<string, string> {
    return Object.fromEntries(this.assigned);
  }

  protected override outputStacks(): string[] {
    return [...this.shards.keys()];
  }

  /** A group's output in one stack: its virtual clusters on that stack's hosts (split by host once per evaluation). */
  outputIn(groupPath: string, hosts: ReadonlySet<string>): Record<string, OutputEntry> | string {
    const all = this.outputOf(groupPath);
    if (typeof all === 'string') return all;
    let byHost = this.splitOutputs.get(all);
    if (!byHost) {
      byHost = new Map();
      for (const entry of Object.entries(all)) getOrAdd(byHost, entry[1].host, () => []).push(entry);
      this.splitOutputs.set(all, byHost);
    }
    return Object.fromEntries([...hosts].flatMap((host) => byHost.get(host) ?? []));
  }

  /** The kubeconfig readers and outputs of the whole fleet, worked out once per evaluation: every shard takes its part. */
  kubeconfigOutputs(): KubeconfigOutputs {
    const evaluation = this.evaluation;
    if (this.kubeconfigs?.evaluation !== evaluation) this.kubeconfigs = { evaluation, outputs: kubeconfigOutputsOf(evaluation) };
    return this.kubeconfigs.outputs;
  }

  /** A shard stack is written: the fleet's lock once (hosts' stacks included), the shard's review files, the fleet's summary once. */
  synthesized(outdir: string, shard: FleetShard): void {
    const evaluation = this.evaluation;
    if (evaluation.errors.length > 0) return;
    if (!this.lockWritten) {
      this.lockWritten = true;
      if (!this.appFails()) this.writeLock(evaluation.placement.lock);
    }
    if (this.views?.evaluation !== evaluation) {
      const view = viewOf(evaluation);
      this.views = { evaluation, view, of: shardViews(view) };
    }
    writeReviewFiles(join(outdir, 'cluster-groups', shard.stack.node.id), this.views.of(shard.hosts));
    if (!this.summarized && !this.quiet) process.stdout.write(renderSummary(this.views.view, this.stackName));
    this.summarized = true;
  }
}
