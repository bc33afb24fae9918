import { Fleet, Group, Host, VirtualCluster } from '../model/fleet';
import { addressAt, isBuggyAddress, offsetOf, rangeSize, usableSize } from '../model/ip-range';
import { textKeyed } from '../model/text-keyed';
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

/**
 * A virtual cluster whose host differs from the one it runs on (as the lock, or the last synth, says):
 * its release and namespace change address, so Terraform destroys it and creates it anew (its data is lost).
 */
export interface Move {
  readonly group: string;
  readonly virtualCluster: string;
  /** The virtual cluster's construct path. */
  readonly path: string;
  readonly from: string;
  readonly to: string;
  /** A pin that differs; its host left the group; it was declared in another group (whose hosts it cannot keep). */
  readonly reason: 'pinned' | 'host-left-group' | 'group-changed';
}

/** A locked IP that lies outside every pool of the host the virtual cluster stays on. */
export interface IpOutsidePools {
  readonly group: string;
  readonly virtualCluster: string;
  readonly path: string;
  readonly host: string;
  readonly ip: string;
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
  readonly ipsOutsidePools: readonly IpOutsidePools[];
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

/** Normalizes a locked IP and claims it, as an address MetalLB hands out (not .0 or .255); undefined when another holds it or when it lies outside the host's pools (see ipOutsidePools). */
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

function inPools(host: Host, ip: string): boolean {
  return host.pools.some((range) => offsetOf(range, ip) !== undefined);
}

/** Where each host is found by the name the lock may know it by: its name, or the name it had before a rename. */
function loadsByLockedName(loads: ReadonlyMap<string, Load>): Map<string, Load> {
  const byName = new Map(loads);
  for (const load of loads.values()) {
    const former = load.host.spec.formerName;
    if (typeof former === 'string' && !byName.has(former)) byName.set(former, load);
  }
  return byName;
}

/** Lock entries of virtual clusters that their group no longer declares, by name: a virtual cluster declared elsewhere may be the same one. */
export type Released = Map<string, Array<{ readonly group: string; readonly entry: LockedVirtualCluster }>>;

interface Context {
  readonly placed: Map<string, PlacedVirtualCluster>;
  readonly usage: Map<string, HostUsage>;
  readonly moves: Move[];
  readonly ipsOutsidePools: IpOutsidePools[];
  readonly released: Released;
}

/**
 * Where a virtual cluster ran before: its group's lock entry, else the entry of one of that name
 * that another group (or a group of another name: renamed, or moved to another scope) released,
 * preferring one on a host of this group, which keeps its Terraform address.
 */
function previousOf(vc: VirtualCluster, locked: LockedGroup | undefined, released: Released, hosts: ReadonlyMap<string, Load>): { entry: LockedVirtualCluster; group?: string } | undefined {
  const own = locked?.virtualClusters[vc.name];
  if (own) return { entry: own };
  const candidates = released.get(vc.name);
  if (!candidates?.length) return undefined;
  const index = Math.max(
    0,
    candidates.findIndex((candidate) => hosts.has(candidate.entry.host)),
  );
  const [taken] = candidates.splice(index, 1);
  return taken;
}

function placeGroup(group: Group, locked: LockedGroup | undefined, context: Context): LockedGroup {
  const loads = new Map<string, Load>();
  for (const host of [...group.hosts].sort(byName)) if (!loads.has(host.name)) loads.set(host.name, newLoad(host, group));
  const known = loadsByLockedName(loads);
  const entries: Array<{ vc: VirtualCluster; load: Load; previous?: LockedVirtualCluster }> = [];
  const waiting: VirtualCluster[] = [];
  const moved = new Map<VirtualCluster, Omit<Move, 'to'>>();
  const seen = new Set<string>();
  for (const vc of [...group.virtualClusters].sort(byName)) {
    if (seen.has(vc.name)) continue;
    seen.add(vc.name);
    const previous = previousOf(vc, locked, context.released, known);
    const pinned = typeof vc.spec.host === 'string' ? loads.get(vc.spec.host) : undefined;
    const kept = previous ? known.get(previous.entry.host) : undefined;
    const load = pinned ?? kept;
    if (previous && (!load || load !== kept)) {
      const reason = pinned ? 'pinned' : previous.group !== undefined ? 'group-changed' : 'host-left-group';
      const from = previous.group !== undefined ? `${previous.entry.host} (group ${previous.group})` : previous.entry.host;
      moved.set(vc, { group: group.key, virtualCluster: vc.name, path: vc.spec.path, from, reason });
    }
    if (load) {
      charge(load, vc);
      entries.push({ vc, load, previous: load === kept ? previous?.entry : undefined });
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
  if (withLoadBalancer) {
    for (const entry of entries) {
      const ip = entry.previous?.ip;
      if (ip !== undefined && !inPools(entry.load.host, ip)) {
        context.ipsOutsidePools.push({ group: group.key, virtualCluster: entry.vc.name, path: entry.vc.spec.path, host: entry.load.host.name, ip });
      }
      ips.set(entry.vc, keptIp(entry.load, ip));
    }
  }
  const virtualClusters = textKeyed<LockedVirtualCluster>();
  for (const entry of entries.sort((a, b) => byName(a.vc, b.vc))) {
    const ip = withLoadBalancer && entry.load.host.pools.length > 0 ? (ips.get(entry.vc) ?? nextFreeIp(entry.load)) : undefined;
    context.placed.set(entry.vc.spec.path, ip === undefined ? { vc: entry.vc, host: entry.load.host } : { vc: entry.vc, host: entry.load.host, ip });
    virtualClusters[entry.vc.name] = ip === undefined ? { host: entry.load.host.name } : { host: entry.load.host.name, ip };
  }
  for (const [vc, move] of moved) context.moves.push({ ...move, to: virtualClusters[vc.name]?.host ?? '(nowhere: no host has room)' });
  for (const load of loads.values()) {
    context.usage.set(load.host.spec.path, { host: load.host, used: { ...load.used }, limit: load.limit, virtualClusters: load.count, addresses: load.addresses });
  }
  return { distribution: locked?.distribution || group.distribution, vclusterChartVersion: group.charts.vcluster.version, virtualClusters };
}

/** The lock's entries whose group (by key) no longer declares a virtual cluster of that name. */
function releasedEntries(fleet: Fleet, lock: Lock): Released {
  const declared = new Map<string, Set<string>>();
  for (const group of fleet.groups) {
    const names = declared.get(group.key) ?? new Set<string>();
    for (const vc of group.virtualClusters) names.add(vc.name);
    declared.set(group.key, names);
  }
  const released: Released = new Map();
  for (const key of Object.keys(lock.groups).sort()) {
    for (const [name, entry] of Object.entries(lock.groups[key].virtualClusters)) {
      if (declared.get(key)?.has(name)) continue;
      const list = released.get(name) ?? [];
      list.push({ group: key, entry });
      released.set(name, list);
    }
  }
  return released;
}

/**
 * Places every virtual cluster: a pin wins, then the lock (a host known there by its former
 * name counts as itself), then, for a new one, the host with the most headroom (ties by host name), in the order of the virtual clusters' names.
 * O(n log h) for n virtual clusters on h hosts; declaration order never matters.
 */
export function place(fleet: Fleet, lock: Lock): Placement {
  const context: Context = { placed: new Map(), usage: new Map(), moves: [], ipsOutsidePools: [], released: releasedEntries(fleet, lock) };
  const groups = textKeyed<LockedGroup>();
  for (const group of fleet.groups) {
    if (groups[group.key]) continue;
    groups[group.key] = placeGroup(group, lock.groups[group.key], context);
  }
  return { byPath: context.placed, usage: context.usage, moves: context.moves, ipsOutsidePools: context.ipsOutsidePools, lock: { version: LOCK_VERSION, groups } };
}
