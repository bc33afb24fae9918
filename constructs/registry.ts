import { App, Aspects, TerraformProvider, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { existsSync, mkdirSync, rmSync } from 'fs';
import { join } from 'path';
import { evaluate, Evaluation } from '../src/evaluate';
import { GroupSpec, HostSpec, Model, ProviderSpec, UnreadableLock, VirtualClusterSpec, WrongProp } from '../src/model/types';
import { EMPTY_LOCK, Lock, LockFormatError } from '../src/placement/lock';
import { LockFile } from '../src/placement/lock-file';
import { Instances, instancesOf, OutputEntry } from '../src/emit/instances';
import { renderSummary } from '../src/review/summary';
import { writeReviewFiles } from '../src/review/files';
import { viewOf } from '../src/review/view';
import { onSynthesize } from './cdktf-adapter';
import { ProvidersByAlias } from './provider-order';

/** Context key (cdktf.json `context`, or the App's): path of the placement lock file, or `false` for none. Default `cluster-groups.lock.json`. */
export const CONTEXT_LOCK_FILE = 'cluster-groups:lockFile';
/** Context key: `true` makes a lock change an error (PL-1). Default: true when the environment has `CI=true`. */
export const CONTEXT_FROZEN = 'cluster-groups:frozen';
/** Context key: `true` stops the summary printed at synth. Default false. */
export const CONTEXT_QUIET = 'cluster-groups:quiet';

const REGISTRY_ID = 'ClusterGroups';
const DEFAULT_LOCK_FILE = 'cluster-groups.lock.json';

/**
 * The one place per stack where the groups, hosts and virtual clusters of that stack meet:
 * constructs add their props here as they are created; at synth one validation runs every
 * rule once over the whole model, and emission reads the same evaluation.
 */
export class ClusterGroupsRegistry extends Construct {
  static of(scope: IConstruct): ClusterGroupsRegistry {
    const stack = TerraformStack.of(scope);
    return (stack.node.tryFindChild(REGISTRY_ID) as ClusterGroupsRegistry | undefined) ?? new ClusterGroupsRegistry(stack, REGISTRY_ID);
  }

  private readonly groups: GroupSpec[] = [];
  private readonly hosts: HostSpec[] = [];
  private readonly virtualClusters: VirtualClusterSpec[] = [];
  private readonly wrongProps: WrongProp[] = [];
  private cached?: { size: number; evaluation: Evaluation };
  private emitted?: { evaluation: Evaluation; instances: Instances };
  private readonly lockFile: LockFile;
  /** The provider pairs created for hosts, rendered in alias order. */
  readonly kubernetesProviders = new ProvidersByAlias();
  readonly helmProviders = new ProvidersByAlias();

  private constructor(scope: TerraformStack, id: string) {
    super(scope, id);
    const lockPath = this.node.tryGetContext(CONTEXT_LOCK_FILE);
    const frozen = this.node.tryGetContext(CONTEXT_FROZEN) ?? process.env.CI === 'true';
    this.lockFile = new LockFile(lockPath === false ? undefined : (lockPath ?? DEFAULT_LOCK_FILE), scope.node.id, frozen === true || frozen === 'true');
    // Before validation: a synth that is going to fail must not leave an earlier, deployable cdk.tf.json behind.
    Aspects.of(this).add({ visit: (node) => (node === this ? this.removeStaleOutputOnErrors() : undefined) });
    this.node.addValidation({ validate: () => this.evaluation.errors.map((f) => f.message) });
    onSynthesize(this, (outdir) => this.onSynthesize(outdir));
  }

  addGroup(spec: GroupSpec): void {
    this.groups.push(spec);
  }

  addHost(spec: HostSpec): void {
    this.hosts.push(spec);
  }

  addVirtualCluster(spec: VirtualClusterSpec): void {
    this.virtualClusters.push(spec);
  }

  /** A prop of the wrong kind, as a construct received it. */
  addWrongProp(prop: WrongProp): void {
    this.wrongProps.push(prop);
  }

  /** Every rule over the whole model, computed once per synth (again only if constructs were added since). */
  get evaluation(): Evaluation {
    const size = this.groups.length + this.hosts.length + this.virtualClusters.length + this.wrongProps.length;
    if (!this.cached || this.cached.size !== size) {
      const { lock, unreadableLock } = this.readLock();
      const model: Model = { groups: this.groups, hosts: this.hosts, virtualClusters: this.virtualClusters, wrongProps: this.wrongProps, providers: this.stackProviders() };
      this.cached = { size, evaluation: evaluate(model, lock, { frozenLock: this.lockFile.frozen ? this.lockFile.path : undefined, unreadableLock }) };
    }
    return this.cached.evaluation;
  }

  /** Every kubernetes and helm provider block of the stack, ours and the user's: their aliases must not clash (HC-1). */
  private stackProviders(): ProviderSpec[] {
    const ours = (provider: TerraformProvider) => this.kubernetesProviders.has(provider) || this.helmProviders.has(provider);
    return TerraformStack.of(this)
      .node.findAll()
      .filter((node): node is TerraformProvider => node instanceof TerraformProvider && (node.terraformResourceType === 'kubernetes' || node.terraformResourceType === 'helm'))
      .map((provider) => ({ type: provider.terraformResourceType as ProviderSpec['type'], path: provider.node.path, alias: provider.alias, ours: ours(provider) }));
  }

  /** The lock, or, for a file this release cannot read, an empty one and what is wrong with the file (PL-1 reports it; the synth then fails and the file is left as it is). */
  private readLock(): { lock: Lock; unreadableLock?: UnreadableLock } {
    try {
      return { lock: this.lockFile.read() };
    } catch (error) {
      if (!(error instanceof LockFormatError)) throw error;
      return { lock: EMPTY_LOCK, unreadableLock: { file: this.lockFile.path ?? DEFAULT_LOCK_FILE, problem: error.problem, fix: error.fix } };
    }
  }

  /** What the lazy attributes of every host and group read: computed once per evaluation. */
  private get instances(): Instances {
    const evaluation = this.evaluation;
    // A synth with errors writes nothing deployable: serializing every release's values for it would be wasted.
    if (this.emitted?.evaluation !== evaluation) this.emitted = { evaluation, instances: evaluation.errors.length ? NO_INSTANCES : instancesOf(evaluation) };
    return this.emitted.instances;
  }

  /** The `for_each` map of a host's virtual-cluster namespaces: name → group name. */
  namespacesOn(hostPath: string): Record<string, string> {
    return this.instances.namespaces.get(hostPath) ?? {};
  }

  /** The `for_each` map of a host's vcluster releases: name → { values }. */
  releasesOn(hostPath: string): Record<string, { values: string }> {
    return this.instances.releases.get(hostPath) ?? {};
  }

  /** A group's output: name → host, endpoint and kubeconfig secret. */
  outputOf(groupPath: string): Record<string, OutputEntry> {
    return this.instances.outputs.get(groupPath) ?? {};
  }

  /** A failed synth must not leave an earlier, deployable cdk.tf.json of this stack behind (neither cdktf nor its CLI removes it). */
  private removeStaleOutputOnErrors(): void {
    if (this.evaluation.errors.length === 0) return;
    const outdir = App.of(this).outdir;
    rmSync(join(outdir, 'stacks', TerraformStack.of(this).node.id), { recursive: true, force: true });
    rmSync(join(outdir, 'manifest.json'), { force: true });
    rmSync(join(outdir, 'cluster-groups', TerraformStack.of(this).node.id), { recursive: true, force: true });
  }

  private onSynthesize(outdir: string): void {
    const evaluation = this.evaluation;
    if (evaluation.errors.length > 0) return;
    this.lockFile.write(evaluation.placement.lock);
    const dir = join(outdir, 'cluster-groups', TerraformStack.of(this).node.id);
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
    const view = viewOf(evaluation);
    writeReviewFiles(dir, view);
    if (this.node.tryGetContext(CONTEXT_QUIET) !== true) process.stdout.write(renderSummary(view, TerraformStack.of(this).node.id));
  }
}

const NO_INSTANCES: Instances = { namespaces: new Map(), releases: new Map(), outputs: new Map() };
