import { Group, VirtualCluster } from '../model/fleet';
import { Exposure, METALLB_POOL, serverUrl } from './exposure';
import { ISOLATION_DEFAULTS } from './isolation';
import { mergeValues, Values } from './merge';
import { isAtLeast, VCLUSTER_LIMIT_RANGE_MAX } from './version';

export interface VirtualClusterInput {
  readonly group: Group;
  readonly vc: VirtualCluster;
  readonly exposure: Exposure;
}

function serviceValues(exposure: Exposure, input: VirtualClusterInput): Values {
  if (exposure.kind === 'ingress') return { spec: { type: 'ClusterIP' } };
  const spec: Values = { type: 'LoadBalancer' };
  const loadBalancer = input.vc.spec.loadBalancer;
  if (loadBalancer?.externalTrafficPolicy !== undefined) spec.externalTrafficPolicy = loadBalancer.externalTrafficPolicy;
  if (loadBalancer?.sourceRanges?.length) spec.loadBalancerSourceRanges = [...loadBalancer.sourceRanges];
  const annotations: Values = {};
  if (exposure.metallb) annotations['metallb.io/address-pool'] = METALLB_POOL;
  if (exposure.ip !== undefined) annotations['metallb.io/loadBalancerIPs'] = exposure.ip;
  return Object.keys(annotations).length ? { annotations, spec } : { spec };
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
  const sans = exposure.kind === 'ingress' ? [exposure.hostname] : exposure.ip !== undefined ? [exposure.ip] : [];
  const controlPlane: Values = {
    distro: { [group.distribution === 'k3s' ? 'k3s' : 'k8s']: { enabled: true } },
    service: serviceValues(exposure, input),
    statefulSet: {
      highAvailability: { replicas: input.vc.paused ? 0 : 1 },
      resources: { limits: { memory: controlPlaneMemoryLimit(request.memory) } },
      // A claim of size 0 is refused by the API server; k3s may run without one (its minimum storage is 0).
      persistence: { volumeClaim: request.storage === 0 ? { enabled: false } : { enabled: true, size: resources.storage } },
    },
  };
  if (sans.length) controlPlane.proxy = { extraSANs: sans };
  if (exposure.kind === 'ingress') controlPlane.ingress = { enabled: true, host: exposure.hostname, spec: { ingressClassName: exposure.className } };
  const quota: Values = { 'requests.cpu': resources.cpu, 'requests.memory': resources.memory, 'limits.cpu': resources.cpu, 'limits.memory': resources.memory };
  // The chart's default quota allows no node port, and a LoadBalancer service allocates one.
  if (exposure.kind === 'load-balancer') quota['services.nodeports'] = '1';
  const limitRange: Values = { enabled: true };
  if (isAtLeast(group.charts.vcluster.version, VCLUSTER_LIMIT_RANGE_MAX)) limitRange.max = { cpu: resources.cpu, memory: resources.memory };
  const policies: Values = { resourceQuota: { enabled: true, quota }, limitRange };
  const values: Values = { controlPlane, policies };
  if (server !== undefined) values.exportKubeConfig = { server };
  return values;
}

/** Isolation defaults, then the group's values, then the virtual cluster's own, then ours: what we own cannot be overridden by accident, the rest is the user's. */
export function vclusterValues(input: VirtualClusterInput, groupValues: Values, ownUserValues: Values): Values {
  return mergeValues(ISOLATION_DEFAULTS, groupValues, ownUserValues, ownValues(input));
}
