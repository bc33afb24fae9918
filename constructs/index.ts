export { ClusterGroup, type ClusterGroupProps, type ResourceLimits, type ChartRepositories, type OwnerQuota, type TenantValuesAllowance, type ObjectQuota, type PlatformValues } from './cluster-group';
export { HostClusterMembership, type HostClusterMembershipProps, type HostClusterOptions, type HostCapacity, type HostProviders } from './host-cluster-membership';
export { VirtualCluster, type VirtualClusterProps, type VirtualClusterOptions, type VirtualClusterResources, type LoadBalancerOptions } from './virtual-cluster';
export {
  Connection,
  Distribution,
  EndpointType,
  ExternalTrafficPolicy,
  GatewayApiCrds,
  GatewayImplementation,
  GatewayService,
  HostEndpoint,
  HostKind,
  IngressNginxService,
  Scope,
  type BgpPeer,
  type MetallbOptions,
  type ExistingIngressOptions,
  type IngressNginxOptions,
  type GatewayOptions,
  type ExistingGatewayOptions,
  type TokenConnectionOptions,
  type ExecConnectionOptions,
  type MoveAcknowledgement,
} from './options';
export { CONTEXT_FROZEN, CONTEXT_LOCK_FILE, CONTEXT_QUIET } from './registry';
export { synthesize, type SynthesizeOptions } from './synthesize';
export { findingsOf, type ClusterGroupFinding } from './findings';
