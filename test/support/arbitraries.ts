import fc from 'fast-check';
import { HostSpec, Model, VirtualClusterSpec } from '../../src/model/types';
import { group } from './model';
import type { Topology } from './topology';

/**
 * fast-check arbitraries of random, valid LoadBalancer groups: every model they produce
 * passes every rule (no error finding), whatever the placement does with it.
 *
 * - 1–6 MetalLB hosts (up to 7 with `extraHost`), distinct names `<letters><n>` where n is
 *   distinct too (so test/support/topology.ts derives distinct pools from them), each with
 *   1–3 non-overlapping pools under its own prefix (10.<n>.<k>.x or fd00:<n>:<k>::x), one
 *   of them holding at least 40 addresses: enough for every virtual cluster on one host;
 * - capacity large enough for 40 virtual clusters at the group maximum on one host, even at
 *   100 % oversubscription (VC-4 may warn, never err);
 * - 0–40 virtual clusters with unique DNS-label names, requests between 4/4Gi/2Gi and
 *   6/8Gi/10Gi, optionally paused, optionally pinned to a member host.
 */

export const GROUP_PATH = 'app/lb';
export const GROUP_KEY = 'lb';
/** The most virtual clusters a generated group holds; each host has at least this many addresses. */
export const MAX_VIRTUAL_CLUSTERS = 40;

export interface ModelOptions {
  readonly minHosts?: number;
  readonly maxHosts?: number;
  readonly minVirtualClusters?: number;
  readonly maxVirtualClusters?: number;
}

// ---------------------------------------------------------------- hosts

type PoolShape = 'cidr4' | 'range4' | 'cidr6' | 'range6';

interface PoolDraft {
  readonly shape: PoolShape;
  /** 0..100: where a range starts in its block. */
  readonly start: number;
  /** For the big pool 40..120 addresses, for a small one 1..10 (CIDRs round to a power of two). */
  readonly size: number;
}

function poolDraft(big: boolean): fc.Arbitrary<PoolDraft> {
  return fc.record({
    shape: fc.constantFrom<PoolShape>('cidr4', 'range4', 'cidr6', 'range6'),
    start: fc.integer({ min: 0, max: 100 }),
    size: big ? fc.integer({ min: MAX_VIRTUAL_CLUSTERS, max: 120 }) : fc.integer({ min: 1, max: 10 }),
  });
}

/** Pool k of host n: each in its own block, so no two pools of the group overlap. */
function poolText(n: number, k: number, draft: PoolDraft): string {
  // The smallest CIDR holding `size` addresses.
  const bits = Math.ceil(Math.log2(draft.size));
  const hex = (value: number) => value.toString(16);
  switch (draft.shape) {
    case 'cidr4':
      return `10.${n}.${k}.0/${32 - bits}`;
    case 'range4':
      return `10.${n}.${k}.${draft.start}-10.${n}.${k}.${draft.start + draft.size - 1}`;
    case 'cidr6':
      return `fd00:${hex(n)}:${k}::/${128 - bits}`;
    case 'range6':
      return `fd00:${hex(n)}:${k}::${hex(draft.start)}-fd00:${hex(n)}:${k}::${hex(draft.start + draft.size - 1)}`;
  }
}

interface HostDraft {
  readonly prefix: string;
  readonly kind: 'private-cloud' | 'public-cloud';
  readonly capacity: { cpu: string; memory: string; storage: string };
  readonly big: PoolDraft;
  readonly small: readonly PoolDraft[];
  /** Where the big pool sits among the small ones. */
  readonly bigAt: number;
}

const hostDraft: fc.Arbitrary<HostDraft> = fc.record({
  prefix: fc.stringMatching(/^[a-z]{1,3}(-[a-z]{1,3})?$/),
  kind: fc.constantFrom('private-cloud' as const, 'public-cloud' as const),
  // 40 × 6 CPU = 240, 40 × 8Gi = 320Gi, 40 × 10Gi = 400Gi: below each capacity at 100 %.
  capacity: fc.record({
    cpu: fc.constantFrom('256', '300', '512', '1000'),
    memory: fc.constantFrom('512Gi', '1Ti', '2Ti'),
    storage: fc.constantFrom('1Ti', '2Ti', '5Ti'),
  }),
  big: poolDraft(true),
  small: fc.array(poolDraft(false), { maxLength: 2 }),
  bigAt: fc.nat({ max: 2 }),
});

function hostSpec(n: number, draft: HostDraft): HostSpec {
  const name = `${draft.prefix}${n}`;
  const drafts = [...draft.small];
  drafts.splice(Math.min(draft.bigAt, drafts.length), 0, draft.big);
  return {
    path: `${GROUP_PATH}/hosts/${name}`,
    name,
    group: GROUP_PATH,
    kind: draft.kind,
    scope: { kind: 'tenant' },
    capacity: draft.capacity,
    connection: { kind: 'kubeconfig', path: '~/.kube/config', context: name },
    endpoint: { kind: 'metallb', pools: drafts.map((pool, k) => poolText(n, k, pool)), bgpPeers: [] },
  };
}

