/** Every default of the product, in one place. */
import { ChartRef, Resources } from './types';

export const DEFAULT_OVERSUBSCRIPTION_PERCENT = 120;

/** Below this a host could not hold what it has (CG-13). */
export const MIN_OVERSUBSCRIPTION_PERCENT = 100;

/** Palette's per-virtual-cluster maximums of a group (CG-14). */
export const DEFAULT_MAX_PER_VIRTUAL_CLUSTER: Resources<string> = { cpu: '6', memory: '8Gi', storage: '10Gi' };

/** The floors of those maximums (CG-14). */
export const MIN_OF_MAX_PER_VIRTUAL_CLUSTER: Resources<string> = { cpu: '4', memory: '4Gi', storage: '2Gi' };

/** What a virtual cluster requests when it says nothing (VC-2). */
export const DEFAULT_VIRTUAL_CLUSTER_REQUEST: Resources<string> = { cpu: '4', memory: '4Gi', storage: '2Gi' };

/** The least a virtual cluster may request, by distribution (VC-2). */
export const DISTRIBUTION_MINIMUM: Record<'k8s' | 'k3s', Resources<string>> = {
  k8s: { cpu: '4', memory: '4Gi', storage: '2Gi' },
  k3s: { cpu: '4', memory: '3Gi', storage: '0' },
};

export const DEFAULT_DISTRIBUTION = 'k8s';

export const DEFAULT_CHARTS = {
  vcluster: { repository: 'https://charts.loft.sh', chart: 'vcluster', version: '0.36.1' },
  metallb: { repository: 'https://metallb.github.io/metallb', chart: 'metallb', version: '0.16.1' },
  ingressNginx: { repository: 'https://kubernetes.github.io/ingress-nginx', chart: 'ingress-nginx', version: '4.15.1' },
  /** Envoy Gateway's controller chart (the Gateway API implementation's, not its CRDs'). */
  envoyGateway: { repository: 'oci://docker.io/envoyproxy', chart: 'gateway-helm', version: 'v1.9.0' },
  nginxGatewayFabric: { repository: 'oci://ghcr.io/nginx/charts', chart: 'nginx-gateway-fabric', version: '2.6.7' },
} as const satisfies Record<string, ChartRef>;

/** The charts a group installs from a repository, by the name its `chartRepositories` gives each a mirror under. */
export type ChartName = keyof typeof DEFAULT_CHARTS;

/**
 * How long Helm may take for one release (CG-19): image pulls on a fresh node and a volume that
 * binds late take minutes; the helm provider's own default is 300 s.
 */
export const DEFAULT_RELEASE_TIMEOUT_SECONDS = 600;
export const RELEASE_TIMEOUT_BOUNDS = { min: 60, max: 3600 } as const;

/** Revisions Helm keeps per release: each is a Secret in the release's namespace (counted by its quota); unbounded by default. */
export const RELEASE_MAX_HISTORY = 5;

/** Object counts of each virtual cluster's namespace quota (CG-20), a group setting; the defaults are the vcluster chart's own numbers, written out so that a chart upgrade cannot change them unseen. */
export interface ObjectQuota {
  readonly pods: number;
  readonly services: number;
  readonly persistentVolumeClaims: number;
  readonly secrets: number;
  readonly configMaps: number;
  /** LoadBalancer services of the virtual cluster's workloads, beyond the control plane's own in a LoadBalancer group. */
  readonly loadBalancers: number;
}
export const DEFAULT_OBJECT_QUOTA: ObjectQuota = { pods: 20, services: 20, persistentVolumeClaims: 20, secrets: 100, configMaps: 100, loadBalancers: 0 };

/**
 * The least of each count a virtual cluster runs with: its control plane and CoreDNS pods; its
 * Service and headless Service; its data volume; its config Secret and Helm's history; the
 * `kube-root-ca.crt` ConfigMap Kubernetes puts in every namespace.
 */
export const MIN_OBJECT_QUOTA: ObjectQuota = { pods: 2, services: 2, persistentVolumeClaims: 1, secrets: 1 + RELEASE_MAX_HISTORY, configMaps: 1, loadBalancers: 0 };

/** The ingress class of an ingress-nginx we install, unless the host names another. */
export const DEFAULT_INGRESS_CLASS = 'nginx';

/** Namespaces of what we install on a host. */
export const METALLB_NAMESPACE = 'metallb-system';
export const INGRESS_NGINX_NAMESPACE = 'ingress-nginx';

/** Usage above this share of a host's oversubscribed capacity is a warning (VC-4). */
export const CAPACITY_WARNING_SHARE = 0.9;
