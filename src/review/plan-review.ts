/**
 * What a Terraform plan (`terraform show -json tfplan`) does to each group, host and
 * virtual cluster, with the changes that lose a virtual cluster's data first.
 * Pure on purpose: the CLI reads plans without loading cdktf or constructs.
 */
import { getOrAdd } from '../model/maps';
import { parse } from 'yaml';
import { vclusterKubernetesVersion } from '../charts/vcluster-kubernetes';
import { ADDRESSES, AddressPattern } from '../emit/addresses';
import { isMap, Values } from '../model/values';
import { codeSpan as code } from './inert';
import type { ReviewView } from './view';

/** The input is not a Terraform plan in JSON format 1.x; the message is one line. */
export class PlanFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanFormatError';
  }
}

/**
 * `move` is a no-op under a new address (a `moved` block). `other` covers actions newer than this
 * reader (e.g. "forget"): shown as planned, and data loss only where they include "delete".
 */
export const CHANGE_KINDS = ['create', 'update', 'replace', 'delete', 'move', 'other'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** No change of any kind yet: the start of every count. */
export function noChanges(): Record<ChangeKind, number> {
  return { create: 0, update: 0, replace: 0, delete: 0, move: 0, other: 0 };
}

export interface PlannedChange {
  readonly address: string;
  readonly kind: ChangeKind;
  /** The plan's own action list: it tells "delete, create" from "create, delete". */
  readonly actions: readonly string[];
  /** What the resource is to its host or virtual cluster; null for resources that are not ours. */
  readonly role: string | null;
  /** Why Terraform plans this, in words, where the plan says. */
  readonly reason: string | null;
  /** A vcluster release whose update moves its control plane to another Kubernetes version (the plan shows only the chart version). */
  readonly kubernetes?: KubernetesChange;
}

/** The Kubernetes version a virtual cluster runs before and after the change. */
export interface KubernetesChange {
  readonly from: string;
  readonly to: string;
}

export interface VirtualClusterChanges {
  readonly name: string;
  readonly changes: readonly PlannedChange[];
}

export interface HostChanges {
  /** The host's name from review.json, or the address suffix when no view knows it. */
  readonly name: string;
  readonly alias: string;
  /** `module.x` when the stack was composed into a module; empty at the root. */
  readonly module: string;
  /** Changes to what serves the host's endpoint (MetalLB, ingress-nginx). */
  readonly changes: readonly PlannedChange[];
  readonly virtualClusters: readonly VirtualClusterChanges[];
}

export interface GroupChanges {
  /** The group's key, or UNKNOWN_GROUP. */
  readonly name: string;
  readonly hosts: readonly HostChanges[];
}

/** A virtual cluster whose release or namespace is replaced or destroyed. */
export interface DataLoss {
  readonly virtualCluster: string;
  readonly group: string;
  readonly host: string;
  readonly module: string;
  readonly changes: readonly PlannedChange[];
}

/** A review.json and where it was read from, to name it in notes. */
export interface NamedView {
  readonly source: string;
  readonly view: ReviewView;
}

export interface PlanReview {
  /** What the reader should know before trusting the review: an incomplete plan, hosts no review.json knows. */
  readonly notes: readonly string[];
  readonly counts: Readonly<Record<ChangeKind, number>>;
  readonly dataLoss: readonly DataLoss[];
  readonly groups: readonly GroupChanges[];
  /** Changes to resources this library did not create. */
  readonly other: readonly PlannedChange[];
}

export const UNKNOWN_GROUP = '(unknown group)';

/** One entry of `resource_changes`, reduced to what the review reads. */
interface RawChange {
  readonly address: string;
  readonly module: string;
  readonly type: string;
  readonly name: string;
  readonly index: unknown;
  /** Data sources are never ours, whatever their name. */
  readonly managed: boolean;
  readonly actions: readonly string[];
  readonly reason: string | null;
  /** Where a `moved` block took it from. */
  readonly previousAddress: string | null;
  /** Terraform's `change` (its `before` and `after` states), for what only some of our resources are read for. */
  readonly change: Record<string, unknown>;
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The top of a plan: format 1.x, and its changes (a plan with none omits `resource_changes`). */
function resourceChangesOf(plan: unknown): unknown[] {
  if (!isMap(plan)) throw new PlanFormatError(`not a Terraform plan: expected a JSON object, got ${describe(plan)}`);
  const version = plan.format_version;
  if (typeof version !== 'string' || !version.startsWith('1.')) throw new PlanFormatError(`not a Terraform plan in JSON format 1.x: format_version is ${describe(version)}`);
  // Since Terraform 1.6 a failed plan is still saved: it holds only some of the changes, and a review of it would pass a gate it should not.
  if (plan.errored === true) throw new PlanFormatError('the plan errored, so it holds only some of the changes; fix what terraform plan reported and plan again');
  const changes = plan.resource_changes;
  if (Array.isArray(changes)) return changes;
  // A state file (`terraform show -json` without a plan) also has format_version 1.x, but no planned_values.
  if (changes === undefined && isMap(plan.planned_values)) return [];
  throw new PlanFormatError(`not a Terraform plan: resource_changes is ${describe(changes)} (run terraform show -json on a saved plan file)`);
}

function stringField(entry: Record<string, unknown>, field: string, where: string): string {
  const value = entry[field];
  if (typeof value !== 'string') throw new PlanFormatError(`${where}.${field} is ${describe(value)}, expected a string`);
  return value;
}

function rawChange(entry: unknown, position: number): RawChange {
  const where = `resource_changes[${position}]`;
  if (!isMap(entry)) throw new PlanFormatError(`${where} is ${describe(entry)}, expected an object`);
  const change = isMap(entry.change) ? entry.change : {};
  const actions = change.actions;
  if (!Array.isArray(actions) || actions.length === 0 || !actions.every((a): a is string => typeof a === 'string'))
    throw new PlanFormatError(`${where}.change.actions is ${describe(actions)}, expected a list of actions`);
  const module = typeof entry.module_address === 'string' ? entry.module_address : '';
  const type = stringField(entry, 'type', where);
  const name = stringField(entry, 'name', where);
  const managed = entry.mode !== 'data';
  const previousAddress = typeof entry.previous_address === 'string' ? entry.previous_address : null;
  return { address: stringField(entry, 'address', where), module, type, name, index: entry.index, managed, actions, reason: reasonOf(entry, change, previousAddress), previousAddress, change };
}

/** A helm_release's values as Terraform holds them (a list of YAML documents), or undefined where any is unknown or not YAML. */
function valuesOf(state: unknown): Values[] | undefined {
  if (!isMap(state) || (state.values !== undefined && !Array.isArray(state.values))) return undefined;
  const layers: Values[] = [];
  for (const text of (state.values as unknown[] | undefined) ?? []) {
    if (typeof text !== 'string') return undefined;
    try {
      const parsed: unknown = parse(text);
      layers.push(isMap(parsed) ? parsed : {});
    } catch {
      return undefined;
    }
  }
  return layers;
}

function kubernetesOf(state: unknown): string | undefined {
  const layers = valuesOf(state);
  return layers && isMap(state) ? vclusterKubernetesVersion(state.version, layers) : undefined;
}

function kubernetesOnly(kubernetes: KubernetesChange | undefined): { kubernetes?: KubernetesChange } {
  return kubernetes ? { kubernetes } : {};
}

/** A vcluster release's Kubernetes version before and after, where both are known and differ. */
function kubernetesChangeOf(change: Record<string, unknown>): KubernetesChange | undefined {
  const [from, to] = [kubernetesOf(change.before), kubernetesOf(change.after)];
  return from !== undefined && to !== undefined && from !== to ? { from, to } : undefined;
}

/** Terraform's `action_reason` values for replacements and deletions, as a reviewer would say them. */
const REASONS: Readonly<Record<string, string>> = {
  replace_because_tainted: 'the object is tainted',
  replace_because_cannot_update: 'an attribute changed that cannot be updated in place',
  replace_by_request: 'requested with -replace',
  replace_by_triggers: 'replace_triggered_by fired',
  delete_because_no_resource_config: 'no longer in the configuration',
  delete_because_no_module: 'its module is no longer in the configuration',
  delete_because_wrong_repetition: 'the resource switched between count and for_each',
  delete_because_count_index: 'its count index is out of range',
  delete_because_each_key: 'its for_each key is gone',
  delete_because_no_move_target: 'its moved target does not exist',
};

/** `["metadata", 0, "name"]` → `metadata[0].name` (the caller puts it in a code span: map keys may hold any character). */
function attributePath(path: unknown): string | null {
  if (!Array.isArray(path) || path.length === 0) return null;
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : typeof step === 'string' ? `${i ? '.' : ''}${step}` : '')).join('');
}

