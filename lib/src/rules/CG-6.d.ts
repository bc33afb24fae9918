import { HostEndpoint } from '../model/types';
import { Rule } from './rule';
/** The endpoint type a host's endpoint serves. */
export declare function endpointTypeOf(endpoint: HostEndpoint): 'LoadBalancer' | 'Ingress';
export declare const CG6: Rule;
