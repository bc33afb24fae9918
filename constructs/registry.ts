import { App, Aspects, TerraformProvider, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { rmSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { evaluate, Evaluation } from '../src/evaluate';
import { Finding, GroupSpec, HostSpec, Model, MoveAcknowledgementSpec, ProviderSpec, UnusableValues, VirtualClusterSpec, WrongProp } from '../src/model/types';
import { getOrAdd } from '../src/model/maps';
import { Lock } from '../src/placement/lock';
import { LockFile, LockWriteError } from '../src/placement/lock-file';
import { appFolder, isFrozen, lockFilePath } from '../src/placement/lock-location';
import { hostsOfOtherStacks, ReshardedHost } from '../src/placement/reshard';
import { PL5 } from '../src/rules/PL-5';
import { finding, stamp } from '../src/rules/rule';
import { terminalLine } from '../src/review/inert';
import { Instances, NamespaceOf, OutputEntry } from '../src/emit/instances';
import { referencesOf, VirtualClusterReferences } from '../src/emit/references';
import { kubeconfigOutputsOf } from '../src/emit/kubeconfig-outputs';
import { addKubeconfigOutputs, KubeconfigScopes } from './kubeconfig-outputs';
import { renderSummary } from '../src/review/summary';
import { writeReviewFiles } from '../src/review/files';
import { viewOf } from '../src/review/view';
import { BRANDS, hasBrand } from './brand';
import { groupOutput } from './group-output';
import { isTestingApp, onSynthesize } from './cdktf-adapter';
import { FleetShard, SHARD_ID } from './fleet-shard';
import type { HostEmitter } from './host-resources';
import { ProvidersByAlias } from './provider-order';

/** The context keys, documented where users read them: the statics of `ClusterGroups`. */
export const CONTEXT_LOCK_FILE = 'cluster-groups:lockFile';
export const CONTEXT_FROZEN = 'cluster-groups:frozen';
export const CONTEXT_QUIET = 'cluster-groups:quiet';

export const REGISTRY_ID = 'ClusterGroups';

/**
 * The app's main script, which the lock is found beside. Under a jsii host (an app in Python, Java,
 * C# or Go, which sets JSII_AGENT) Node's main script is jsii's runtime, extracted to a temporary
 * folder that is gone when the app ends: the app's working folder stands for the app there.
 */
function appScript(): string | undefined {
  return process.env.JSII_AGENT ? undefined : process.argv[1];
}

/**
 * The registries of each app, as created. Asking them is the same as finding them in the
 * construct tree, without a walk of it: one walk visits every virtual cluster, and enumerating a
 * group's children costs more than linear time (100 ms a walk at 100,000 virtual clusters).
 */
const REGISTRIES = new WeakMap<IConstruct, ClusterGroupsRegistry[]>();

/** The copy of the lock kept in the output folder, beside (not inside) the stacks' review folders, which a failed synth removes. */
const LOCK_COPY = 'lock-copy.json';

/**
 * The one place per stack where the groups, hosts and virtual clusters of that stack meet:
 * constructs add their props here as they are created; at synth one validation runs every
 * rule once over the whole model, and emission reads the same evaluation. A Fleet has one for all
 * its stacks (constructs/fleet-registry.ts).
 */
export class ClusterGroupsRegistry extends Construct {
  /** The stack's registry if any construct of ours is in it, without creating one. */
  static existing(scope: IConstruct): ClusterGroupsRegistry | undefined {
    const fleet = fleetRegistryOf(scope);
    if (fleet) return fleet;
    const stack = TerraformStack.of(scope);
    const registry = stack.node.tryFindChild(REGISTRY_ID);
    if (registry instanceof ClusterGroupsRegistry) return registry;
    // A stack a Fleet created: the fleet's registry, whose evaluation spans all its stacks.
    const shard = stack.node.tryFindChild(SHARD_ID);
    return shard instanceof FleetShard ? shard.fleet : undefined;
  }

  static of(scope: IConstruct): ClusterGroupsRegistry {
    const fleet = fleetRegistryOf(scope);
    if (fleet) return fleet;
    const stack = TerraformStack.of(scope);
    const found = stack.node.tryFindChild(REGISTRY_ID) as ClusterGroupsRegistry | undefined;
    if (found) return found;
    const registry = new ClusterGroupsRegistry(stack, REGISTRY_ID);
    registry.attachToStack();
    return registry;
  }

  private readonly groups: GroupSpec[] = [];
  private readonly hosts: HostSpec[] = [];
  private readonly virtualClusters: VirtualClusterSpec[] = [];
  private readonly wrongProps: WrongProp[] = [];
  private readonly unusableValues: UnusableValues[] = [];
  private readonly moveAcknowledgements: MoveAcknowledgementSpec[] = [];
  private cached?: { size: number; evaluation: Evaluation };
  private emitted?: { evaluation: Evaluation; instances: Instances };
  protected readonly lockFile: LockFile;
  /** Whether the app is cdktf's `Testing.app()`: its defaults are no lock and no summary. */
  private readonly testing: boolean;
  /** Where the kubeconfig outputs asked for go: each host's construct (in its stack) and kubernetes provider, each group's construct (by path). */
  readonly kubeconfigScopes: KubeconfigScopes = { hosts: new Map(), groups: new Map() };
  /** The provider pairs created for hosts, rendered in alias order. */
  readonly kubernetesProviders = new ProvidersByAlias();
  readonly helmProviders = new ProvidersByAlias();

  protected constructor(scope: Construct, id: string) {
    super(scope, id);
    // The environment is read here, once per stack: where the app lives and whether this is a CI run.
    // A unit test's app (Testing.app()) neither reads nor writes the app's lock, and prints nothing, unless its context says otherwise.
    this.testing = isTestingApp(this);
    const path = lockFilePath(this.node.tryGetContext(CONTEXT_LOCK_FILE) ?? (this.testing ? false : undefined), appFolder(appScript(), process.cwd()));
    const app = App.of(scope);
    getOrAdd(REGISTRIES, app, () => []).push(this);
    const copyPath = join(app.outdir, 'cluster-groups', LOCK_COPY);
    this.lockFile = new LockFile(path, scope.node.id, isFrozen(this.node.tryGetContext(CONTEXT_FROZEN), process.env.CI), { copyPath });
    // Read before any stack of the app writes it: which stack each host was in is judged against the file as it was.
    this.lockFile.read();
  }

  /**
   * The registry of one stack refuses, adds the kubeconfig outputs and writes its files with that
   * stack. A fleet's registry sits beside its stacks, where cdktf runs neither aspects nor synthesis:
   * each of its stacks (FleetShard) does that for its part.
   */
  private attachToStack(): void {
    // Aspects run on every synth path, validated or not (App.synth, skipValidation, Testing.synth): the one place to stop a stack with errors.
    // The same aspect adds the kubeconfig outputs asked for, once placement (known only now) tells each one's host.
    Aspects.of(this).add({
      visit: (node) => {
        if (node !== this) return;
        this.refuseOnErrors();
        addKubeconfigOutputs(kubeconfigOutputsOf(this.evaluation), this.kubeconfigScopes);
      },
    });
    onSynthesize(this, (outdir) => this.onSynthesize(outdir));
  }

  addGroup(spec: GroupSpec): void {
    this.groups.push(spec);
  }

  /** The group's output (its virtual clusters, read after placement) and the scope of its kubeconfig output. */
  addGroupOutput(group: Construct, spec: GroupSpec): void {
    this.kubeconfigScopes.groups.set(spec.path, group);
    groupOutput(group, 'VirtualClusters', spec, () => this.outputOf(spec.path));
  }

  addHost(spec: HostSpec): void {
    this.hosts.push(spec);
  }

  addVirtualCluster(spec: VirtualClusterSpec): void {
    this.virtualClusters.push(spec);
  }

  /** A move accepted in code for the virtual cluster or group at `path` (PL-4). */
  acknowledgeMove(spec: MoveAcknowledgementSpec): void {
    this.moveAcknowledgements.push(spec);
  }

  /** A prop of the wrong kind, as a construct received it. */
  addWrongProp(prop: WrongProp): void {
    this.wrongProps.push(prop);
  }

  /** Records values a construct found unusable; CG-17 reports them at synth. */
  addUnusableValues(values: UnusableValues): void {
    this.unusableValues.push(values);
  }

  /** Every rule over the whole model, computed once per synth (again only if constructs were added since). */
  get evaluation(): Evaluation {
    const size = this.groups.length + this.hosts.length + this.virtualClusters.length + this.wrongProps.length + this.unusableValues.length + this.moveAcknowledgements.length;
    if (!this.cached || this.cached.size !== size) {
      const model: Model = {
        groups: this.groups,
        hosts: this.hosts,
        virtualClusters: this.virtualClusters,
        wrongProps: this.wrongProps,
        unusableValues: this.unusableValues,
        providers: this.stackProviders(),
        moveAcknowledgements: this.moveAcknowledgements,
      };
      const lock = this.lockFile;
      const options = {
        frozenLock: lock.frozen ? lock.path : undefined,
        lockPath: lock.path,
        lockProblems: lock.problems,
        lastWritten: lock.lastWritten(),
        otherStacks: this.otherStacks(),
        hostStacks: this.hostStacks(),
      };
      this.cached = { size, evaluation: evaluate(model, lock.read(), options) };
    }
    return this.cached.evaluation;
  }

  /** Hosts whose virtual clusters the lock records in another stack (PL-7). */
  protected otherStacks(): Map<string, ReshardedHost[]> {
    return hostsOfOtherStacks(this.lockFile.stackLocks, this.stackName, (stack, host) => this.declaredIn(stack, host));
  }

  /** Where each host lives, for the lock: recorded by fleets only. */
  protected hostStacks(): Record<string, string> | undefined {
    return undefined;
  }

  /** What a refusal names: this stack. */
  protected get refused(): string {
    return `stack ${this.stackName}`;
  }

  /** The name of this registry's entry in the lock and of its stack in messages. */
  protected get stackName(): string {
    return TerraformStack.of(this).node.id;
  }

  /** Where a host's resources are created, and what creates its providers and reads its instances: here, under the host itself. */
  emissionOf(membership: Construct, _host: HostSpec, _group: GroupSpec): { scope: Construct; emitter: HostEmitter } {
    return { scope: membership, emitter: this };
  }

  /** Every kubernetes and helm provider block of the stack, ours and the user's: their aliases must not clash (HC-1). */
  protected stackProviders(): ProviderSpec[] {
    return providersOf(TerraformStack.of(this), this);
  }

  /** Whether any stack of the app has an error finding (stacks synthesized later included). */
  protected appFails(): boolean {
    return (REGISTRIES.get(App.of(this)) ?? []).some((registry) => registry.evaluation.errors.length > 0);
  }

  /** Whether a stack of this app declares a host of that name (a stack that is gone declares none). */
  private declaredIn(stackId: string, host: string): boolean {
    const registry = App.of(this).node.tryFindChild(stackId)?.node.tryFindChild(REGISTRY_ID);
    return registry instanceof ClusterGroupsRegistry && registry.hosts.some((spec) => spec.name === host);
  }

  private reviewFolder(outdir: string): string {
    return join(outdir, 'cluster-groups', this.stackName);
  }

  /**
   * What the lazy attributes of every host and group read: computed once per evaluation. With errors
   * there is nothing correct to emit: they read a sentence instead of empty maps, which Terraform
   * refuses as a `for_each` (empty maps would destroy every virtual cluster). cdktf resolves them once
   * before any aspect runs, so they cannot throw; the aspect then fails the synth.
   */
  private get instances(): Instances | string {
    const evaluation = this.evaluation;
    if (evaluation.errors.length > 0) return refusalHeadline(this.refused, evaluation.errors);
    if (this.emitted?.evaluation !== evaluation) this.emitted = { evaluation, instances: new Instances(evaluation) };
    return this.emitted.instances;
  }

  /** The `for_each` map of a host's virtual-cluster namespaces: name → its group and enforced pod security level. */
  namespacesOn(hostPath: string): Record<string, NamespaceOf> | string {
    const instances = this.instances;
    return typeof instances === 'string' ? instances : instances.namespacesOn(hostPath);
  }

  /** The `for_each` map of a host's vcluster releases: name → { values }. */
  releasesOn(hostPath: string): Record<string, { values: string }> | string {
    const instances = this.instances;
    return typeof instances === 'string' ? instances : instances.releasesOn(hostPath);
  }

  /** A group's output: name → host, endpoint and kubeconfig secret. */
  outputOf(groupPath: string): Record<string, OutputEntry> | string {
    const instances = this.instances;
    return typeof instances === 'string' ? instances : instances.outputOf(groupPath);
  }

  /** What a larger stack reads of a virtual cluster (its attributes' tokens), or the refusal sentence of a stack with errors. */
  referencesOf(vcPath: string): VirtualClusterReferences | string {
    const instances = this.instances;
    if (typeof instances === 'string') return instances;
    return referencesOf(this.evaluation, vcPath) ?? `cdktf-cluster-groups: ${vcPath} is in no group of this stack`;
  }

  /** The construct its host's resources are under (in its host's stack), once the virtual cluster is placed. */
  hostScopeOf(vcPath: string): Construct | undefined {
    const placed = this.evaluation.placement.byPath.get(vcPath);
    return placed && this.kubeconfigScopes.hosts.get(placed.host.spec.path)?.scope;
  }

  /** Whether the summary is left out: the context says so, or the app is a unit test's. */
  protected get quiet(): boolean {
    return (this.node.tryGetContext(CONTEXT_QUIET) ?? this.testing) === true;
  }

  /**
   * A stack with errors emits nothing: empty `for_each` maps would make `terraform apply` destroy every
   * virtual cluster. Its synth fails, listing every error, and leaves no earlier, deployable cdk.tf.json of it
   * behind (neither cdktf nor its CLI removes it).
   */
  /** Fails the synth of a stack (every stack of a fleet) with the evaluation's errors, listing them. */
  refuseOnErrors(): void {
    const { errors } = this.evaluation;
    if (errors.length === 0) return;
    this.removeStaleOutput();
    throw new Error(refusal(this.refused, errors));
  }

  /** The stacks whose output a failed synth removes. */
  protected outputStacks(): string[] {
    return [this.stackName];
  }

  private removeStaleOutput(): void {
    const outdir = App.of(this).outdir;
    rmSync(join(outdir, 'manifest.json'), { force: true });
    // A stack id such as `..` must not reach outside the stack's own folders.
    for (const id of this.outputStacks()) {
      for (const folder of ['stacks', 'cluster-groups']) {
        const target = resolve(outdir, folder, id);
        if (dirname(target) === resolve(outdir, folder)) rmSync(target, { recursive: true, force: true });
      }
    }
  }

  private onSynthesize(outdir: string): void {
    const evaluation = this.evaluation;
    if (evaluation.errors.length > 0) return;
    // The lock is the app's: while any stack fails, no stack writes its entry (a host moved between stacks would leave the old one's record).
    if (!this.appFails()) this.writeLock(evaluation.placement.lock);
    const view = viewOf(evaluation);
    writeReviewFiles(this.reviewFolder(outdir), view);
    if (!this.quiet) process.stdout.write(renderSummary(view, this.stackName));
  }

  /** A lock that cannot be written fails the synth (PL-5) before this stack's output is written, and leaves no earlier output of it. */
  protected writeLock(lock: Lock): void {
    try {
      this.lockFile.write(lock);
    } catch (error) {
      if (!(error instanceof LockWriteError)) throw error;
      this.removeStaleOutput();
      const found = finding({ severity: 'error', path: this.lockFile.path ?? '', received: error.problem, expected: 'a lock written whole, by one synth at a time', fix: error.fix });
      throw new Error(stamp(PL5, found).message);
    }
  }
}

/** Under a Fleet, the fleet's registry (created with it): rules and placement span its stacks. */
function fleetRegistryOf(scope: IConstruct): ClusterGroupsRegistry | undefined {
  const fleet = [...scope.node.scopes].reverse().find((node) => hasBrand(node, BRANDS.fleet));
  return fleet && (fleet.node.findChild(REGISTRY_ID) as ClusterGroupsRegistry);
}

/** Every kubernetes and helm provider block of a stack; ours are those the emitter created. */
export function providersOf(stack: TerraformStack, emitter: HostEmitter): ProviderSpec[] {
  const ours = (provider: TerraformProvider) => emitter.kubernetesProviders.has(provider) || emitter.helmProviders.has(provider);
  return stack.node
    .findAll()
    .filter((node): node is TerraformProvider => node instanceof TerraformProvider && (node.terraformResourceType === 'kubernetes' || node.terraformResourceType === 'helm'))
    .map((provider) => ({ type: provider.terraformResourceType as ProviderSpec['type'], path: provider.node.path, alias: provider.alias, ours: ours(provider) }));
}

/** Why a stack with errors emits nothing, as the message of the error that stops its synth. */
function refusalHeadline(subject: string, errors: readonly Finding[]): string {
  return `cdktf-cluster-groups: ${subject} has ${errors.length} error(s), so nothing of it is emitted`;
}

function refusal(subject: string, errors: readonly Finding[]): string {
  return `${refusalHeadline(subject, errors)}:\n${errors.map((f) => `  ${terminalLine(f.message)}`).join('\n')}`;
}
