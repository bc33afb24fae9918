import { Group } from '../model/fleet';
import { PlacedVirtualCluster } from '../placement/place';
/** The name of the one MetalLB address pool we create on each host; virtual clusters ask for it by annotation. */
export declare const METALLB_POOL = "vclusters";
/** How one virtual cluster is reached, as far as it is known at synth. */
export type Exposure = {
    readonly kind: 'load-balancer';
    readonly ip?: string;
    readonly metallb: boolean;
} | {
    readonly kind: 'ingress';
    readonly hostname: string;
    readonly className: string;
};
export declare function exposureOf(group: Group, placed: PlacedVirtualCluster): Exposure;
/** The API server URL a client uses, or undefined while a cloud load balancer has not given an address yet. */
export declare function serverUrl(exposure: Exposure): string | undefined;
/** The secret vcluster writes its kubeconfig to: `vc-<release>` in the release namespace. */
export declare function kubeconfigSecret(name: string): {
    name: string;
    namespace: string;
};