/** Why, as Markdown: what comes from the plan's text (paths, unknown codes, addresses) goes in code spans, so it cannot shape the comment. */
function reasonOf(entry: Record<string, unknown>, change: Record<string, unknown>, previousAddress: string | null): string | null {
  const reason = entry.action_reason;
  const paths = Array.isArray(change.replace_paths) ? change.replace_paths.map(attributePath).filter((p): p is string => p !== null) : [];
  const parts = [
    // A deposed object is the leftover of an interrupted create-before-destroy replacement.
    typeof entry.deposed === 'string' ? `deposed object ${code(entry.deposed)}` : null,
    typeof reason === 'string' ? (REASONS[reason] ?? code(reason)) : null,
    paths.length ? `forced by ${paths.map(code).join(', ')}` : null,
    previousAddress !== null && previousAddress !== entry.address ? `moved from ${code(previousAddress)}` : null,
  ].filter((part): part is string => part !== null);
  return parts.length ? parts.join('; ') : null;
}

/** Terraform's format documents that any list holding "delete" destroys the object, whatever else it holds: so does this reader. */
function kindOf(actions: readonly string[], moved: boolean): ChangeKind | null {
  const key = actions.join(',');
  if (key === 'no-op') return moved ? 'move' : null;
  if (key === 'read') return null;
  if (key === 'create') return 'create';
  if (key === 'update') return 'update';
  if (actions.includes('delete')) return actions.includes('create') ? 'replace' : 'delete';
  return 'other';
}

