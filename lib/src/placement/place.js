"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.place = place;
const ip_range_1 = require("../model/ip-range");
const heap_1 = require("./heap");
const lock_1 = require("./lock");
const RESOURCES = ['cpu', 'memory', 'storage'];
function byName(a, b) {
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
/** The smallest share of the oversubscribed capacity still free: the host's headroom for placement. */
function score(load) {
    let least = Infinity;
    for (const resource of RESOURCES) {
        const limit = load.limit[resource];
        if (limit === undefined || limit <= 0)
            return -Infinity;
        least = Math.min(least, (limit - load.used[resource]) / limit);
    }
    if (load.addresses > 0n && BigInt(load.count) >= load.addresses)
        return -Infinity;
    return least;
}
function newLoad(host, group) {
    const factor = group.oversubscription / 100;
    const limit = {
        cpu: host.capacity.cpu === undefined ? undefined : host.capacity.cpu * factor,
        memory: host.capacity.memory === undefined ? undefined : host.capacity.memory * factor,
        storage: host.capacity.storage === undefined ? undefined : host.capacity.storage * factor,
    };
    const addresses = host.pools.reduce((sum, range) => sum + (0, ip_range_1.rangeSize)(range), 0n);
    const load = { host, used: { cpu: 0, memory: 0, storage: 0 }, limit, count: 0, score: 0, addresses, takenIps: new Set(), cursor: { pool: 0, offset: 0n } };
    load.score = score(load);
    return load;
}
function charge(load, vc) {
    if (!vc.spec.paused) {
        load.used.cpu += vc.request.cpu ?? 0;
        load.used.memory += vc.request.memory ?? 0;
    }
    load.used.storage += vc.request.storage ?? 0;
    load.count += 1;
    load.score = score(load);
}
/** The lowest address of the host's pools that no virtual cluster holds; the cursor only moves forward, so handing out n addresses costs O(n). */
function nextFreeIp(load) {
    const pools = load.host.pools;
    while (load.cursor.pool < pools.length) {
        const range = pools[load.cursor.pool];
        while (load.cursor.offset < (0, ip_range_1.rangeSize)(range)) {
            const ip = (0, ip_range_1.addressAt)(range, load.cursor.offset);
            load.cursor.offset += 1n;
            if (!load.takenIps.has(ip)) {
                load.takenIps.add(ip);
                return ip;
            }
        }
        load.cursor = { pool: load.cursor.pool + 1, offset: 0n };
    }
    return undefined;
}
/** Normalizes a locked IP and checks it still lies in one of the host's pools. */
function keptIp(load, ip) {
    if (ip === undefined)
        return undefined;
    for (const range of load.host.pools) {
        const offset = (0, ip_range_1.offsetOf)(range, ip);
        if (offset !== undefined) {
            const normal = (0, ip_range_1.addressAt)(range, offset);
            if (load.takenIps.has(normal))
                return undefined;
            load.takenIps.add(normal);
            return normal;
        }
    }
    return undefined;
}
function placeGroup(group, locked, placed, usage, moves) {
    const loads = new Map();
    for (const host of [...group.hosts].sort(byName))
        if (!loads.has(host.name))
            loads.set(host.name, newLoad(host, group));
    const entries = [];
    const waiting = [];
    const seen = new Set();
    for (const vc of [...group.virtualClusters].sort(byName)) {
        if (seen.has(vc.name))
            continue;
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
        }
        else if (vc.spec.host === undefined) {
            waiting.push(vc);
        }
    }
    const heap = new heap_1.Heap((a, b) => (a.score !== b.score ? a.score > b.score : a.host.name < b.host.name));
    for (const load of loads.values())
        heap.push(load);
    for (const vc of waiting) {
        const load = heap.pop();
        if (!load)
            break;
        charge(load, vc);
        entries.push({ vc, load });
        heap.push(load);
    }
    // Kept IPs are claimed before any new one is handed out, so a new virtual cluster never takes an address that an older one still holds.
    const ips = new Map();
    const withLoadBalancer = group.endpointType === 'LoadBalancer';
    if (withLoadBalancer)
        for (const entry of entries)
            ips.set(entry.vc, keptIp(entry.load, entry.previous?.ip));
    const virtualClusters = {};
    for (const entry of entries.sort((a, b) => byName(a.vc, b.vc))) {
        const ip = withLoadBalancer && entry.load.host.pools.length > 0 ? (ips.get(entry.vc) ?? nextFreeIp(entry.load)) : undefined;
        placed.set(entry.vc.spec.path, ip === undefined ? { vc: entry.vc, host: entry.load.host } : { vc: entry.vc, host: entry.load.host, ip });
        virtualClusters[entry.vc.name] = ip === undefined ? { host: entry.load.host.name } : { host: entry.load.host.name, ip };
    }
    for (const load of loads.values()) {
        usage.set(load.host.spec.path, { host: load.host, used: { ...load.used }, limit: load.limit, virtualClusters: load.count, addresses: load.addresses });
    }
    return { distribution: locked?.distribution || group.distribution, virtualClusters };
}
/**
 * Places every virtual cluster: a pin wins, then the lock, then, for a new one, the host
 * with the most headroom (ties by host name), in the order of the virtual clusters' names.
 * O(n log h) for n virtual clusters on h hosts; declaration order never matters.
 */
function place(fleet, lock) {
    const placed = new Map();
    const usage = new Map();
    const moves = [];
    const groups = {};
    for (const group of fleet.groups) {
        if (groups[group.key])
            continue;
        groups[group.key] = placeGroup(group, lock.groups[group.key], placed, usage, moves);
    }
    return { byPath: placed, usage, moves, lock: { version: lock_1.LOCK_VERSION, groups } };
}
