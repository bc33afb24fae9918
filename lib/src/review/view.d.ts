import { Evaluation } from '../evaluate';
import { Finding } from '../model/types';
export interface ResourceUse {
    readonly used: number;
    /** Capacity × oversubscription; null where the capacity does not parse. */
    readonly limit: number | null;
}
export interface HostView {
    readonly name: string;
    /** The host's provider alias, also the suffix of every Terraform address on it. */
    readonly alias: string;
    readonly path: string;
    readonly kind: string;
    readonly endpoint: string;
    readonly virtualClusters: number;
    readonly addresses: string;
    readonly cpu: ResourceUse;
    readonly memory: ResourceUse;
    readonly storage: ResourceUse;
}
export interface VirtualClusterView {
    readonly name: string;
    readonly path: string;
    readonly host: string;
    /** How a client reaches its API server, or a note where that is known only after apply. */
    readonly endpoint: string;
    readonly ip: string | null;
    readonly cpu: string;
    readonly memory: string;
    readonly storage: string;
    readonly paused: boolean;
    readonly chartVersion: string;
    readonly kubeconfigSecret: {
        readonly name: string;
        readonly namespace: string;
    };
}
export interface GroupView {
    readonly name: string;
    readonly key: string;
    readonly path: string;
    readonly endpointType: string;
    readonly scope: string;
    readonly oversubscriptionPercent: number;
    readonly hosts: readonly HostView[];
    readonly virtualClusters: readonly VirtualClusterView[];
}
export interface ReviewView {
    readonly groups: readonly GroupView[];
    readonly moves: Evaluation['placement']['moves'];
    readonly warnings: readonly Finding[];
}
/** Endpoint text for a virtual cluster whose address is known only after apply. */
export declare const PENDING_ENDPOINT = "assigned by the cloud load balancer at apply";
/** One plain, deterministic view of an evaluation: what the summary, the review report and the outputs show. */
export declare function viewOf(evaluation: Evaluation): ReviewView;
