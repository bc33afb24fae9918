import { Construct, IConstruct } from 'constructs';
import { Evaluation } from '../src/evaluate';
import { GroupSpec, HostSpec, VirtualClusterSpec } from '../src/model/types';
/** Context keys a user may set in cdktf.json (`context`) or on the App. */
export declare const CONTEXT_LOCK_FILE = "cluster-groups:lockFile";
export declare const CONTEXT_FROZEN = "cluster-groups:frozen";
export declare const CONTEXT_QUIET = "cluster-groups:quiet";
/**
 * The one place per stack where the groups, hosts and virtual clusters of that stack meet:
 * constructs add their props here as they are created; at synth one validation runs every
 * rule once over the whole model, and emission reads the same evaluation.
 */
export declare class ClusterGroupsRegistry extends Construct {
    static of(scope: IConstruct): ClusterGroupsRegistry;
    private readonly groups;
    private readonly hosts;
    private readonly virtualClusters;
    private cached?;
    private emitted?;
    private readonly lockFile;
    private constructor();
    addGroup(spec: GroupSpec): void;
    addHost(spec: HostSpec): void;
    addVirtualCluster(spec: VirtualClusterSpec): void;
    /** Every rule over the whole model, computed once per synth (again only if constructs were added since). */
    get evaluation(): Evaluation;
    /** What the lazy attributes of every host and group read: computed once per evaluation. */
    private get emission();
    /** The `for_each` map of a host's virtual-cluster namespaces: name → group name. */
    namespacesOn(hostPath: string): Record<string, string>;
    /** The `for_each` map of a host's vcluster releases: name → { values }. */
    releasesOn(hostPath: string): Record<string, {
        values: string;
    }>;
    /** A group's output: name → host, endpoint and kubeconfig secret. */
    outputOf(groupPath: string): Record<string, unknown>;
    private validate;
    /** A failed synth must not leave an earlier, deployable cdk.tf.json of this stack behind. */
    private removeStaleOutput;
    private onSynthesize;
}
