/**
 * The plan review as Markdown, for one stack's plan or every stack's: the full review, and the
 * pull-request comment, which keeps within a number of characters and says what it leaves out
 * and where the rest is. Data loss comes first in both.
 */
import { codeSpan as code, terminalLine } from './inert';
import { CHANGE_KINDS, ChangeKind, DataLoss, HostChanges, isDataLoss, noChanges, PlannedChange, PlanReview, UNKNOWN_GROUP } from './plan-review';

/** One stack's plan review, under the stack's name: a CI run reviews one plan per stack. */
export interface StackReview extends PlanReview {
  readonly stack: string;
}

/** The most characters GitHub accepts in a pull-request comment ("Body is too long (maximum is 65536 characters)"). */
export const GITHUB_COMMENT_MAX = 65_536;

/** An action as Terraform names them (`delete`, `forget`) plainly, anything else a plan may hold in a code span. */
function action(name: string): string {
  return /^[a-z][a-z-]*$/.test(name) ? name : code(name);
}

function verb(change: PlannedChange): string {
  if (change.kind === 'create') return 'created';
  if (change.kind === 'update') return 'updated in place';
  if (change.kind === 'delete') return change.actions.length > 1 ? `destroyed (${change.actions.map(action).join(', ')})` : 'destroyed';
  if (change.kind === 'move') return 'moved';
  if (change.kind === 'replace') return change.actions[0] === 'delete' ? 'replaced (destroyed, then created)' : 'replaced (created, then destroyed)';
  return `planned ${change.actions.map(action).join(', ')}`;
}

function changeLine(change: PlannedChange): string {
  const action = isDataLoss(change) ? `**${verb(change)}**` : verb(change);
  const what = change.role ? `${change.role} ` : '';
  const kubernetes = change.kubernetes ? ` — Kubernetes ${code(change.kubernetes.from)} → ${code(change.kubernetes.to)}` : '';
  return `- ${action}: ${what}${code(change.address)}${change.reason ? ` — ${change.reason}` : ''}${kubernetes}`;
}

/** A host's name, with its module where the stack was composed into one: two modules may hold hosts of one name. */
function hostLabel(name: string, module: string): string {
  return `${code(name)}${module ? ` in ${code(module)}` : ''}`;
}

/** `stack` is null where the review holds one stack only: its lines then read as they always have. */
function dataLossLine(loss: DataLoss, stack: string | null): string {
  const what = loss.changes.map((c) => `${c.role} ${verb(c)}`).join(', ');
  const where = `${stack === null ? '' : `stack ${code(stack)}, `}group ${code(loss.group)}, host ${hostLabel(loss.host, loss.module)}`;
  return `- **Virtual cluster ${code(loss.virtualCluster)} — ${where}**: ${what}.`;
}

/** How the summary counts each kind, in the order of CHANGE_KINDS. */
const COUNTED: { readonly [K in ChangeKind]: string } = {
  create: 'created',
  update: 'updated in place',
  replace: 'replaced',
  delete: 'destroyed',
  move: 'moved',
  other: 'with other actions',
};

