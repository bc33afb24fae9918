import fc from 'fast-check';
import { mkdtempSync, readFileSync } from 'fs';
import * as ipaddr from 'ipaddr.js';
import { tmpdir } from 'os';
import { join } from 'path';
import { evaluate } from '../src/evaluate';
import { indexFleet } from '../src/model/fleet';
import { addressAt, offsetOf, parseIpRange, rangeSize } from '../src/model/ip-range';
import { Model } from '../src/model/types';
import { EMPTY_LOCK, Lock, LOCK_VERSION, LockedVirtualCluster, serializeLock } from '../src/placement/lock';
import { Move, place, Placement } from '../src/placement/place';
import { GROUP_KEY, lbModel, shuffled, topologyOf } from './support/arbitraries';
import { synthTopology } from './support/topology';

const RUNS = 80;

function placeModel(model: Model, lock: Lock = EMPTY_LOCK): Placement {
  return place(indexFleet(model), lock);
}

/** Where each virtual cluster of the group is, by name: "host ip". */
function where(placement: Placement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const placed of placement.byPath.values()) out[placed.vc.name] = `${placed.host.name} ${placed.ip ?? '-'}`;
  return out;
}

function pick<T>(list: readonly T[], index: number): T {
  return list[index % list.length];
}

function names(model: Model): string[] {
  return model.virtualClusters.map((vc) => String(vc.name));
}

function withVirtualClusters(model: Model, keep: (name: string) => boolean): Model {
  return { ...model, virtualClusters: model.virtualClusters.filter((vc) => keep(String(vc.name))) };
}

/** The model without a host; the virtual clusters pinned to it are left unpinned. */
function withoutHost(model: Model, host: string): Model {
  return {
    ...model,
    hosts: model.hosts.filter((h) => h.name !== host),
    virtualClusters: model.virtualClusters.map((vc) => {
      if (vc.host !== host) return vc;
      const { host: _pin, ...rest } = vc;
      return rest;
    }),
  };
}

function pinned(model: Model, name: string, host: string): Model {
  return { ...model, virtualClusters: model.virtualClusters.map((vc) => (vc.name === name ? { ...vc, host } : vc)) };
}

/**
 * What holds of every placement of a valid model: each virtual cluster is placed, on its
 * pinned host if pinned, with an IP from a pool of that host that no other virtual cluster
 * of the host holds; the lock records exactly that. (Plain checks, not expect(): this runs
 * for every virtual cluster of every generated model.)
 */
function expectSound(model: Model, placement: Placement): void {
  const poolsOf = new Map(model.hosts.map((h) => [String(h.name), h.endpoint.kind === 'metallb' ? h.endpoint.pools.map(parseIpRange).flatMap((r) => ('range' in r ? [r.range] : [])) : []]));
  const taken = new Map<string, string>();
  const locked = placement.lock.groups[GROUP_KEY]?.virtualClusters ?? {};
  const fail = (message: string) => {
    throw new Error(message);
  };
  if (Object.keys(locked).length !== model.virtualClusters.length) fail(`the lock holds ${Object.keys(locked).join(', ')}; the model ${names(model).join(', ')}`);
  for (const vc of model.virtualClusters) {
    const name = String(vc.name);
    const placed = placement.byPath.get(vc.path);
    if (!placed) return fail(`${name} is not placed`);
    const at = placed.host.name;
    if (typeof vc.host === 'string' && at !== vc.host) fail(`${name}, pinned to ${vc.host}, is on ${at}`);
    const pools = poolsOf.get(at);
    if (!pools) return fail(`${name} is on ${at}, not a host of the group`);
    if (placed.ip === undefined) return fail(`${name} on ${at} got no IP (its pools are big enough)`);
    const pool = pools.find((range) => offsetOf(range, placed.ip as string) !== undefined);
    if (!pool) return fail(`${name} got ${placed.ip}, outside the pools of ${at} (${pools.map((r) => r.text).join(', ')})`);
    const key = `${at} ${pool.family} ${pool.start + (offsetOf(pool, placed.ip) as bigint)}`;
    const other = taken.get(key);
    if (other) fail(`${placed.ip} given twice on ${at}: to ${other} and ${name}`);
    taken.set(key, name);
    const entry = locked[name];
    if (entry?.host !== at || entry.ip !== placed.ip) fail(`${name} is on ${at} ${placed.ip}, its lock entry says ${JSON.stringify(entry)}`);
  }
}

/** `where` of a placement, restricted to some names. */
function only(at: Record<string, string>, keep: (name: string) => boolean): Record<string, string> {
  return Object.fromEntries(Object.entries(at).filter(([name]) => keep(name)));
}

