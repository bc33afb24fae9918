/**
 * `cluster-groups.lock.json`: where automatic placement put each virtual cluster and
 * which load-balancer IP it was given, so that neither ever moves by itself.
 */
export declare const LOCK_VERSION = 1;
export interface LockedVirtualCluster {
    readonly host: string;
    readonly ip?: string;
}
export interface LockedGroup {
    readonly distribution: string;
    readonly virtualClusters: Readonly<Record<string, LockedVirtualCluster>>;
}
export interface Lock {
    readonly version: number;
    readonly groups: Readonly<Record<string, LockedGroup>>;
}
export declare const EMPTY_LOCK: Lock;
export declare class LockFormatError extends Error {
}
/** Reads a lock file's text; a lock of another format version, or not a lock at all, is refused with a message a user can act on. */
export declare function parseLock(text: string, file: string): Lock;
/** The lock's text: keys sorted and one trailing newline, so that it diffs cleanly in review. */
export declare function serializeLock(lock: Lock): string;
