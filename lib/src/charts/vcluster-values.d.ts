import { Group } from '../model/fleet';
import { Resources } from '../model/types';
import { Exposure } from './exposure';
import { Values } from './merge';
export interface VirtualClusterInput {
    readonly group: Group;
    readonly exposure: Exposure;
    readonly resources: Resources<string>;
    readonly paused: boolean;
    readonly loadBalancer?: {
        readonly externalTrafficPolicy?: unknown;
        readonly sourceRanges?: readonly unknown[];
    };
}
/**
 * The values we own for one virtual cluster: distribution, exposure, TLS SANs, kubeconfig
 * server, quota and limit range, control-plane volume, pause. CPU and memory bound the
 * namespace's compute (quota and limit range); storage sizes the control plane's data volume.
 */
export declare function ownValues(input: VirtualClusterInput): Values;
/** The group's values, then the virtual cluster's own, then ours: what we own cannot be overridden by accident, the rest is the user's. */
export declare function vclusterValues(input: VirtualClusterInput, groupValues: Values, ownUserValues: Values): Values;
