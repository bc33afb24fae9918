import { Evaluation } from '../evaluate';
import { Values } from './merge';
export interface VirtualClusterRelease {
    readonly name: string;
    readonly group: string;
    readonly values: Values;
}
/** The vcluster releases of every host (by host path), each with its complete values, sorted by name. */
export declare function releasesByHost(evaluation: Evaluation): Map<string, VirtualClusterRelease[]>;
