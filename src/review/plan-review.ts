/**
 * What a Terraform plan (`terraform show -json tfplan`) does to each group, host and
 * virtual cluster, with the changes that lose a virtual cluster's data first.
 * Pure on purpose: the CLI reads plans without loading cdktf or constructs.
 */
import type { GroupView, HostView, ReviewView } from './view';

/** The input is not a Terraform plan in JSON format 1.x; the message is one line. */
export class PlanFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanFormatError';
  }
}

/** `other` covers actions newer than this reader (e.g. "forget"): shown as planned, never counted as data loss. */
export type ChangeKind = 'create' | 'update' | 'replace' | 'delete' | 'other';

export interface PlannedChange {
  readonly address: string;
  readonly kind: ChangeKind;
  /** The plan's own action list: it tells "delete, create" from "create, delete". */
  readonly actions: readonly string[];
  /** What the resource is to its host or virtual cluster; null for resources that are not ours. */
  readonly role: string | null;
  /** Why Terraform plans this, in words, where the plan says. */
  readonly reason: string | null;
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

export interface PlanReview {
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
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
  if (!isObject(plan)) throw new PlanFormatError(`not a Terraform plan: expected a JSON object, got ${describe(plan)}`);
  const version = plan.format_version;
  if (typeof version !== 'string' || !version.startsWith('1.')) throw new PlanFormatError(`not a Terraform plan in JSON format 1.x: format_version is ${describe(version)}`);
  const changes = plan.resource_changes;
  if (Array.isArray(changes)) return changes;
  // A state file (`terraform show -json` without a plan) also has format_version 1.x, but no planned_values.
  if (changes === undefined && isObject(plan.planned_values)) return [];
  throw new PlanFormatError(`not a Terraform plan: resource_changes is ${describe(changes)} (run terraform show -json on a saved plan file)`);
}

function stringField(entry: Record<string, unknown>, field: string, where: string): string {
  const value = entry[field];
  if (typeof value !== 'string') throw new PlanFormatError(`${where}.${field} is ${describe(value)}, expected a string`);
  return value;
}

function rawChange(entry: unknown, position: number): RawChange {
  const where = `resource_changes[${position}]`;
  if (!isObject(entry)) throw new PlanFormatError(`${where} is ${describe(entry)}, expected an object`);
  const change = isObject(entry.change) ? entry.change : {};
  const actions = change.actions;
  if (!Array.isArray(actions) || actions.length === 0 || !actions.every((a): a is string => typeof a === 'string'))
    throw new PlanFormatError(`${where}.change.actions is ${describe(actions)}, expected a list of actions`);
  const module = typeof entry.module_address === 'string' ? entry.module_address : '';
  const type = stringField(entry, 'type', where);
  const name = stringField(entry, 'name', where);
  const managed = entry.mode !== 'data';
  return { address: stringField(entry, 'address', where), module, type, name, index: entry.index, managed, actions, reason: reasonOf(entry, change) };
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

/** `["metadata", 0, "name"]` → `metadata[0].name`. */
function attributePath(path: unknown): string | null {
  if (!Array.isArray(path) || path.length === 0) return null;
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : typeof step === 'string' ? `${i ? '.' : ''}${step}` : '')).join('');
}

function reasonOf(entry: Record<string, unknown>, change: Record<string, unknown>): string | null {
  const code = entry.action_reason;
  const paths = Array.isArray(change.replace_paths) ? change.replace_paths.map(attributePath).filter((p): p is string => p !== null) : [];
  const parts = [
    // A deposed object is the leftover of an interrupted create-before-destroy replacement.
    typeof entry.deposed === 'string' ? `deposed object ${entry.deposed}` : null,
    typeof code === 'string' ? (REASONS[code] ?? code.replace(/_/g, ' ')) : null,
    paths.length ? `forced by ${paths.join(', ')}` : null,
  ].filter((part): part is string => part !== null);
  return parts.length ? parts.join('; ') : null;
}

