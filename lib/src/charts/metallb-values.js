"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.metallbValues = metallbValues;
exports.metallbObjects = metallbObjects;
const defaults_1 = require("../model/defaults");
const exposure_1 = require("./exposure");
/** Values of the MetalLB chart: its CRDs on (our configuration objects need them), the rest as the chart ships it. */
function metallbValues() {
    return { crds: { enabled: true } };
}
function object(apiVersion, kind, name, spec) {
    return { apiVersion, kind, metadata: { name, namespace: defaults_1.METALLB_NAMESPACE }, spec };
}
/**
 * MetalLB's configuration objects of one host: one pool with every range (kept for our
 * virtual clusters, so other services never take their addresses), announced over L2,
 * or over BGP when peers are given.
 */
function metallbObjects(pools, bgpPeers) {
    const objects = [object('metallb.io/v1beta1', 'IPAddressPool', exposure_1.METALLB_POOL, { addresses: [...pools], autoAssign: false })];
    if (bgpPeers.length === 0)
        return [...objects, object('metallb.io/v1beta1', 'L2Advertisement', exposure_1.METALLB_POOL, { ipAddressPools: [exposure_1.METALLB_POOL] })];
    for (const peer of bgpPeers) {
        const spec = { myASN: peer.myAsn, peerASN: peer.peerAsn, peerAddress: peer.peerAddress };
        if (peer.passwordSecret !== undefined)
            spec.passwordSecret = { name: peer.passwordSecret, namespace: defaults_1.METALLB_NAMESPACE };
        objects.push(object('metallb.io/v1beta2', 'BGPPeer', peer.name, spec));
    }
    return [...objects, object('metallb.io/v1beta1', 'BGPAdvertisement', exposure_1.METALLB_POOL, { ipAddressPools: [exposure_1.METALLB_POOL], peers: bgpPeers.map((peer) => peer.name) })];
}
