import { Construct } from 'constructs';
import { GroupSpec, HostSpec } from '../src/model/types';
import type { HostProviders } from './host-cluster-membership';
import { Connection } from './options';
import { ClusterGroupsRegistry } from './registry';
/**
 * Everything one host gets: its provider pair (alias from its name), what serves its
 * endpoint (MetalLB and its configuration, or ingress-nginx), and its virtual clusters as
 * one `for_each` namespace and one `for_each` release keyed by virtual-cluster name, so
 * that adding or removing one never changes the address of another.
 */
export declare function emitHost(scope: Construct, registry: ClusterGroupsRegistry, group: GroupSpec, host: HostSpec, connection: Connection | undefined, own: HostProviders | undefined): HostProviders;
