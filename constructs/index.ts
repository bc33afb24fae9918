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
export { Fleet, Sharding, type FleetProps, type IShardChooser, type IStackNamer, type IStackConfigurer } from './fleet';
export type { ShardedHost } from '../src/placement/sharding';
export { ClusterGroups, FindingSeverity, type ClusterGroupFinding, type SynthesizeOptions } from './cluster-groups';
