import { DEFAULT_OBJECT_QUOTA, ObjectQuota } from '../model/defaults';
import { Group, VirtualCluster } from '../model/fleet';
import { Exposure, loadBalancerAddress, METALLB_POOL, serverUrl } from './exposure';
import { ISOLATION_DEFAULTS } from './isolation';
import { mergeValues, Values } from './merge';
import { isAtLeast, VCLUSTER_LIMIT_RANGE_MAX } from './version';
import { tlsRouteExposureValues } from './vcluster-tls-route';

export interface VirtualClusterInput {
  readonly group: Group;
  readonly vc: VirtualCluster;
  readonly exposure: Exposure;
}

function serviceValues(exposure: Exposure, input: VirtualClusterInput): Values {
  if (exposure.kind !== 'load-balancer') return { spec: { type: 'ClusterIP' } };
  const spec: Values = { type: 'LoadBalancer' };
  const loadBalancer = input.vc.spec.loadBalancer;
  if (loadBalancer?.externalTrafficPolicy !== undefined) spec.externalTrafficPolicy = loadBalancer.externalTrafficPolicy;
  if (loadBalancer?.sourceRanges?.length) spec.loadBalancerSourceRanges = [...loadBalancer.sourceRanges];
  const annotations: Values = {};
  if (exposure.metallb) annotations['metallb.io/address-pool'] = METALLB_POOL;
  if (exposure.ip !== undefined) annotations['metallb.io/loadBalancerIPs'] = exposure.ip;
  return Object.keys(annotations).length ? { annotations, spec } : { spec };
}

/** The quota's object counts: the group's (CG-20 has checked them), else the chart's numbers, written out. */
function objectQuotaOf(group: Group): ObjectQuota {
  const given = group.spec.objectQuota;
  return { ...DEFAULT_OBJECT_QUOTA, ...(typeof given === 'object' && given !== null ? (given as Partial<ObjectQuota>) : {}) };
}

/**
 * The namespace quota of one virtual cluster. CPU and memory are its request, the control plane's
 * included; storage is its request too, as VC-4 counts it (the control plane's volume included);
 * object counts come from the group. A LoadBalancer service also allocates a node port. The
 * chart's other keys (ephemeral storage, endpoints) are numbers nobody chose for this virtual
 * cluster: null removes them, as Helm reads null over a default.
 */
function quotaValues(input: VirtualClusterInput): Values {
  const { exposure } = input;
  const resources = input.vc.quantities;
  const counts = objectQuotaOf(input.group);
  const loadBalancers = counts.loadBalancers + (exposure.kind === 'load-balancer' ? 1 : 0);
  return {
    'requests.cpu': resources.cpu,
    'requests.memory': resources.memory,
    'limits.cpu': resources.cpu,
    'limits.memory': resources.memory,
    'requests.storage': resources.storage,
    'count/pods': String(counts.pods),
    'count/services': String(counts.services),
    'count/persistentvolumeclaims': String(counts.persistentVolumeClaims),
    'count/secrets': String(counts.secrets),
    'count/configmaps': String(counts.configMaps),
    'services.loadbalancers': String(loadBalancers),
    'services.nodeports': String(loadBalancers),
    'requests.ephemeral-storage': null,
    'limits.ephemeral-storage': null,
    'count/endpoints': null,
  };
}

const MI = 1024 ** 2;
/** The chart's own memory limit for the control plane (0.36): above it we leave the chart's value. */
const CONTROL_PLANE_MEMORY_LIMIT = 4096 * MI;

/**
 * The control plane runs in the namespace it guards, so the quota must hold its memory limit
 * too. The chart's 4Gi would take all of a 4Gi virtual cluster and leave CoreDNS and every
 * workload refused at admission; half of the memory, up to the chart's 4Gi, leaves them the rest.
 */
function controlPlaneMemoryLimit(memory: number | undefined): string {
  const bytes = Math.min(CONTROL_PLANE_MEMORY_LIMIT, (memory ?? 0) / 2);
  return `${Math.floor(bytes / MI)}Mi`;
}

function volumeClaim(size: string, storageClass: string | undefined): Values {
  return storageClass === undefined ? { enabled: true, size } : { enabled: true, size, storageClass };
}

/**
 * The control plane's CPU limit: without one the limit range's default (1 CPU) would cap the API
 * server; half of the virtual cluster's CPU leaves the rest to CoreDNS and workloads.
 */
function controlPlaneCpuLimit(millicores: number | undefined): string {
  return `${Math.floor((millicores ?? 0) / 2)}m`;
}

/** The data volume's storage class: the virtual cluster's, else the group's; none for the host's default (CG-21 has checked them). */
function storageClassOf(input: VirtualClusterInput): string | undefined {
  const given = input.vc.spec.storageClass ?? input.group.spec.storageClass;
  return given === undefined ? undefined : String(given);
}

/**
 * The values we own for one virtual cluster: distribution, exposure, TLS SANs, kubeconfig
 * server, quota and limit range, control-plane volume, pause. CPU and memory bound the
 * namespace's compute (quota and limit range), the control plane's included; storage sizes the
 * control plane's data volume.
 */
export function ownValues(input: VirtualClusterInput): Values {
  const { group, exposure } = input;
  const resources = input.vc.quantities;
  const request = input.vc.request;
  const server = serverUrl(exposure);
  // vcluster adds the ingress host to its certificate itself (getExtraSANs); the load-balancer address is known here before the service has it.
  const address = loadBalancerAddress(exposure);
  const sans = address === undefined ? [] : [address];
  const controlPlane: Values = {
    distro: { [group.distribution === 'k3s' ? 'k3s' : 'k8s']: { enabled: true } },
    service: serviceValues(exposure, input),
    statefulSet: {
      highAvailability: { replicas: input.vc.paused ? 0 : 1 },
      resources: { limits: { cpu: controlPlaneCpuLimit(request.cpu), memory: controlPlaneMemoryLimit(request.memory) } },
      // A claim of size 0 is refused by the API server; k3s may run without one (its minimum storage is 0).
      persistence: { volumeClaim: request.storage === 0 ? { enabled: false } : volumeClaim(resources.storage, storageClassOf(input)) },
    },
  };
  if (sans.length) controlPlane.proxy = { extraSANs: sans };
  const ingress = exposure.kind === 'load-balancer' || exposure.className === undefined ? undefined : { enabled: true, host: exposure.hostname, spec: { ingressClassName: exposure.className } };
  const limitRange: Values = { enabled: true };
  if (isAtLeast(group.charts.vcluster.version, VCLUSTER_LIMIT_RANGE_MAX)) limitRange.max = { cpu: resources.cpu, memory: resources.memory };
  const policies: Values = { resourceQuota: { enabled: true, quota: quotaValues(input) }, limitRange };
  const values: Values = { controlPlane, policies };
  if (server !== undefined) values.exportKubeConfig = { server };
  const exposed = exposure.kind === 'tls-route' ? mergeValues(values, tlsRouteExposureValues(exposure.hostname, exposure.gateway)) : values;
  // An Ingress: the exposure of an ingress host, or on a Gateway host the one kept during a move from ingress-nginx.
  return ingress ? mergeValues(exposed, { controlPlane: { ingress } }) : exposed;
}

/** Isolation defaults, then the group's values, then the virtual cluster's own, then ours: what we own cannot be overridden by accident, the rest is the user's. */
export function vclusterValues(input: VirtualClusterInput, groupValues: Values, ownUserValues: Values): Values {
  return mergeValues(ISOLATION_DEFAULTS, groupValues, ownUserValues, ownValues(input));
}