/** `count` hosts with distinct numbers 1..250 (their names and address blocks derive from them). */
function hosts(min: number, max: number): fc.Arbitrary<HostSpec[]> {
  return fc
    .uniqueArray(fc.integer({ min: 1, max: 250 }), { minLength: min, maxLength: max })
    .chain((numbers) => fc.tuple(...numbers.map((n) => hostDraft.map((draft) => hostSpec(n, draft)))))
    .map((list) => [...list]);
}

// ---------------------------------------------------------------- virtual clusters

/** DNS-1123 labels of at most 20 characters (VC-1 allows 53). */
export const virtualClusterName: fc.Arbitrary<string> = fc.stringMatching(/^[a-z]([a-z0-9-]{0,18}[a-z0-9])?$/);

const cpu = fc.oneof(
  fc.constantFrom('4', '5', '6'),
  fc.integer({ min: 4000, max: 6000 }).map((milli) => (milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`)),
);

/** A quantity of bytes between min and max Gi, as Gi when whole, else Mi. */
function bytes(minGi: number, maxGi: number): fc.Arbitrary<string> {
  return fc.integer({ min: minGi * 1024, max: maxGi * 1024 }).map((mi) => (mi % 1024 === 0 ? `${mi / 1024}Gi` : `${mi}Mi`));
}

interface VirtualClusterDraft {
  readonly pin: number | null;
  readonly paused: boolean;
  readonly resources: { cpu: string; memory: string; storage: string };
}

const virtualClusterDraft: fc.Arbitrary<VirtualClusterDraft> = fc.record({
  // About one in four pinned.
  pin: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat({ max: 6 }) }),
  paused: fc.boolean(),
  resources: fc.record({ cpu, memory: bytes(4, 8), storage: bytes(2, 10) }),
});

export function virtualClusterSpec(name: string, draft: Omit<VirtualClusterDraft, 'pin'>, pin?: string): VirtualClusterSpec {
  const spec: VirtualClusterSpec = { path: `${GROUP_PATH}/vcs/${name}`, name, group: GROUP_PATH, resources: draft.resources, paused: draft.paused };
  return pin === undefined ? spec : { ...spec, host: pin };
}

// ---------------------------------------------------------------- models

/** A valid LoadBalancer group model: one group `lb`, its MetalLB hosts and virtual clusters. */
export function lbModel(options: ModelOptions = {}): fc.Arbitrary<Model> {
  const minHosts = options.minHosts ?? 1;
  const maxHosts = options.maxHosts ?? 6;
  return fc
    .record({
      hosts: hosts(minHosts, maxHosts),
      // size 'medium': the default ('small') would hardly ever go past 10 virtual clusters.
      names: fc.uniqueArray(virtualClusterName, { minLength: options.minVirtualClusters ?? 0, maxLength: options.maxVirtualClusters ?? MAX_VIRTUAL_CLUSTERS, size: 'medium' }),
      drafts: fc.array(virtualClusterDraft, { minLength: options.maxVirtualClusters ?? MAX_VIRTUAL_CLUSTERS, maxLength: options.maxVirtualClusters ?? MAX_VIRTUAL_CLUSTERS }),
      oversubscriptionPercent: fc.constantFrom(undefined, 100, 120, 150, 200),
    })
    .map(({ hosts: hostSpecs, names, drafts, oversubscriptionPercent }) => ({
      groups: [group({ path: GROUP_PATH, name: GROUP_KEY, oversubscriptionPercent })],
      hosts: hostSpecs,
      virtualClusters: names.map((name, i) => {
        const { pin, ...rest } = drafts[i];
        return virtualClusterSpec(name, rest, pin === null ? undefined : String(hostSpecs[pin % hostSpecs.length].name));
      }),
    }));
}

/** The same group as declared in another order: hosts and virtual clusters shuffled (pools keep their order: it means something). */
export function shuffled(model: Model): fc.Arbitrary<Model> {
  return fc
    .tuple(fc.shuffledSubarray([...model.hosts], { minLength: model.hosts.length }), fc.shuffledSubarray([...model.virtualClusters], { minLength: model.virtualClusters.length }))
    .map(([hostList, virtualClusters]) => ({ groups: model.groups, hosts: hostList, virtualClusters }));
}

/**
 * The model as a topology for test/support/topology.ts synthTopology (names, pins, CPU and
 * pause carry over; synthTopology gives every host its own capacity and /24 pool).
 */
export function topologyOf(model: Model): Topology {
  return {
    hosts: model.hosts.map((host) => String(host.name)),
    virtualClusters: model.virtualClusters.map((vc) => ({
      name: String(vc.name),
      ...(typeof vc.host === 'string' ? { host: vc.host } : {}),
      cpu: String(vc.resources?.cpu),
      paused: vc.paused,
    })),
  };
}