/** The address scheme emission names its resources by (emit/addresses.ts): a name fits one pattern at most. */
const PATTERNS: readonly AddressPattern[] = Object.values(ADDRESSES);

/** What terraformName() can produce from a DNS label. */
const ALIAS = /^[a-z][a-z0-9_]*$/;

interface Recognised {
  readonly pattern: AddressPattern;
  readonly alias: string;
}

/** Which of our resource blocks a type and name are, by the address scheme alone. */
function patternOf(type: string, name: string): Recognised | null {
  const pattern = PATTERNS.find((p) => p.type === type && name.startsWith(p.prefix));
  const alias = pattern ? name.slice(pattern.prefix.length) : '';
  return pattern && ALIAS.test(alias) ? { pattern, alias } : null;
}

/** Which of our resource instances a change is: a virtual cluster's are keyed by its name, a host's have no key. */
function recognise(raw: RawChange): Recognised | null {
  const ours = raw.managed ? patternOf(raw.type, raw.name) : null;
  return ours && (ours.pattern.perVirtualCluster ? typeof raw.index === 'string' : raw.index === undefined) ? ours : null;
}

/** The aliases of our resources in the plan's configuration, in the root module and every module below it. */
function configuredAliases(plan: Record<string, unknown>): Set<string> {
  const aliases = new Set<string>();
  const visit = (module: unknown): void => {
    if (!isMap(module)) return;
    for (const resource of Array.isArray(module.resources) ? module.resources : []) {
      if (!isMap(resource) || resource.mode === 'data' || typeof resource.type !== 'string' || typeof resource.name !== 'string') continue;
      const ours = patternOf(resource.type, resource.name);
      if (ours) aliases.add(ours.alias);
    }
    for (const call of isMap(module.module_calls) ? Object.values(module.module_calls) : []) if (isMap(call)) visit(call.module);
  };
  visit(isMap(plan.configuration) ? plan.configuration.root_module : undefined);
  return aliases;
}

function aliasesOf(view: ReviewView): Set<string> {
  return new Set(view.groups.flatMap((group) => group.hosts.map((host) => host.alias)));
}

/**
 * The review.json of the stack this plan is for: one plan is one stack, and two stacks may
 * share a host alias, so a view fits when it knows every host the plan configures. Refuses to
 * guess between two that fit equally.
 */
function chooseView(plan: Record<string, unknown>, candidates: readonly NamedView[]): { view?: ReviewView; notes: string[] } {
  const configured = configuredAliases(plan);
  if (candidates.length === 0)
    return { notes: configured.size ? ['No review.json was found (run `cdktf synth` first, or pass `--review`): groups are unknown, and hosts go by their provider alias.'] : [] };
  if (candidates.length === 1) return { view: candidates[0].view, notes: [] };
  const fitting = candidates.map((c) => ({ ...c, known: aliasesOf(c.view) })).filter(({ known }) => [...configured].every((alias) => known.has(alias)));
  const exact = fitting.filter(({ known }) => known.size === configured.size);
  const chosen = fitting.length === 1 ? fitting[0] : exact.length === 1 ? exact[0] : undefined;
  if (chosen) return { view: chosen.view, notes: [] };
  if (fitting.length > 1) throw new PlanFormatError(`several review.json files fit this plan (${fitting.map((c) => c.source).join(', ')}); pass the planned stack's one with --review`);
  return { notes: [`None of the review.json files (${candidates.map((c) => code(c.source)).join(', ')}) knows every host of this plan: pass the planned stack's one with --review.`] };
}

/** Builders for the grouped output, keyed by group, then module and alias. */
interface HostBucket {
  name: string;
  alias: string;
  module: string;
  changes: PlannedChange[];
  virtualClusters: Map<string, PlannedChange[]>;
}

