export { ClusterGroup, type ClusterGroupProps, type ResourceLimits, type ChartRepositories, type OwnerQuota } from './cluster-group';
export { HostClusterMembership, HostClusterMembershipProps, HostClusterOptions, HostCapacity, HostProviders } from './host-cluster-membership';
export { VirtualCluster, VirtualClusterProps, VirtualClusterOptions, VirtualClusterResources, LoadBalancerOptions } from './virtual-cluster';
export {
  Connection,
  Distribution,
  EndpointType,
  ExternalTrafficPolicy,
  HostEndpoint,
  HostKind,
  Scope,
  BgpPeer,
  MetallbOptions,
  ExistingIngressOptions,
  IngressNginxOptions,
  TokenConnectionOptions,
  ExecConnectionOptions,
} from './options';
export { CONTEXT_FROZEN, CONTEXT_LOCK_FILE, CONTEXT_QUIET } from './registry';
export { synthesize } from './synthesize';
