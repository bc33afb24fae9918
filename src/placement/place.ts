import { Fleet, Group, Host, VirtualCluster } from '../model/fleet';
import { addressAt, isBuggyAddress, offsetOf, rangeSize, usableSize } from '../model/ip-range';
import { RESOURCE_NAMES, Resources } from '../model/types';
import { addCharge, chargeOf, limitOf } from './accounting';
import { Heap } from './heap';
import { Lock, LOCK_VERSION, LockedGroup, LockedVirtualCluster } from './lock';
import { byName } from '../model/order';

export interface PlacedVirtualCluster {
  readonly vc: VirtualCluster;
  readonly host: Host;
  /** The load-balancer IP from the host's MetalLB pools, when it has them and one was free. */
  readonly ip?: string;
}

/** A virtual cluster whose host differs from the one in the lock: Terraform replaces it (its data is lost). */
export interface Move {
  readonly group: string;
  readonly virtualCluster: string;
  readonly from: string;
  readonly to: string;
  readonly reason: 'pinned' | 'host-left-group';
}

export interface HostUsage {
  readonly host: Host;
  /** What the placed virtual clusters take (accounting.ts), in whole units (millicores, bytes). */
  readonly used: Resources<number>;
  /** Capacity × oversubscription, in whole units; undefined where the capacity does not parse. */
  readonly limit: Resources<number | undefined>;
  readonly virtualClusters: number;
  readonly addresses: bigint;
}

export interface Placement {
  readonly byPath: ReadonlyMap<string, PlacedVirtualCluster>;
  readonly usage: ReadonlyMap<string, HostUsage>;
  readonly moves: readonly Move[];
  readonly lock: Lock;
}

interface Load {
  readonly host: Host;
  readonly used: { cpu: number; memory: number; storage: number };
  readonly limit: Resources<number | undefined>;
  count: number;
  score: number;
  readonly addresses: bigint;
  readonly takenIps: Set<string>;
  cursor: { pool: number; offset: bigint };
}

/** The smallest share of the oversubscribed capacity still free: the host's headroom for placement. */
function score(load: Load): number {
  let least = Infinity;
  for (const resource of RESOURCE_NAMES) {
    const limit = load.limit[resource];
    if (limit === undefined || limit <= 0) return -Infinity;
    least = Math.min(least, (limit - load.used[resource]) / limit);
  }
  if (load.addresses > 0n && BigInt(load.count) >= load.addresses) return -Infinity;
  return least;
}

function newLoad(host: Host, group: Group): Load {
  const limit = limitOf(host.capacity, group.oversubscription);
  const addresses = host.pools.reduce((sum, range) => sum + usableSize(range), 0n);
  const load: Load = { host, used: { cpu: 0, memory: 0, storage: 0 }, limit, count: 0, score: 0, addresses, takenIps: new Set(), cursor: { pool: 0, offset: 0n } };
  load.score = score(load);
  return load;
}

function charge(load: Load, vc: VirtualCluster): void {
  addCharge(load.used, chargeOf(vc));
  load.count += 1;
  load.score = score(load);
}

/**
 * The lowest address of the host's pools that no virtual cluster holds and MetalLB's
 * `avoidBuggyIPs` allows; the cursor only moves forward, so handing out n addresses costs O(n).
 */
function nextFreeIp(load: Load): string | undefined {
  const pools = load.host.pools;
  while (load.cursor.pool < pools.length) {
    const range = pools[load.cursor.pool];
    while (load.cursor.offset < rangeSize(range)) {
      const offset = load.cursor.offset;
      load.cursor.offset += 1n;
      if (isBuggyAddress(range, offset)) continue;
      const ip = addressAt(range, offset);
      if (!load.takenIps.has(ip)) {
        load.takenIps.add(ip);
        return ip;
      }
    }
    load.cursor = { pool: load.cursor.pool + 1, offset: 0n };
  }
  return undefined;
}

/** Normalizes a locked IP and checks it still lies in one of the host's pools, as an address MetalLB hands out. */
function keptIp(load: Load, ip: string | undefined): string | undefined {
  if (ip === undefined) return undefined;
  for (const range of load.host.pools) {
    const offset = offsetOf(range, ip);
    if (offset !== undefined && !isBuggyAddress(range, offset)) {
      const normal = addressAt(range, offset);
      if (load.takenIps.has(normal)) return undefined;
      load.takenIps.add(normal);
      return normal;
    }
  }
  return undefined;
}