function kindOf(actions: readonly string[]): ChangeKind | null {
  const key = actions.join(',');
  if (key === 'no-op' || key === 'read') return null;
  if (key === 'create') return 'create';
  if (key === 'update') return 'update';
  if (key === 'delete') return 'delete';
  if (key === 'delete,create' || key === 'create,delete') return 'replace';
  return 'other';
}

interface Pattern {
  readonly type: string;
  readonly prefix: string;
  readonly role: string;
  readonly perVirtualCluster: boolean;
}

/** The address scheme of host-resources.ts. No prefix is the start of another, so a name fits one pattern at most. */
const PATTERNS: readonly Pattern[] = [
  { type: 'helm_release', prefix: 'vcluster_', role: 'vcluster release', perVirtualCluster: true },
  { type: 'kubernetes_namespace_v1', prefix: 'vcluster_', role: 'namespace', perVirtualCluster: true },
  { type: 'helm_release', prefix: 'metallbconfig_', role: 'MetalLB configuration', perVirtualCluster: false },
  { type: 'helm_release', prefix: 'metallb_', role: 'MetalLB release', perVirtualCluster: false },
  { type: 'kubernetes_namespace_v1', prefix: 'metallb_', role: 'MetalLB namespace', perVirtualCluster: false },
  { type: 'helm_release', prefix: 'ingress_nginx_', role: 'ingress-nginx release', perVirtualCluster: false },
  { type: 'kubernetes_namespace_v1', prefix: 'ingress_nginx_', role: 'ingress-nginx namespace', perVirtualCluster: false },
];

/** What terraformName() can produce from a DNS label. */
const ALIAS = /^[a-z][a-z0-9_]*$/;

interface Recognised {
  readonly pattern: Pattern;
  readonly alias: string;
}

/** Which of our resources this is, by the address scheme alone. */
function recognise(raw: RawChange): Recognised | null {
  if (!raw.managed) return null;
  const pattern = PATTERNS.find((p) => p.type === raw.type && raw.name.startsWith(p.prefix) && (p.perVirtualCluster ? typeof raw.index === 'string' : raw.index === undefined));
  const alias = pattern ? raw.name.slice(pattern.prefix.length) : '';
  return pattern && ALIAS.test(alias) ? { pattern, alias } : null;
}

interface Placed {
  readonly group: GroupView;
  readonly host: HostView;
}

/** Hosts of every view by alias; two stacks may share an alias, so each alias keeps a list. */
function hostsByAlias(views: readonly ReviewView[]): Map<string, Placed[]> {
  const index = new Map<string, Placed[]>();
  for (const group of views.flatMap((view) => view.groups)) {
    for (const host of group.hosts) index.set(host.alias, [...(index.get(host.alias) ?? []), { group, host }]);
  }
  return index;
}

/** Among hosts sharing an alias, prefer the one that runs this virtual cluster; a destroyed one is in no view, so any host will do. */
function locate(index: Map<string, Placed[]>, alias: string, virtualCluster: string | null): Placed | undefined {
  const hosts = index.get(alias) ?? [];
  return hosts.find(({ group, host }) => group.virtualClusters.some((vc) => vc.name === virtualCluster && vc.host === host.name)) ?? hosts[0];
}

