"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClusterGroupsRegistry = exports.CONTEXT_QUIET = exports.CONTEXT_FROZEN = exports.CONTEXT_LOCK_FILE = void 0;
const cdktf_1 = require("cdktf");
const synthesizer_1 = require("cdktf/lib/synthesize/synthesizer");
const constructs_1 = require("constructs");
const fs_1 = require("fs");
const path_1 = require("path");
const evaluate_1 = require("../src/evaluate");
const lock_file_1 = require("../src/placement/lock-file");
const releases_1 = require("../src/charts/releases");
const serialize_1 = require("../src/charts/serialize");
const summary_1 = require("../src/review/summary");
const files_1 = require("../src/review/files");
const view_1 = require("../src/review/view");
const terraform_text_1 = require("./terraform-text");
/** Context keys a user may set in cdktf.json (`context`) or on the App. */
exports.CONTEXT_LOCK_FILE = 'cluster-groups:lockFile';
exports.CONTEXT_FROZEN = 'cluster-groups:frozen';
exports.CONTEXT_QUIET = 'cluster-groups:quiet';
const REGISTRY_ID = 'ClusterGroups';
/**
 * The one place per stack where the groups, hosts and virtual clusters of that stack meet:
 * constructs add their props here as they are created; at synth one validation runs every
 * rule once over the whole model, and emission reads the same evaluation.
 */
class ClusterGroupsRegistry extends constructs_1.Construct {
    static of(scope) {
        const stack = cdktf_1.TerraformStack.of(scope);
        return stack.node.tryFindChild(REGISTRY_ID) ?? new ClusterGroupsRegistry(stack, REGISTRY_ID);
    }
    groups = [];
    hosts = [];
    virtualClusters = [];
    cached;
    emitted;
    lockFile;
    constructor(scope, id) {
        super(scope, id);
        const lockPath = this.node.tryGetContext(exports.CONTEXT_LOCK_FILE);
        const frozen = this.node.tryGetContext(exports.CONTEXT_FROZEN) ?? process.env.CI === 'true';
        this.lockFile = new lock_file_1.LockFile(lockPath === false ? undefined : (lockPath ?? 'cluster-groups.lock.json'), scope.node.id, frozen === true || frozen === 'true');
        this.node.addValidation({ validate: () => this.validate() });
        (0, synthesizer_1.addCustomSynthesis)(this, { onSynthesize: (session) => this.onSynthesize(session.outdir) });
    }
    addGroup(spec) {
        this.groups.push(spec);
    }
    addHost(spec) {
        this.hosts.push(spec);
    }
    addVirtualCluster(spec) {
        this.virtualClusters.push(spec);
    }
    /** Every rule over the whole model, computed once per synth (again only if constructs were added since). */
    get evaluation() {
        const size = this.groups.length + this.hosts.length + this.virtualClusters.length;
        if (!this.cached || this.cached.size !== size) {
            const model = { groups: this.groups, hosts: this.hosts, virtualClusters: this.virtualClusters };
            this.cached = { size, evaluation: (0, evaluate_1.evaluate)(model, this.lockFile.read(), { frozenLock: this.lockFile.frozen ? this.lockFile.path : undefined }) };
        }
        return this.cached.evaluation;
    }
    /** What the lazy attributes of every host and group read: computed once per evaluation. */
    get emission() {
        const evaluation = this.evaluation;
        if (this.emitted?.evaluation !== evaluation)
            this.emitted = { evaluation, emission: emissionOf(evaluation) };
        return this.emitted.emission;
    }
    /** The `for_each` map of a host's virtual-cluster namespaces: name → group name. */
    namespacesOn(hostPath) {
        return this.emission.namespaces.get(hostPath) ?? {};
    }
    /** The `for_each` map of a host's vcluster releases: name → { values }. */
    releasesOn(hostPath) {
        return this.emission.releases.get(hostPath) ?? {};
    }
    /** A group's output: name → host, endpoint and kubeconfig secret. */
    outputOf(groupPath) {
        return this.emission.outputs.get(groupPath) ?? {};
    }
    validate() {
        const { errors } = this.evaluation;
        if (errors.length > 0)
            this.removeStaleOutput();
        return errors.map((f) => f.message);
    }
    /** A failed synth must not leave an earlier, deployable cdk.tf.json of this stack behind. */
    removeStaleOutput() {
        const outdir = cdktf_1.App.of(this).outdir;
        (0, fs_1.rmSync)((0, path_1.join)(outdir, 'stacks', cdktf_1.TerraformStack.of(this).node.id), { recursive: true, force: true });
        (0, fs_1.rmSync)((0, path_1.join)(outdir, 'manifest.json'), { force: true });
        (0, fs_1.rmSync)((0, path_1.join)(outdir, 'cluster-groups', cdktf_1.TerraformStack.of(this).node.id), { recursive: true, force: true });
    }
    onSynthesize(outdir) {
        const evaluation = this.evaluation;
        if (evaluation.errors.length > 0)
            return;
        this.lockFile.write(evaluation.placement.lock);
        const dir = (0, path_1.join)(outdir, 'cluster-groups', cdktf_1.TerraformStack.of(this).node.id);
        if (!(0, fs_1.existsSync)(dir))
            (0, fs_1.mkdirSync)(dir, { recursive: true });
        (0, files_1.writeReviewFiles)(dir, evaluation);
        if (this.node.tryGetContext(exports.CONTEXT_QUIET) !== true)
            process.stdout.write((0, summary_1.renderSummary)(evaluation, cdktf_1.TerraformStack.of(this).node.id));
    }
}
exports.ClusterGroupsRegistry = ClusterGroupsRegistry;
function emissionOf(evaluation) {
    const namespaces = new Map();
    const releases = new Map();
    for (const [hostPath, list] of (0, releases_1.releasesByHost)(evaluation)) {
        namespaces.set(hostPath, Object.fromEntries(list.map((release) => [release.name, release.group])));
        releases.set(hostPath, Object.fromEntries(list.map((release) => [release.name, { values: (0, terraform_text_1.literal)((0, serialize_1.toYaml)(release.values)) }])));
    }
    const outputs = new Map();
    for (const group of (0, view_1.viewOf)(evaluation).groups) {
        const entries = group.virtualClusters.map((vc) => [vc.name, { host: vc.host, endpoint: vc.endpoint, kubeconfig_secret: vc.kubeconfigSecret }]);
        outputs.set(group.path, Object.fromEntries(entries));
    }
    return { namespaces, releases, outputs };
}
