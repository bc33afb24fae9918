import { App, TerraformProvider, TerraformStack } from 'cdktf';
import { addCustomSynthesis } from 'cdktf/lib/synthesize/synthesizer';
import { Construct, IConstruct } from 'constructs';
import { existsSync, mkdirSync, rmSync } from 'fs';
import { join } from 'path';
import { evaluate, Evaluation } from '../src/evaluate';
import { Finding, GroupSpec, HostSpec, Model, ProviderSpec, VirtualClusterSpec } from '../src/model/types';
import { EMPTY_LOCK, Lock, LOCK_VERSION, LockFormatError } from '../src/placement/lock';
import { LockFile } from '../src/placement/lock-file';
import { finding } from '../src/rules/rule';
import { releasesByHost } from '../src/charts/releases';
import { toYaml } from '../src/charts/serialize';
import { renderSummary } from '../src/review/summary';
import { writeReviewFiles } from '../src/review/files';
import { ReviewView, viewOf } from '../src/review/view';
import { ProvidersByAlias } from './provider-order';
import { literal } from './terraform-text';

/** Context key (cdktf.json `context`, or the App's): path of the placement lock file, or `false` for none. Default `cluster-groups.lock.json`. */
export const CONTEXT_LOCK_FILE = 'cluster-groups:lockFile';
/** Context key: `true` makes a lock change an error (PL-1). Default: true when the environment has `CI=true`. */
export const CONTEXT_FROZEN = 'cluster-groups:frozen';
/** Context key: `true` stops the summary printed at synth. Default false. */
export const CONTEXT_QUIET = 'cluster-groups:quiet';

const REGISTRY_ID = 'ClusterGroups';

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
  private readonly inputFindings: Finding[] = [];
  private cached?: { size: number; evaluation: Evaluation };
  private emitted?: { evaluation: Evaluation; emission: Emission };
  private readonly lockFile: LockFile;
  /** The provider pairs created for hosts, rendered in alias order. */
  readonly kubernetesProviders = new ProvidersByAlias();
  readonly helmProviders = new ProvidersByAlias();

  private constructor(scope: TerraformStack, id: string) {
    super(scope, id);
    const lockPath = this.node.tryGetContext(CONTEXT_LOCK_FILE);
    const frozen = this.node.tryGetContext(CONTEXT_FROZEN) ?? process.env.CI === 'true';
    this.lockFile = new LockFile(lockPath === false ? undefined : (lockPath ?? 'cluster-groups.lock.json'), scope.node.id, frozen === true || frozen === 'true');
    this.node.addValidation({ validate: () => this.validate() });
    addCustomSynthesis(this, { onSynthesize: (session) => this.onSynthesize(session.outdir) });
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

  /** A prop of the wrong kind, found while a construct was created. */
  addInputFinding(finding: Finding): void {
    this.inputFindings.push(finding);
  }

  /** Every rule over the whole model, computed once per synth (again only if constructs were added since). */
  get evaluation(): Evaluation {
    const size = this.groups.length + this.hosts.length + this.virtualClusters.length + this.inputFindings.length;
    if (!this.cached || this.cached.size !== size) {
      const { lock, findings } = this.readLock();
      const model: Model = { groups: this.groups, hosts: this.hosts, virtualClusters: this.virtualClusters, inputFindings: [...this.inputFindings, ...findings], providers: this.stackProviders() };
      this.cached = { size, evaluation: evaluate(model, lock, { frozenLock: this.lockFile.frozen ? this.lockFile.path : undefined }) };
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

  /** The lock, or, for a file this release cannot read, an empty one and a PL-1 finding (the synth then fails and the file is left as it is). */
  private readLock(): { lock: Lock; findings: Finding[] } {
    try {
      return { lock: this.lockFile.read(), findings: [] };
    } catch (error) {
      if (!(error instanceof LockFormatError)) throw error;
      return {
        lock: EMPTY_LOCK,
        findings: [finding('PL-1', 'error', this.lockFile.path ?? 'cluster-groups.lock.json', error.problem, `a lock file of format version ${LOCK_VERSION}, as this release writes it`, error.fix)],
      };
    }
  }

  /** What the lazy attributes of every host and group read: computed once per evaluation. */
  private get emission(): Emission {
    const evaluation = this.evaluation;
    // A synth with errors writes nothing deployable: serializing every release's values for it would be wasted.
    if (this.emitted?.evaluation !== evaluation) this.emitted = { evaluation, emission: evaluation.errors.length ? NO_EMISSION : emissionOf(evaluation) };
    return this.emitted.emission;
  }

  /** The `for_each` map of a host's virtual-cluster namespaces: name → group name. */
  namespacesOn(hostPath: string): Record<string, string> {
    return this.emission.namespaces.get(hostPath) ?? {};
  }

  /** The `for_each` map of a host's vcluster releases: name → { values }. */
  releasesOn(hostPath: string): Record<string, { values: string }> {
    return this.emission.releases.get(hostPath) ?? {};
  }

  /** A group's output: name → host, endpoint and kubeconfig secret. */
  outputOf(groupPath: string): Record<string, unknown> {
    return this.emission.outputs.get(groupPath) ?? {};
  }

  private validate(): string[] {
    const { errors } = this.evaluation;
    if (errors.length > 0) this.removeStaleOutput();
    return errors.map((f) => f.message);
  }

  /** A failed synth must not leave an earlier, deployable cdk.tf.json of this stack behind. */
  private removeStaleOutput(): void {
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
    // The view the outputs were built from: computed once per synth for outputs, review files and summary.
    const view = this.emission.view;
    writeReviewFiles(dir, view);
    if (this.node.tryGetContext(CONTEXT_QUIET) !== true) process.stdout.write(renderSummary(view, TerraformStack.of(this).node.id));
  }
}

interface Emission {
  readonly namespaces: Map<string, Record<string, string>>;
  readonly releases: Map<string, Record<string, { values: string }>>;
  readonly outputs: Map<string, Record<string, unknown>>;
  readonly view: ReviewView;
}

const NO_EMISSION: Emission = { namespaces: new Map(), releases: new Map(), outputs: new Map(), view: { groups: [], moves: [], warnings: [] } };

function emissionOf(evaluation: Evaluation): Emission {
  const namespaces = new Map<string, Record<string, string>>();
  const releases = new Map<string, Record<string, { values: string }>>();
  for (const [hostPath, list] of releasesByHost(evaluation)) {
    namespaces.set(hostPath, Object.fromEntries(list.map((release) => [release.name, release.group])));
    releases.set(hostPath, Object.fromEntries(list.map((release) => [release.name, { values: literal(toYaml(release.values)) }])));
  }
  const outputs = new Map<string, Record<string, unknown>>();
  const view = viewOf(evaluation);
  for (const group of view.groups) {
    const entries = group.virtualClusters.map((vc) => [vc.name, { host: vc.host, endpoint: vc.server, kubeconfig_secret: vc.kubeconfigSecret }]);
    outputs.set(group.path, Object.fromEntries(entries));
  }
  return { namespaces, releases, outputs, view };
}
