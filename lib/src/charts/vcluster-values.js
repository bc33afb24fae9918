"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ownValues = ownValues;
exports.vclusterValues = vclusterValues;
const exposure_1 = require("./exposure");
const merge_1 = require("./merge");
const version_1 = require("./version");
function serviceValues(exposure, input) {
    if (exposure.kind === 'ingress')
        return { spec: { type: 'ClusterIP' } };
    const spec = { type: 'LoadBalancer' };
    if (input.loadBalancer?.externalTrafficPolicy !== undefined)
        spec.externalTrafficPolicy = input.loadBalancer.externalTrafficPolicy;
    if (input.loadBalancer?.sourceRanges?.length)
        spec.loadBalancerSourceRanges = [...input.loadBalancer.sourceRanges];
    const annotations = {};
    if (exposure.metallb)
        annotations['metallb.io/address-pool'] = exposure_1.METALLB_POOL;
    if (exposure.ip !== undefined)
        annotations['metallb.io/loadBalancerIPs'] = exposure.ip;
    return Object.keys(annotations).length ? { annotations, spec } : { spec };
}
/**
 * The values we own for one virtual cluster: distribution, exposure, TLS SANs, kubeconfig
 * server, quota and limit range, control-plane volume, pause. CPU and memory bound the
 * namespace's compute (quota and limit range); storage sizes the control plane's data volume.
 */
function ownValues(input) {
    const { group, exposure, resources } = input;
    const server = (0, exposure_1.serverUrl)(exposure);
    const sans = exposure.kind === 'ingress' ? [exposure.hostname] : exposure.ip !== undefined ? [exposure.ip] : [];
    const controlPlane = {
        distro: { [group.distribution === 'k3s' ? 'k3s' : 'k8s']: { enabled: true } },
        service: serviceValues(exposure, input),
        statefulSet: {
            highAvailability: { replicas: input.paused ? 0 : 1 },
            persistence: { volumeClaim: { enabled: true, size: resources.storage } },
        },
    };
    if (sans.length)
        controlPlane.proxy = { extraSANs: sans };
    if (exposure.kind === 'ingress')
        controlPlane.ingress = { enabled: true, host: exposure.hostname, spec: { ingressClassName: exposure.className } };
    if (group.spec.diskBackup)
        controlPlane.hostPathMapper = { enabled: true };
    const quota = { 'requests.cpu': resources.cpu, 'requests.memory': resources.memory, 'limits.cpu': resources.cpu, 'limits.memory': resources.memory };
    // The chart's default quota allows no node port, and a LoadBalancer service allocates one.
    if (exposure.kind === 'load-balancer')
        quota['services.nodeports'] = '1';
    const limitRange = { enabled: true };
    if ((0, version_1.isAtLeast)(group.spec.charts.vcluster.version, 0, 21))
        limitRange.max = { cpu: resources.cpu, memory: resources.memory };
    const policies = { resourceQuota: { enabled: true, quota }, limitRange };
    if (group.spec.diskBackup)
        policies.podSecurityStandard = 'privileged';
    const values = { controlPlane, policies };
    if (server !== undefined)
        values.exportKubeConfig = { server };
    return values;
}
/** The group's values, then the virtual cluster's own, then ours: what we own cannot be overridden by accident, the rest is the user's. */
function vclusterValues(input, groupValues, ownUserValues) {
    return (0, merge_1.mergeValues)(groupValues, ownUserValues, ownValues(input));
}