function changesIn(counts: Readonly<Record<ChangeKind, number>>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

function summary(counts: Readonly<Record<ChangeKind, number>>): string {
  const parts = CHANGE_KINDS.filter((kind) => counts[kind] > 0).map((kind) => `${counts[kind]} ${COUNTED[kind]}`);
  const total = changesIn(counts);
  return total === 0 ? 'No changes.' : `${total} resource change(s): ${parts.join(', ')}.`;
}

function totals(reviews: readonly StackReview[]): Record<ChangeKind, number> {
  const counts = noChanges();
  for (const review of reviews) for (const kind of CHANGE_KINDS) counts[kind] += review.counts[kind];
  return counts;
}

/** A part of the review shown whole or not at all, and how many changes it shows. */
interface Block {
  readonly lines: readonly string[];
  readonly changes: number;
}

/**
 * The Kubernetes versions the plan moves virtual clusters between, with how many move: a chart
 * upgrade reads as a version bump of a release, but restarts each control plane on another
 * Kubernetes. Part of the head, so a comment never leaves it out.
 */
function kubernetesLines(reviews: readonly StackReview[]): string[] {
  const moves = new Map<string, { from: string; to: string; count: number }>();
  for (const review of reviews)
    for (const group of review.groups)
      for (const host of group.hosts)
        for (const vc of host.virtualClusters)
          for (const { kubernetes } of vc.changes) {
            if (!kubernetes) continue;
            const key = `${kubernetes.from}\0${kubernetes.to}`;
            moves.set(key, { ...kubernetes, count: (moves.get(key)?.count ?? 0) + 1 });
          }
  return [...moves.keys()]
    .sort()
    .map((key) => moves.get(key)!)
    .map(({ from, to, count }) => `Kubernetes ${code(from)} → ${code(to)}: ${count} virtual cluster(s) (their control planes restart on it).`)
    .flatMap((line) => [line, '']);
}

function head(reviews: readonly StackReview[]): string[] {
  const withChanges = reviews.filter((r) => changesIn(r.counts) > 0).length;
  const stacks = reviews.length > 1 ? ` ${reviews.length} stacks, ${withChanges} with changes.` : '';
  return ['# Terraform plan review', '', `${summary(totals(reviews))}${stacks}`, '', ...kubernetesLines(reviews)];
}

const DATA_LOSS_HEAD = ['## Data loss', '', "Replacing or destroying a virtual cluster's release or namespace deletes its control plane, workloads and volumes.", ''];

function dataLossLines(reviews: readonly StackReview[]): string[] {
  const several = reviews.length > 1;
  return reviews.flatMap((review) => review.dataLoss.map((loss) => dataLossLine(loss, several ? review.stack : null)));
}

function noteBlocks(reviews: readonly StackReview[]): Block[] {
  const several = reviews.length > 1;
  return reviews.flatMap((review) => review.notes.map((note) => ({ lines: [`> **Note${several ? ` (stack ${code(review.stack)})` : ''}:** ${note}`, ''], changes: 0 })));
}

function hostSection(host: HostChanges, depth: string): string[] {
  const changes = host.changes.length ? [...host.changes.map(changeLine), ''] : [];
  const virtualClusters = host.virtualClusters.flatMap((vc) => [`${depth}# Virtual cluster ${code(vc.name)}`, '', ...vc.changes.map(changeLine), '']);
  return [`${depth} Host ${hostLabel(host.name, host.module)}`, '', ...changes, ...virtualClusters];
}

/**
 * Group by group, host by host, one block per host (its group's heading goes with its first
 * host). Several stacks each get a heading and a summary, their groups one level deeper.
 */
function detailBlocks(reviews: readonly StackReview[]): Block[] {
  const several = reviews.length > 1;
  const depth = several ? '###' : '##';
  return reviews.flatMap((review) => {
    const blocks: Block[] = review.groups.flatMap((group) =>
      group.hosts.map((host, h) => ({
        lines: [...(h === 0 ? [`${depth} Group ${group.name === UNKNOWN_GROUP ? UNKNOWN_GROUP : code(group.name)}`, ''] : []), ...hostSection(host, `${depth}#`)],
        changes: host.changes.length + host.virtualClusters.reduce((n, vc) => n + vc.changes.length, 0),
      })),
    );
    if (review.other.length) blocks.push({ lines: [`${depth} Other resources`, '', ...review.other.map(changeLine), ''], changes: review.other.length });
    if (!several) return blocks;
    const stackHead = [`## Stack ${code(review.stack)}`, '', summary(review.counts), ''];
    const [first, ...rest] = blocks;
    return [{ lines: [...stackHead, ...(first?.lines ?? [])], changes: first?.changes ?? 0 }, ...rest];
  });
}

/** The whole review: every change of every stack, data loss first. Built by concatenation: a plan may hold 100,000 changes, too many for push(...spread). */
export function renderPlanReview(reviews: readonly StackReview[]): string {
  const losses = dataLossLines(reviews);
  const dataLoss = losses.length ? DATA_LOSS_HEAD.concat(losses, ['']) : [];
  const rest = [...noteBlocks(reviews), ...detailBlocks(reviews)].flatMap((block) => block.lines);
  return head(reviews).concat(dataLoss, rest).join('\n');
}

export interface CommentOptions {
  /** The most characters the comment may hold. */
  readonly maxChars: number;
  /** Where the full review is, as the comment names it (a file or an artifact). */
  readonly fullReview: string;
}

/** Lines taken while they fit: each counted as the terminal-safe text it is written as, with its line break. */
class Budget {
  readonly lines: string[] = [];
  private used = 0;

  constructor(private readonly max: number) {}

  /** Takes every line or none: none when they would leave less than `reserve` characters. */
  add(lines: readonly string[], reserve: number): boolean {
    const safe = lines.map(terminalLine);
    const size = safe.reduce((n, line) => n + line.length + 1, 0);
    if (this.used + size + reserve > this.max) return false;
    for (const line of safe) this.lines.push(line);
    this.used += size;
    return true;
  }

  /** Lines that must be there whatever the room: what was left out, and where it is. */
  force(lines: readonly string[]): void {
    for (const line of lines.map(terminalLine)) {
      this.lines.push(line);
      this.used += line.length + 1;
    }
  }
}

/**
 * The review as a pull-request comment of at most `maxChars` characters: the summary, then
 * every virtual cluster that loses its data, then notes and changes while they fit, whole
 * hosts at a time. What does not fit is counted and pointed to in `fullReview`. If the data
 * loss alone does not fit, as much of it as fits is listed, then how many more there are.
 */
export function renderPlanComment(reviews: readonly StackReview[], options: CommentOptions): string {
  const where = code(options.fullReview);
  const losses = dataLossLines(reviews);
  const changes = changesIn(totals(reviews));
  const lossTail = (more: number): string[] => [`- **… and ${more} more virtual cluster(s) whose data would be lost, not listed here for room: ${where} lists every one.**`, ''];
  const cutTail = (more: number): string[] => [`_Not shown here for room (a comment holds at most ${options.maxChars} characters): ${more} more change(s); ${where} holds the whole review._`];
  // Room for both closing lines at their longest, whatever is cut.
  const reserve = [...lossTail(losses.length), ...cutTail(changes)].reduce((n, line) => n + line.length + 1, 0);
  const out = new Budget(options.maxChars);
  out.force(head(reviews));
  if (losses.length) {
    out.force(DATA_LOSS_HEAD);
    const listed = losses.findIndex((line) => !out.add([line], reserve));
    if (listed >= 0) {
      out.force([...lossTail(losses.length - listed), ...cutTail(changes)]);
      return out.lines.join('\n');
    }
    out.force(['']);
  }
  let shown = 0;
  for (const block of [...noteBlocks(reviews), ...detailBlocks(reviews)]) {
    // In order or not at all: a reader must not take a later host for the next one.
    if (!out.add(block.lines, reserve)) {
      out.force(cutTail(changes - shown));
      break;
    }
    shown += block.changes;
  }
  return out.lines.join('\n');
}
