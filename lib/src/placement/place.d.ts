import { Fleet, Host, VirtualCluster } from '../model/fleet';
import { Resources } from '../model/types';
import { Lock } from './lock';
export interface PlacedVirtualCluster {
    readonly vc: VirtualCluster;
    readonly host: Host;
    /** The load-balancer IP from the host's MetalLB pools, when it has them and one was free. */
    readonly ip?: string;
}
/** A virtual cluster whose host differs from the one in the lock: Terraform replaces it (its data is lost). */
export interface Move {
    readonly group: string;
    readonly virtualCluster: string;
    readonly from: string;
    readonly to: string;
    readonly reason: 'pinned' | 'host-left-group';
}
export interface HostUsage {
    readonly host: Host;
    /** What the placed virtual clusters request (paused ones count storage only). */
    readonly used: Resources<number>;
    /** Capacity × oversubscription; undefined where the capacity does not parse. */
    readonly limit: Resources<number | undefined>;
    readonly virtualClusters: number;
    readonly addresses: bigint;
}
export interface Placement {
    readonly byPath: ReadonlyMap<string, PlacedVirtualCluster>;
    readonly usage: ReadonlyMap<string, HostUsage>;
    readonly moves: readonly Move[];
    readonly lock: Lock;
}
/**
 * Places every virtual cluster: a pin wins, then the lock, then, for a new one, the host
 * with the most headroom (ties by host name), in the order of the virtual clusters' names.
 * O(n log h) for n virtual clusters on h hosts; declaration order never matters.
 */
export declare function place(fleet: Fleet, lock: Lock): Placement;
