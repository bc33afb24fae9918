/** The brands of our constructs: `Symbol.for` keys are shared by every copy of this package in one app, so type checks hold across copies. */
export const BRANDS = {
  group: 'cdktf-cluster-groups.ClusterGroup',
  host: 'cdktf-cluster-groups.HostClusterMembership',
  virtualCluster: 'cdktf-cluster-groups.VirtualCluster',
  fleet: 'cdktf-cluster-groups.Fleet',
} as const;

export function brand(target: object, name: string): void {
  Object.defineProperty(target, Symbol.for(name), { value: true, enumerable: false });
}

export function hasBrand(x: unknown, name: string): boolean {
  return typeof x === 'object' && x !== null && (x as Record<symbol, unknown>)[Symbol.for(name)] === true;
}
