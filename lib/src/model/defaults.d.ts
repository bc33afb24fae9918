/** Every default of the product, in one place. */
import { ChartRef, Resources } from './types';
export declare const DEFAULT_OVERSUBSCRIPTION_PERCENT = 120;
/** Palette's per-virtual-cluster maximums of a group (CG-14). */
export declare const DEFAULT_MAX_PER_VIRTUAL_CLUSTER: Resources<string>;
/** The floors of those maximums (CG-14). */
export declare const MIN_OF_MAX_PER_VIRTUAL_CLUSTER: Resources<string>;
/** What a virtual cluster requests when it says nothing (VC-2). */
export declare const DEFAULT_VIRTUAL_CLUSTER_REQUEST: Resources<string>;
/** The least a virtual cluster may request, by distribution (VC-2). */
export declare const DISTRIBUTION_MINIMUM: Record<'k8s' | 'k3s', Resources<string>>;
export declare const DEFAULT_DISTRIBUTION = "k8s";
export declare const DEFAULT_CHARTS: {
    readonly vcluster: ChartRef;
    readonly metallb: ChartRef;
    readonly ingressNginx: ChartRef;
};
/** The ingress class of an ingress-nginx we install, unless the host names another. */
export declare const DEFAULT_INGRESS_CLASS = "nginx";
/** Namespaces of what we install on a host. */
export declare const METALLB_NAMESPACE = "metallb-system";
export declare const INGRESS_NGINX_NAMESPACE = "ingress-nginx";
/** Usage above this share of a host's oversubscribed capacity is a warning (VC-4). */
export declare const CAPACITY_WARNING_SHARE = 0.9;