function byAddress(a: PlannedChange, b: PlannedChange): number {
  return a.address < b.address ? -1 : a.address > b.address ? 1 : 0;
}

function byName<T extends { name: string; module?: string }>(a: T, b: T): number {
  const left = `${a.module ?? ''}\0${a.name}`;
  const right = `${b.module ?? ''}\0${b.name}`;
  return left < right ? -1 : left > right ? 1 : 0;
}

function groupOrder(a: GroupChanges, b: GroupChanges): number {
  if ((a.name === UNKNOWN_GROUP) !== (b.name === UNKNOWN_GROUP)) return a.name === UNKNOWN_GROUP ? 1 : -1;
  return byName(a, b);
}

/** Replacing or destroying a virtual cluster's release or namespace loses its data. */
export function isDataLoss(change: PlannedChange): boolean {
  return change.kind === 'replace' || change.kind === 'delete';
}

function freeze(buckets: Map<string, Map<string, HostBucket>>): GroupChanges[] {
  return [...buckets]
    .map(([name, hosts]) => ({
      name,
      hosts: [...hosts.values()]
        .map((h) => ({
          name: h.name,
          alias: h.alias,
          module: h.module,
          changes: h.changes.sort(byAddress),
          virtualClusters: [...h.virtualClusters].map(([vc, changes]) => ({ name: vc, changes: changes.sort(byAddress) })).sort(byName),
        }))
        .sort(byName),
    }))
    .sort(groupOrder);
}

function dataLossOf(groups: readonly GroupChanges[]): DataLoss[] {
  return groups.flatMap((group) =>
    group.hosts.flatMap((host) =>
      host.virtualClusters
        .filter((vc) => vc.changes.some(isDataLoss))
        .map((vc) => ({ virtualCluster: vc.name, group: group.name, host: host.name, module: host.module, changes: vc.changes.filter(isDataLoss) })),
    ),
  );
}

/**
 * Classifies every change of a plan and places it under its group, host and virtual
 * cluster, using the review.json of the plan's stack where one fits and the address scheme
 * otherwise. Throws PlanFormatError when `plan` is not a complete Terraform plan in JSON format 1.x.
 */
export function reviewPlan(plan: unknown, candidates: readonly NamedView[]): PlanReview {
  const raws = resourceChangesOf(plan).map(rawChange);
  const top = plan as Record<string, unknown>;
  const { view, notes } = chooseView(top, candidates);
  if (top.complete === false) notes.unshift('The plan is incomplete (deferred changes): once it is applied, another plan will show the rest.');
  const hosts = new Map((view?.groups ?? []).flatMap((group) => group.hosts.map((host) => [host.alias, { group, host }] as const)));
  const unknownAliases = new Set<string>();
  const counts = noChanges();
  const buckets = new Map<string, Map<string, HostBucket>>();
  const other: PlannedChange[] = [];
  for (const raw of raws) {
    const kind = kindOf(raw.actions, raw.previousAddress !== null && raw.previousAddress !== raw.address);
    if (!kind) continue;
    counts[kind] += 1;
    const ours = recognise(raw);
    const change: PlannedChange = {
      address: raw.address,
      kind,
      actions: raw.actions,
      role: ours?.pattern.role ?? null,
      reason: raw.reason,
      // Values are parsed for vcluster releases only: a plan may hold tens of thousands of releases.
      ...(ours?.pattern === ADDRESSES.vclusterRelease ? kubernetesOnly(kubernetesChangeOf(raw.change)) : {}),
    };
    if (!ours) {
      other.push(change);
      continue;
    }
    const virtualCluster = ours.pattern.perVirtualCluster ? String(raw.index) : null;
    const placed = hosts.get(ours.alias);
    if (view && !placed) unknownAliases.add(ours.alias);
    const group = placed?.group.key ?? UNKNOWN_GROUP;
    const hostBuckets = getOrAdd(buckets, group, () => new Map<string, HostBucket>());
    const bucket = getOrAdd(hostBuckets, `${raw.module}\0${ours.alias}`, () => ({
      name: placed?.host.name ?? ours.alias,
      alias: ours.alias,
      module: raw.module,
      changes: [],
      virtualClusters: new Map(),
    }));
    if (virtualCluster === null) bucket.changes.push(change);
    else getOrAdd(bucket.virtualClusters, virtualCluster, () => []).push(change);
  }
  if (unknownAliases.size)
    notes.push(`Changes on hosts review.json does not know, shown by provider alias (removed from the app, or another stack's review.json?): ${[...unknownAliases].sort().map(code).join(', ')}.`);
  const groups = freeze(buckets);
  return { notes, counts, dataLoss: dataLossOf(groups), groups, other: other.sort(byAddress) };
}
