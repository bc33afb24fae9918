import { IpRange } from './ip-range';
import { UserValues } from '../charts/user-values';
import { EndpointType, GroupSpec, HostSpec, Model, Resources, VirtualClusterSpec } from './types';
/** A host with what the rules and placement need already parsed. */
export interface Host {
    readonly spec: HostSpec;
    readonly name: string;
    readonly alias: string;
    readonly capacity: Resources<number | undefined>;
    /** The pool entries that parse; the others are HC-3 findings. */
    readonly pools: readonly IpRange[];
}
export interface VirtualCluster {
    readonly spec: VirtualClusterSpec;
    readonly name: string;
    readonly request: Resources<number | undefined>;
    readonly userValues: UserValues;
}
export interface Group {
    readonly spec: GroupSpec;
    readonly name: string;
    /** Its key in the lock and in output names: the name, qualified by the project for a project-scoped group. */
    readonly key: string;
    readonly endpointType: EndpointType | undefined;
    readonly oversubscription: number;
    readonly distribution: string;
    readonly userValues: UserValues;
    readonly hosts: readonly Host[];
    readonly virtualClusters: readonly VirtualCluster[];
}
/** The model indexed once, so that no rule scans all pairs. */
export interface Fleet {
    readonly model: Model;
    readonly groups: readonly Group[];
    readonly groupByPath: ReadonlyMap<string, Group>;
}
export declare function indexFleet(model: Model): Fleet;
