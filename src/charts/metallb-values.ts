import { METALLB_NAMESPACE } from '../model/defaults';
import { BgpPeerSpec } from '../model/types';
import { METALLB_POOL } from './exposure';
import { Values } from './merge';

/**
 * Values of the MetalLB chart: its CRDs on (our configuration objects need them), and its
 * validating webhooks set to `Ignore` when they cannot be called. MetalLB 0.16's controller
 * reports ready before its webhook serves, so on a fresh cluster our configuration release could
 * otherwise be refused by a webhook that does not answer yet; `Ignore` changes only that case (a
 * webhook that answers still refuses a bad object), and HC-3 has already checked our pools.
 */
export function metallbValues(): Values {
  return { crds: { enabled: true, validationFailurePolicy: 'Ignore' } };
}

/** The `kubernetes.io/basic-auth` secret we create in MetalLB's namespace for a peer whose password is a Terraform variable. */
export function bgpPasswordSecret(peer: string): string {
  return `${peer}-bgp-password`;
}

function object(apiVersion: string, kind: string, name: string, spec: Values): Values {
  return { apiVersion, kind, metadata: { name, namespace: METALLB_NAMESPACE }, spec };
}

/**
 * MetalLB's configuration objects of one host: one pool with every range (kept for our
 * virtual clusters, so other services never take their addresses; without the .0 and .255
 * addresses, which placement skips too), announced over L2,
 * or over BGP when peers are given.
 */
export function metallbObjects(pools: readonly string[], bgpPeers: readonly BgpPeerSpec[]): Values[] {
  const objects = [object('metallb.io/v1beta1', 'IPAddressPool', METALLB_POOL, { addresses: [...pools], autoAssign: false, avoidBuggyIPs: true })];
  if (bgpPeers.length === 0) return [...objects, object('metallb.io/v1beta1', 'L2Advertisement', METALLB_POOL, { ipAddressPools: [METALLB_POOL] })];
  for (const peer of bgpPeers) {
    const spec: Values = { myASN: peer.myAsn, peerASN: peer.peerAsn, peerAddress: peer.peerAddress };
    const secret = peer.password !== undefined ? bgpPasswordSecret(peer.name) : peer.passwordSecret;
    if (secret !== undefined) spec.passwordSecret = { name: secret, namespace: METALLB_NAMESPACE };
    objects.push(object('metallb.io/v1beta2', 'BGPPeer', peer.name, spec));
  }
  return [...objects, object('metallb.io/v1beta1', 'BGPAdvertisement', METALLB_POOL, { ipAddressPools: [METALLB_POOL], peers: bgpPeers.map((peer) => peer.name) })];
}
