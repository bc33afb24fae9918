/**
 * The topology every bench builder produces: one LoadBalancer group of `hosts` MetalLB
 * hosts (one /22 pool each, non-overlapping) and `vcs` virtual clusters with the default
 * request. Names are zero-padded to 3 (hosts) and 5 (virtual clusters) digits, so from
 * 1,000 hosts and 100,000 virtual clusters on, name order is no longer index order
 * (`h1000` sorts before `h101`).
 *
 * Our constructs place the virtual clusters themselves (most headroom first, ties by host
 * name, virtual clusters taken in name order). With identical hosts and identical requests
 * that is a round robin over the hosts in name order, and each host hands out its pool's
 * addresses from the first one MetalLB's `avoidBuggyIPs` allows (.1): `assignment()` states that placement explicitly, which is
 * what the hand-written programs write out.
 */
import { Group, resolveGroup, resolveVirtualCluster } from '../src/model/fleet';
import { outputName } from '../src/model/names';
import { compareText } from '../src/model/order';
import { join } from 'path';
import { Values } from '../src/charts/merge';
import { podSecurityEnforced, POD_SECURITY_WARN } from '../src/charts/isolation';
import { vclusterValues } from '../src/charts/vcluster-values';

export interface Scale {
  readonly hosts: number;
  readonly vcs: number;
}

export const SCALES: readonly Scale[] = [
  { hosts: 10, vcs: 100 },
  { hosts: 50, vcs: 1_000 },
  { hosts: 200, vcs: 20_000 },
];

/** With `--full`: the largest fleet the issue names. */
export const FULL_SCALE: Scale = { hosts: 1_000, vcs: 100_000 };

export const GROUP_NAME = 'fleet-lb';
export const GROUP_DESCRIPTION = 'Bench group: MetalLB hosts, one load-balancer IP per virtual cluster';
export const STACK_NAME = 'fleet';
/** The group's output, as our constructs name and describe it (the group's description last; it holds nothing Terraform reads as a template). */
export const OUTPUT_NAME = outputName(GROUP_NAME);
export const OUTPUT_DESCRIPTION = `Virtual clusters of group ${GROUP_NAME}: host, endpoint and where the kubeconfig secret is (never the secret itself). ${GROUP_DESCRIPTION}`;
/** What the values builders read of a group: the distribution, disk backup and the chart versions. */
export const BENCH_GROUP: Group = {
  ...resolveGroup({ path: GROUP_NAME, name: GROUP_NAME, endpointType: 'LoadBalancer', oversubscriptionPercent: undefined, distribution: undefined }),
  hosts: [],
  virtualClusters: [],
};
/** A virtual cluster of the default request: what every one of the benchmark requests. */
const DEFAULT_VC = resolveVirtualCluster({ path: 'default', name: 'default', group: GROUP_NAME });
export const KUBECONFIG = '~/.kube/config';

/** Large enough for 100 default virtual clusters per host (4 CPU / 4Gi / 2Gi each) with no VC-4 warning. */
export const HOST_CAPACITY = { cpu: '512', memory: '1Ti', storage: '1Ti' } as const;

/** Per-host pool: a /22 (1,024 addresses), 10.0.0.0/22, 10.0.4.0/22, ... */
const POOL_BITS = 22;
const POOL_SIZE = 2 ** (32 - POOL_BITS);
const POOL_BASE = 10 * 2 ** 24;
/** What MetalLB's `avoidBuggyIPs` hands out of a pool (placement follows it): each /24 without its .0 and .255. */
const USABLE_PER_24 = 254;
const POOL_USABLE = (POOL_SIZE / 256) * USABLE_PER_24;

/** The `index`-th address MetalLB hands out of a pool starting at a .0 address. */
function usableAddress(poolStart: number, index: number): number {
  return poolStart + Math.floor(index / USABLE_PER_24) * 256 + 1 + (index % USABLE_PER_24);
}

/** The context both apps get. */
export const CONTEXT = { 'cluster-groups:lockFile': false, 'cluster-groups:quiet': true } as const;

function ipv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export interface BenchHost {
  readonly name: string;
  readonly pool: string;
  /** First address of the pool, as a number. */
  readonly poolStart: number;
}

export function hostsOf(scale: Scale): BenchHost[] {
  if (scale.hosts * POOL_SIZE > 2 ** 24) throw new Error(`too many hosts for 10.0.0.0/8: ${scale.hosts}`);
  return Array.from({ length: scale.hosts }, (_, i) => {
    const poolStart = POOL_BASE + i * POOL_SIZE;
    return { name: `h${pad(i + 1, 3)}`, pool: `${ipv4(poolStart)}/${POOL_BITS}`, poolStart };
  });
}

export function vcNamesOf(scale: Scale): string[] {
  return Array.from({ length: scale.vcs }, (_, i) => `vc-${pad(i + 1, 5)}`);
}

export interface Assigned {
  readonly name: string;
  readonly host: BenchHost;
  readonly ip: string;
}

/** The hosts in name order: the order placement breaks ties in, and the order a hand-written program declares them in. */
export function hostsByName(scale: Scale): BenchHost[] {
  return hostsOf(scale).sort((a, b) => compareText(a.name, b.name));
}

