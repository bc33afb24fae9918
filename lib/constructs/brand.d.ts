/** The brands of our constructs: `Symbol.for` keys are shared by every copy of this package in one app, so type checks hold across copies. */
export declare const BRANDS: {
    readonly group: "cdktf-cluster-groups.ClusterGroup";
    readonly host: "cdktf-cluster-groups.HostClusterMembership";
    readonly virtualCluster: "cdktf-cluster-groups.VirtualCluster";
};
export declare function brand(target: object, name: string): void;
export declare function hasBrand(x: unknown, name: string): boolean;