function placeGroup(group: Group, locked: LockedGroup | undefined, placed: Map<string, PlacedVirtualCluster>, usage: Map<string, HostUsage>, moves: Move[]): LockedGroup {
  const loads = new Map<string, Load>();
  for (const host of [...group.hosts].sort(byName)) if (!loads.has(host.name)) loads.set(host.name, newLoad(host, group));
  const entries: Array<{ vc: VirtualCluster; load: Load; previous?: LockedVirtualCluster }> = [];
  const waiting: VirtualCluster[] = [];
  const seen = new Set<string>();
  for (const vc of [...group.virtualClusters].sort(byName)) {
    if (seen.has(vc.name)) continue;
    seen.add(vc.name);
    const previous = locked?.virtualClusters[vc.name];
    const pinned = typeof vc.spec.host === 'string' ? loads.get(vc.spec.host) : undefined;
    const kept = previous ? loads.get(previous.host) : undefined;
    const load = pinned ?? kept;
    if (previous && previous.host !== load?.host.name && (pinned || !kept)) {
      moves.push({ group: group.key, virtualCluster: vc.name, from: previous.host, to: pinned ? pinned.host.name : '(placed anew)', reason: pinned ? 'pinned' : 'host-left-group' });
    }
    if (load) {
      charge(load, vc);
      entries.push({ vc, load, previous: load === kept ? previous : undefined });
    } else if (vc.spec.host === undefined) {
      waiting.push(vc);
    }
  }
  const heap = new Heap<Load>((a, b) => (a.score !== b.score ? a.score > b.score : a.host.name < b.host.name));
  for (const load of loads.values()) heap.push(load);
  for (const vc of waiting) {
    const load = heap.pop();
    if (!load) break;
    charge(load, vc);
    entries.push({ vc, load });
    heap.push(load);
  }
  // Kept IPs are claimed before any new one is handed out, so a new virtual cluster never takes an address that an older one still holds.
  const ips = new Map<VirtualCluster, string | undefined>();
  const withLoadBalancer = group.endpointType === 'LoadBalancer';
  if (withLoadBalancer) for (const entry of entries) ips.set(entry.vc, keptIp(entry.load, entry.previous?.ip));
  const virtualClusters: Record<string, LockedVirtualCluster> = {};
  for (const entry of entries.sort((a, b) => byName(a.vc, b.vc))) {
    const ip = withLoadBalancer && entry.load.host.pools.length > 0 ? (ips.get(entry.vc) ?? nextFreeIp(entry.load)) : undefined;
    placed.set(entry.vc.spec.path, ip === undefined ? { vc: entry.vc, host: entry.load.host } : { vc: entry.vc, host: entry.load.host, ip });
    virtualClusters[entry.vc.name] = ip === undefined ? { host: entry.load.host.name } : { host: entry.load.host.name, ip };
  }
  for (const load of loads.values()) {
    usage.set(load.host.spec.path, { host: load.host, used: { ...load.used }, limit: load.limit, virtualClusters: load.count, addresses: load.addresses });
  }
  return { distribution: locked?.distribution || group.distribution, vclusterChartVersion: group.charts.vcluster.version, virtualClusters };
}

/**
 * Places every virtual cluster: a pin wins, then the lock, then, for a new one, the host
 * with the most headroom (ties by host name), in the order of the virtual clusters' names.
 * O(n log h) for n virtual clusters on h hosts; declaration order never matters.
 */
export function place(fleet: Fleet, lock: Lock): Placement {
  const placed = new Map<string, PlacedVirtualCluster>();
  const usage = new Map<string, HostUsage>();
  const moves: Move[] = [];
  const groups: Record<string, LockedGroup> = {};
  for (const group of fleet.groups) {
    if (groups[group.key]) continue;
    groups[group.key] = placeGroup(group, lock.groups[group.key], placed, usage, moves);
  }
  return { byPath: placed, usage, moves, lock: { version: LOCK_VERSION, groups } };
}