/** Builders for the grouped output, keyed by group, then module and alias. */
interface HostBucket {
  name: string;
  alias: string;
  module: string;
  changes: PlannedChange[];
  virtualClusters: Map<string, PlannedChange[]>;
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  const found = map.get(key);
  if (found !== undefined) return found;
  const made = make();
  map.set(key, made);
  return made;
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

function isDataLoss(change: PlannedChange): boolean {
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
 * cluster, using review.json views where given and the address scheme otherwise.
 * Throws PlanFormatError when `plan` is not a Terraform plan in JSON format 1.x.
 */
export function reviewPlan(plan: unknown, views: readonly ReviewView[] | undefined): PlanReview {
  const raws = resourceChangesOf(plan).map(rawChange);
  const hosts = hostsByAlias(views ?? []);
  const counts: Record<ChangeKind, number> = { create: 0, update: 0, replace: 0, delete: 0, other: 0 };
  const buckets = new Map<string, Map<string, HostBucket>>();
  const other: PlannedChange[] = [];
  for (const raw of raws) {
    const kind = kindOf(raw.actions);
    if (!kind) continue;
    counts[kind] += 1;
    const ours = recognise(raw);
    const change = { address: raw.address, kind, actions: raw.actions, role: ours?.pattern.role ?? null, reason: raw.reason };
    if (!ours) {
      other.push(change);
      continue;
    }
    const virtualCluster = ours.pattern.perVirtualCluster ? String(raw.index) : null;
    const placed = locate(hosts, ours.alias, virtualCluster);
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
  const groups = freeze(buckets);
  return { counts, dataLoss: dataLossOf(groups), groups, other: other.sort(byAddress) };
}

/** A Markdown code span that survives backticks in the text (for_each keys may hold any character). */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}

function verb(change: PlannedChange): string {
  if (change.kind === 'create') return 'created';
  if (change.kind === 'update') return 'updated in place';
  if (change.kind === 'delete') return 'destroyed';
  if (change.kind === 'replace') return change.actions[0] === 'delete' ? 'replaced (destroyed, then created)' : 'replaced (created, then destroyed)';
  return `planned ${change.actions.join(', ')}`;
}

function changeLine(change: PlannedChange): string {
  const action = isDataLoss(change) ? `**${verb(change)}**` : verb(change);
  const what = change.role ? `${change.role} ` : '';
  return `- ${action}: ${what}${code(change.address)}${change.reason ? ` — ${change.reason}` : ''}`;
}

/** A host's name, with its module where the stack was composed into one: two modules may hold hosts of one name. */
function hostLabel(name: string, module: string): string {
  return `${code(name)}${module ? ` in ${code(module)}` : ''}`;
}

function dataLossLine(loss: DataLoss): string {
  const what = loss.changes.map((c) => `${c.role} ${verb(c)}`).join(', ');
  return `- **Virtual cluster ${code(loss.virtualCluster)} — group ${code(loss.group)}, host ${hostLabel(loss.host, loss.module)}**: ${what}.`;
}

function summary(counts: Readonly<Record<ChangeKind, number>>): string {
  const parts = (
    [
      ['create', 'created'],
      ['update', 'updated in place'],
      ['replace', 'replaced'],
      ['delete', 'destroyed'],
      ['other', 'with other actions'],
    ] as const
  )
    .filter(([kind]) => counts[kind] > 0)
    .map(([kind, text]) => `${counts[kind]} ${text}`);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return total === 0 ? 'No changes.' : `${total} resource change(s): ${parts.join(', ')}.`;
}

function hostSection(host: HostChanges): string[] {
  const out = [`### Host ${hostLabel(host.name, host.module)}`, ''];
  if (host.changes.length) out.push(...host.changes.map(changeLine), '');
  for (const vc of host.virtualClusters) out.push(`#### Virtual cluster ${code(vc.name)}`, '', ...vc.changes.map(changeLine), '');
  return out;
}

/** The review as Markdown for a pull request comment: data loss first, then group by group. */
export function renderPlanReview(review: PlanReview): string {
  const out = ['# Terraform plan review', '', summary(review.counts), ''];
  if (review.dataLoss.length) {
    out.push('## Data loss', '', "Replacing or destroying a virtual cluster's release or namespace deletes its control plane, workloads and volumes.", '', ...review.dataLoss.map(dataLossLine), '');
  }
  for (const group of review.groups) out.push(`## Group ${group.name === UNKNOWN_GROUP ? UNKNOWN_GROUP : code(group.name)}`, '', ...group.hosts.flatMap(hostSection));
  if (review.other.length) out.push('## Other resources', '', ...review.other.map(changeLine), '');
  return out.join('\n');
}
