/**
 * What kinds of cluster a host may be, in one table (CG-7 reads it): those that can host
 * virtual clusters, and those refused, each with the reason a user is told.
 */
interface HostKindTraits {
  /** Why it cannot host virtual clusters; undefined for the kinds that can. */
  readonly refused?: string;
  /** Whether the site has a load balancer for LoadBalancer services: an edge site has none. */
  readonly hasLoadBalancer: boolean;
}

/** What kind of cluster a host is (CG-7). */
export enum HostKind {
  PUBLIC_CLOUD = 'public-cloud',
  PRIVATE_CLOUD = 'private-cloud',
  EDGE = 'edge',
  /** Refused as a host (CG-7); listed so that the refusal is a clear finding. */
  VIRTUAL_CLUSTER = 'virtual-cluster',
  /** Refused as a host (CG-7). */
  PRIVATE_CLOUD_GATEWAY = 'private-cloud-gateway',
  /** Refused as a host (CG-7). */
  IMPORTED_READ_ONLY = 'imported-read-only',
}

/** A kind as its text. */
export type HostKindName = `${HostKind}`;

export const HOST_KINDS: { readonly [K in HostKindName]: HostKindTraits } = {
  'public-cloud': { hasLoadBalancer: true },
  'private-cloud': { hasLoadBalancer: true },
  edge: { hasLoadBalancer: false },
  'virtual-cluster': { refused: 'a virtual cluster cannot host virtual clusters', hasLoadBalancer: true },
  'private-cloud-gateway': { refused: 'a private-cloud gateway runs infrastructure only', hasLoadBalancer: true },
  'imported-read-only': { refused: 'a read-only imported cluster cannot be written to', hasLoadBalancer: true },
};

/** The kind a host declares, when it is one of the table's; undefined for anything else (a JavaScript caller's typo). */
export function hostKindOf(kind: unknown): HostKindName | undefined {
  return typeof kind === 'string' && Object.prototype.hasOwnProperty.call(HOST_KINDS, kind) ? (kind as HostKindName) : undefined;
}

/** How a user names a kind in code, e.g. `HostKind.EDGE`. */
export function hostKindConstant(kind: HostKindName): string {
  return `HostKind.${Object.keys(HostKind).find((key) => HostKind[key as keyof typeof HostKind] === kind)}`;
}

/** The kinds that can host virtual clusters, in the table's order. */
export const HOSTING_KINDS: readonly HostKindName[] = (Object.keys(HOST_KINDS) as HostKindName[]).filter((kind) => !HOST_KINDS[kind].refused);
