import { BgpPeerSpec } from '../model/types';
import { Values } from './merge';
/** Values of the MetalLB chart: its CRDs on (our configuration objects need them), the rest as the chart ships it. */
export declare function metallbValues(): Values;
/**
 * MetalLB's configuration objects of one host: one pool with every range (kept for our
 * virtual clusters, so other services never take their addresses), announced over L2,
 * or over BGP when peers are given.
 */
export declare function metallbObjects(pools: readonly string[], bgpPeers: readonly BgpPeerSpec[]): Values[];
