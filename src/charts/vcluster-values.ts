import { Group } from '../model/fleet';
import { parseQuantity } from '../model/quantity';
import { Resources } from '../model/types';
import { Exposure, METALLB_POOL, serverUrl } from './exposure';
import { ISOLATION_DEFAULTS } from './isolation';
import { mergeValues, Values } from './merge';
import { isAtLeast } from './version';

export interface VirtualClusterInput {
  readonly group: Group;
  readonly exposure: Exposure;
  readonly resources: Resources<string>;
  readonly paused: boolean;
  readonly loadBalancer?: { readonly externalTrafficPolicy?: unknown; readonly sourceRanges?: readonly unknown[] };
}

function serviceValues(exposure: Exposure, input: VirtualClusterInput): Values {
  if (exposure.kind === 'ingress') return { spec: { type: 'ClusterIP' } };
  const spec: Values = { type: 'LoadBalancer' };
  if (input.loadBalancer?.externalTrafficPolicy !== undefined) spec.externalTrafficPolicy = input.loadBalancer.externalTrafficPolicy;
  if (input.loadBalancer?.sourceRanges?.length) spec.loadBalancerSourceRanges = [...input.loadBalancer.sourceRanges];
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
function controlPlaneMemoryLimit(memory: string): string {
  const bytes = Math.min(CONTROL_PLANE_MEMORY_LIMIT, (parseQuantity(memory) ?? 0) / 2);
  return `${Math.floor(bytes / MI)}Mi`;
}

/**
 * The values we own for one virtual cluster: distribution, exposure, TLS SANs, kubeconfig
 * server, quota and limit range, control-plane volume, pause. CPU and memory bound the
 * namespace's compute (quota and limit range), the control plane's included; storage sizes the
 * control plane's data volume.
 */
export function ownValues(input: VirtualClusterInput): Values {
  const { group, exposure, resources } = input;
  const server = serverUrl(exposure);
  const sans = exposure.kind === 'ingress' ? [exposure.hostname] : exposure.ip !== undefined ? [exposure.ip] : [];
  const controlPlane: Values = {
    distro: { [group.distribution === 'k3s' ? 'k3s' : 'k8s']: { enabled: true } },
    service: serviceValues(exposure, input),
    statefulSet: {
      highAvailability: { replicas: input.paused ? 0 : 1 },
      resources: { limits: { memory: controlPlaneMemoryLimit(resources.memory) } },
      // A claim of size 0 is refused by the API server; k3s may run without one (its minimum storage is 0).
      persistence: { volumeClaim: parseQuantity(resources.storage) === 0 ? { enabled: false } : { enabled: true, size: resources.storage } },
    },
  };
  if (sans.length) controlPlane.proxy = { extraSANs: sans };
  if (exposure.kind === 'ingress') controlPlane.ingress = { enabled: true, host: exposure.hostname, spec: { ingressClassName: exposure.className } };
  const quota: Values = { 'requests.cpu': resources.cpu, 'requests.memory': resources.memory, 'limits.cpu': resources.cpu, 'limits.memory': resources.memory };
  // The chart's default quota allows no node port, and a LoadBalancer service allocates one.
  if (exposure.kind === 'load-balancer') quota['services.nodeports'] = '1';
  const limitRange: Values = { enabled: true };
  if (isAtLeast(group.spec.charts.vcluster.version, 0, 21)) limitRange.max = { cpu: resources.cpu, memory: resources.memory };
  const policies: Values = { resourceQuota: { enabled: true, quota }, limitRange };
  const values: Values = { controlPlane, policies };
  if (server !== undefined) values.exportKubeConfig = { server };
  return values;
}

/** Isolation defaults, then the group's values, then the virtual cluster's own, then ours: what we own cannot be overridden by accident, the rest is the user's. */
export function vclusterValues(input: VirtualClusterInput, groupValues: Values, ownUserValues: Values): Values {
  return mergeValues(ISOLATION_DEFAULTS, groupValues, ownUserValues, ownValues(input));
}