describe('placement properties (random valid LoadBalancer groups)', () => {
  it('places every virtual cluster soundly, and placing again with its own lock changes nothing', () => {
    fc.assert(
      fc.property(lbModel(), (model) => {
        const first = placeModel(model);
        expectSound(model, first);
        const again = placeModel(model, first.lock);
        expect(again.moves).toEqual([]);
        expect(serializeLock(again.lock)).toBe(serializeLock(first.lock));
        expect(where(again)).toEqual(where(first));
      }),
      { numRuns: RUNS },
    );
  });

  it('adding virtual clusters never moves another (placed with the previous placement’s lock)', () => {
    fc.assert(
      fc.property(lbModel({ minVirtualClusters: 1 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (model, isNew) => {
        const added = new Set(names(model).filter((_, i) => isNew[i]));
        const before = placeModel(withVirtualClusters(model, (name) => !added.has(name)));
        const after = placeModel(model, before.lock);
        expectSound(model, after);
        expect(after.moves).toEqual([]);
        expect(only(where(after), (name) => !added.has(name))).toEqual(where(before));
      }),
      { numRuns: RUNS },
    );
  });

  it('removing virtual clusters never moves another', () => {
    fc.assert(
      fc.property(lbModel({ minVirtualClusters: 1 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (model, isRemoved) => {
        const removed = new Set(names(model).filter((_, i) => isRemoved[i]));
        const before = placeModel(model);
        const smaller = withVirtualClusters(model, (name) => !removed.has(name));
        const after = placeModel(smaller, before.lock);
        expectSound(smaller, after);
        expect(after.moves).toEqual([]);
        expect(where(after)).toEqual(only(where(before), (name) => !removed.has(name)));
      }),
      { numRuns: RUNS },
    );
  });

  it('adding a host never moves an existing virtual cluster', () => {
    fc.assert(
      fc.property(lbModel({ minHosts: 2, maxHosts: 7 }), fc.nat(), (generated, index) => {
        const newcomer = String(pick(generated.hosts, index).name);
        // Pins to the newcomer would be moves of their own ('pinned'): drop them on both sides.
        const model = withoutHost(generated, newcomer);
        const grown = { ...model, hosts: generated.hosts };
        const before = placeModel(model);
        const after = placeModel(grown, before.lock);
        expectSound(grown, after);
        expect(after.moves).toEqual([]);
        expect(where(after)).toEqual(where(before));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same placement whatever order hosts and virtual clusters are declared in (fresh, and against a lock)', () => {
    const withOrders = lbModel().chain((model) => fc.record({ model: fc.constant(model), reordered: shuffled(model), locked: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }) }));
    fc.assert(
      fc.property(withOrders, ({ model, reordered, locked }) => {
        const lock = placeModel(withVirtualClusters(model, (name) => locked[names(model).indexOf(name)])).lock;
        for (const previous of [EMPTY_LOCK, lock]) {
          const a = placeModel(model, previous);
          const b = placeModel(reordered, previous);
          expect(serializeLock(b.lock)).toBe(serializeLock(a.lock));
          // Same content, and the same iteration order of the maps.
          expect([...b.byPath].map(([path, p]) => [path, p.host.name, p.ip])).toEqual([...a.byPath].map(([path, p]) => [path, p.host.name, p.ip]));
          expect([...b.usage].map(([path, u]) => [path, u.used, u.virtualClusters])).toEqual([...a.usage].map(([path, u]) => [path, u.used, u.virtualClusters]));
          expect(b.moves).toEqual(a.moves);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never gives an IP twice within a host and only from its pools, even against a stale, duplicated or foreign lock', () => {
    // A lock written by hand or by an older model: any host (or one that left), any address
    // of any pool of the group (often the same one twice), written canonically or expanded, or junk.
    const entry = fc.record({
      host: fc.nat({ max: 7 }),
      ip: fc.oneof(
        fc.record({ host: fc.nat({ max: 7 }), pool: fc.nat({ max: 2 }), offset: fc.nat({ max: 5 }), expanded: fc.boolean() }),
        fc.constantFrom(undefined, '', 'not-an-ip', '10.300.0.1', '192.0.2.1', 'fd00::1'),
      ),
    });
    fc.assert(
      fc.property(lbModel(), fc.array(fc.option(entry), { minLength: 40, maxLength: 40 }), (model, entries) => {
        const virtualClusters: Record<string, LockedVirtualCluster> = {};
        names(model).forEach((name, i) => {
          const e = entries[i];
          if (!e) return;
          const host = e.host < model.hosts.length ? String(model.hosts[e.host].name) : 'left-the-group';
          let ip: string | undefined;
          if (typeof e.ip === 'object') {
            const source = pick(model.hosts, e.ip.host);
            const pools = source.endpoint.kind === 'metallb' ? source.endpoint.pools.map(parseIpRange).flatMap((r) => ('range' in r ? [r.range] : [])) : [];
            const range = pick(pools, e.ip.pool);
            const address = addressAt(range, BigInt(e.ip.offset) % rangeSize(range));
            ip = e.ip.expanded && range.family === 'ipv6' ? ipaddr.IPv6.parse(address).toNormalizedString() : address;
          } else ip = e.ip;
          virtualClusters[name] = ip === undefined ? { host } : { host, ip };
        });
        const lock: Lock = { version: LOCK_VERSION, groups: { [GROUP_KEY]: { distribution: 'k8s', virtualClusters } } };
        expectSound(model, placeModel(model, lock));
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps a pinned virtual cluster on its pinned host; a pin that contradicts the lock is a move with reason "pinned", and nothing else moves', () => {
    fc.assert(
      fc.property(lbModel({ minHosts: 2, minVirtualClusters: 1 }), fc.nat(), fc.nat(), (model, vcIndex, hostIndex) => {
        const before = placeModel(model);
        const name = pick(names(model), vcIndex);
        const from = (before.lock.groups[GROUP_KEY].virtualClusters[name] as LockedVirtualCluster).host;
        const others = model.hosts.map((h) => String(h.name)).filter((h) => h !== from);
        const to = pick(others, hostIndex);

        const same = placeModel(pinned(model, name, from), before.lock);
        expect(same.moves).toEqual([]);
        expect(where(same)).toEqual(where(before));

        const repinned = pinned(model, name, to);
        const after = placeModel(repinned, before.lock);
        expectSound(repinned, after);
        const path = repinned.virtualClusters.find((vc) => vc.name === name)?.path ?? '';
        expect(after.moves).toEqual<Move[]>([{ group: GROUP_KEY, virtualCluster: name, path, from, to, reason: 'pinned' }]);
        const notIt = (other: string) => other !== name;
        expect(only(where(after), notIt)).toEqual(only(where(before), notIt));
      }),
      { numRuns: RUNS },
    );
  });

  it('reports every virtual cluster whose locked host left the group as a move with reason "host-left-group", and moves nothing else', () => {
    fc.assert(
      fc.property(lbModel({ minHosts: 2 }), fc.nat(), (model, hostIndex) => {
        const gone = String(pick(model.hosts, hostIndex).name);
        const before = placeModel(model);
        const shrunk = withoutHost(model, gone);
        const after = placeModel(shrunk, before.lock);
        expectSound(shrunk, after);
        const was = where(before);
        const displaced = Object.keys(was)
          .filter((name) => was[name].startsWith(`${gone} `))
          .sort();
        const now = where(after);
        const pathOf = (name: string) => shrunk.virtualClusters.find((vc) => vc.name === name)?.path ?? '';
        expect(after.moves).toEqual(
          displaced.map((name): Move => ({
            group: GROUP_KEY,
            virtualCluster: name,
            path: pathOf(name),
            from: gone,
            to: now[name]?.split(' ')[0] ?? '(nowhere: no host has room)',
            reason: 'host-left-group',
          })),
        );
        const stays = (name: string) => !displaced.includes(name);
        expect(only(where(after), stays)).toEqual(only(was, stays));
      }),
      { numRuns: RUNS },
    );
  });

  it('evaluates a valid random model with no error finding: fresh, and frozen against its own lock', () => {
    fc.assert(
      fc.property(lbModel(), (model) => {
        const fresh = evaluate(model, EMPTY_LOCK);
        expect(fresh.errors.map((f) => f.message)).toEqual([]);
        const frozen = evaluate(model, fresh.placement.lock, { frozenLock: 'cluster-groups.lock.json' });
        expect(frozen.errors.map((f) => f.message)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('declaration order through the real constructs', () => {
  // A synth costs 60–200 ms here (more with more hosts): few runs, small groups.
  const SYNTH_RUNS = 15;
  const small = lbModel({ maxHosts: 3, maxVirtualClusters: 8 });

  function synthText(model: Model): { json: string; lock: string } {
    const lockFile = join(mkdtempSync(join(tmpdir(), 'cg-prop-')), 'cluster-groups.lock.json');
    const { outdir } = synthTopology(topologyOf(model), lockFile);
    return { json: readFileSync(join(outdir, 'stacks/fleet/cdk.tf.json'), 'utf8'), lock: readFileSync(lockFile, 'utf8') };
  }

  it('hosts and virtual clusters declared in any order give a byte-identical cdk.tf.json and lock file', () => {
    const withOrders = small.chain((model) =>
      fc.record({
        model: fc.constant(model),
        virtualClusters: fc.shuffledSubarray([...model.virtualClusters], { minLength: model.virtualClusters.length }),
        reordered: shuffled(model),
      }),
    );
    fc.assert(
      fc.property(withOrders, ({ model, virtualClusters, reordered }) => {
        const a = synthText(model);
        for (const other of [{ ...model, virtualClusters }, reordered]) {
          const b = synthText(other);
          expect(b.lock).toBe(a.lock);
          expect(b.json).toBe(a.json);
        }
      }),
      { numRuns: SYNTH_RUNS },
    );
  });
});
