"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CAPACITY_WARNING_SHARE = exports.INGRESS_NGINX_NAMESPACE = exports.METALLB_NAMESPACE = exports.DEFAULT_INGRESS_CLASS = exports.DEFAULT_CHARTS = exports.DEFAULT_DISTRIBUTION = exports.DISTRIBUTION_MINIMUM = exports.DEFAULT_VIRTUAL_CLUSTER_REQUEST = exports.MIN_OF_MAX_PER_VIRTUAL_CLUSTER = exports.DEFAULT_MAX_PER_VIRTUAL_CLUSTER = exports.DEFAULT_OVERSUBSCRIPTION_PERCENT = void 0;
exports.DEFAULT_OVERSUBSCRIPTION_PERCENT = 120;
/** Palette's per-virtual-cluster maximums of a group (CG-14). */
exports.DEFAULT_MAX_PER_VIRTUAL_CLUSTER = { cpu: '6', memory: '8Gi', storage: '10Gi' };
/** The floors of those maximums (CG-14). */
exports.MIN_OF_MAX_PER_VIRTUAL_CLUSTER = { cpu: '4', memory: '4Gi', storage: '2Gi' };
/** What a virtual cluster requests when it says nothing (VC-2). */
exports.DEFAULT_VIRTUAL_CLUSTER_REQUEST = { cpu: '4', memory: '4Gi', storage: '2Gi' };
/** The least a virtual cluster may request, by distribution (VC-2). */
exports.DISTRIBUTION_MINIMUM = {
    k8s: { cpu: '4', memory: '4Gi', storage: '2Gi' },
    k3s: { cpu: '4', memory: '3Gi', storage: '0' },
};
exports.DEFAULT_DISTRIBUTION = 'k8s';
exports.DEFAULT_CHARTS = {
    vcluster: { repository: 'https://charts.loft.sh', chart: 'vcluster', version: '0.36.1' },
    metallb: { repository: 'https://metallb.github.io/metallb', chart: 'metallb', version: '0.16.1' },
    ingressNginx: { repository: 'https://kubernetes.github.io/ingress-nginx', chart: 'ingress-nginx', version: '4.15.1' },
};
/** The ingress class of an ingress-nginx we install, unless the host names another. */
exports.DEFAULT_INGRESS_CLASS = 'nginx';
/** Namespaces of what we install on a host. */
exports.METALLB_NAMESPACE = 'metallb-system';
exports.INGRESS_NGINX_NAMESPACE = 'ingress-nginx';
/** Usage above this share of a host's oversubscribed capacity is a warning (VC-4). */
exports.CAPACITY_WARNING_SHARE = 0.9;