/** Where each virtual cluster lands and which address it gets: in name order, round robin over the hosts in name order. */
export function assignment(scale: Scale): Assigned[] {
  const hosts = hostsByName(scale);
  const perHost = Math.ceil(scale.vcs / scale.hosts);
  if (perHost > POOL_USABLE) throw new Error(`pool too small: ${perHost} virtual clusters per host, ${POOL_USABLE} addresses`);
  return vcNamesOf(scale)
    .sort(compareText)
    .map((name, i) => {
      const host = hosts[i % hosts.length];
      return { name, host, ip: ipv4(usableAddress(host.poolStart, Math.floor(i / hosts.length))) };
    });
}

/** `--scales 10x100,50x1000` (hosts x vcs) or indexes into SCALES (`--scales 0,1`). */
export function parseScales(text: string | undefined): Scale[] {
  if (!text) return [...SCALES];
  return text.split(',').map((part) => {
    const trimmed = part.trim();
    const match = /^(\d+)[x/:](\d+)$/.exec(trimmed);
    if (match) return { hosts: Number(match[1]), vcs: Number(match[2]) };
    if (/^\d+$/.test(trimmed) && SCALES[Number(trimmed)]) return SCALES[Number(trimmed)];
    throw new Error(`bad scale '${trimmed}': write hostsxvcs (e.g. 50x1000) or an index 0..${SCALES.length - 1}`);
  });
}

/** The one line a builder process prints at the end (stdout). */
export interface RunResult {
  readonly ms: number;
  readonly rss_mb: number;
  readonly construct_ms: number;
  /** Ours only: the evaluation (all rules + placement) alone. */
  readonly eval_ms?: number;
  readonly synth_ms: number;
  /** Ours only: the evaluation's errors and warnings. */
  readonly errors?: number;
  readonly warnings?: number;
  /** Violation mode: the first error message, and whether synth threw. */
  readonly first_error?: string;
  readonly threw?: boolean;
}

/** The arguments every builder takes: `--hosts N --vcs N --outdir DIR`. */
export function builderArgs(program: string): { scale: Scale; outdir: string; args: string[] } {
  const args = process.argv.slice(2);
  const scale = { hosts: Number(argValue(args, '--hosts')), vcs: Number(argValue(args, '--vcs')) };
  const outdir = argValue(args, '--outdir');
  if (!outdir || !(scale.hosts > 0) || !(scale.vcs > 0)) throw new Error(`usage: ${program} --hosts N --vcs N --outdir DIR`);
  return { scale, outdir, args };
}

/** The local chart of MetalLB's configuration objects and the labels every namespace carries. */
export const CHART_DIR = join(__dirname, '..', 'assets', 'metallb-config');
export const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'cdktf-cluster-groups' };
/** A virtual cluster's host namespace: enforces the level of its values (`each.value.enforce`), audits and warns `restricted`. */
export const TENANT_NAMESPACE = {
  'pod-security.kubernetes.io/audit': POD_SECURITY_WARN,
  'pod-security.kubernetes.io/enforce': '${each.value.enforce}',
  'pod-security.kubernetes.io/warn': POD_SECURITY_WARN,
};
export const PRIVILEGED = { 'pod-security.kubernetes.io/enforce': 'privileged', 'pod-security.kubernetes.io/audit': 'privileged', 'pod-security.kubernetes.io/warn': 'privileged' };

/** What a hand-written per-host program feeds its `for_each` resources and its output: the same data for the expert and the floor. */
export interface FleetMaps {
  readonly namespacesByHost: Map<string, Record<string, { enforce: string; group: string }>>;
  readonly releasesByHost: Map<string, Record<string, { values: string }>>;
  readonly output: Record<string, unknown>;
}

/** The per-host maps and the output, each virtual cluster's values from the same builder as ours, serialized by `yaml`. */
export function fleetMaps(vcs: readonly Assigned[], yaml: (values: Values) => string): FleetMaps {
  const namespacesByHost = new Map<string, Record<string, { enforce: string; group: string }>>();
  const releasesByHost = new Map<string, Record<string, { values: string }>>();
  const output: Record<string, unknown> = {};
  for (const vc of vcs) {
    const values = vclusterValues({ group: BENCH_GROUP, vc: DEFAULT_VC, exposure: { kind: 'load-balancer', ip: vc.ip, metallb: true } }, {}, {});
    const namespaces = namespacesByHost.get(vc.host.name) ?? {};
    const releases = releasesByHost.get(vc.host.name) ?? {};
    namespaces[vc.name] = { enforce: podSecurityEnforced(values), group: GROUP_NAME };
    releases[vc.name] = { values: yaml(values) };
    namespacesByHost.set(vc.host.name, namespaces);
    releasesByHost.set(vc.host.name, releases);
    output[vc.name] = { endpoint: `https://${vc.ip}:443`, host: vc.host.name, kubeconfig_secret: { name: `vc-${vc.name}`, namespace: vc.name } };
  }
  return { namespacesByHost, releasesByHost, output };
}

export function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const prefixed = args.find((a) => a.startsWith(`${name}=`));
  return prefixed?.slice(name.length + 1);
}

/**
 * tsx turns Node's source maps on, so every stack trace cdktf captures (one per token it
 * creates) is mapped back to the sources: realistic for an app run with tsx, but a cost a
 * compiled app does not pay. BENCH_SOURCE_MAPS=off turns the mapping off in the builders.
 */
export function applyRuntimeOptions(): void {
  if (process.env.BENCH_SOURCE_MAPS === 'off') process.setSourceMapsEnabled(false);
}

export function rssMb(): number {
  // maxRSS is in kilobytes.
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
}
