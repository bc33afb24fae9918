/**
 * The JSON that `review-plan --format json` prints, and reading it back for `review-plan --merge`:
 * one report per stack's CI job, merged into one review of every stack.
 */
import { isMap } from '../model/values';
import { isInertMarkdown } from '../review/inert';
import type { StackReview } from '../review/plan-markdown';
import { CHANGE_KINDS } from '../review/plan-review';

/** The version of the JSON that `review-plan --format json` prints; it changes when a field changes meaning or goes. 2: the reviews are under `stacks`, each named. */
export const PLAN_REVIEW_FORMAT_VERSION = 2;

export function planReportJson(reviews: readonly StackReview[]): string {
  return `${JSON.stringify({ formatVersion: PLAN_REVIEW_FORMAT_VERSION, stacks: reviews }, null, 2)}\n`;
}

const isString = (value: unknown): value is string => typeof value === 'string';
/** Markdown we wrote (a change's role and reason, a note), read back: refused unless it is of the shape we write. */
const isOurMarkdown = (value: unknown): boolean => isString(value) && isInertMarkdown(value);
const markdownOrNull = (value: unknown): boolean => value === null || isOurMarkdown(value);
const listOf = (value: unknown, check: (item: unknown) => boolean): boolean => Array.isArray(value) && value.every(check);

function isChange(value: unknown): boolean {
  return (
    isMap(value) &&
    isString(value.address) &&
    (CHANGE_KINDS as readonly unknown[]).includes(value.kind) &&
    listOf(value.actions, isString) &&
    markdownOrNull(value.role) &&
    markdownOrNull(value.reason) &&
    (value.kubernetes === undefined || (isMap(value.kubernetes) && isString(value.kubernetes.from) && isString(value.kubernetes.to)))
  );
}

function isHost(value: unknown): boolean {
  return (
    isMap(value) &&
    isString(value.name) &&
    isString(value.alias) &&
    isString(value.module) &&
    listOf(value.changes, isChange) &&
    listOf(value.virtualClusters, (vc) => isMap(vc) && isString(vc.name) && listOf(vc.changes, isChange))
  );
}

/** Every field the review reads, of the kind it reads: a report travels between CI jobs as an artifact, and a wrong one must be named, not crash the merge. */
function isStackReview(value: unknown): value is StackReview {
  return (
    isMap(value) &&
    isString(value.stack) &&
    listOf(value.notes, isOurMarkdown) &&
    isMap(value.counts) &&
    CHANGE_KINDS.every((kind) => Number.isInteger((value.counts as Record<string, unknown>)[kind])) &&
    listOf(value.dataLoss, (loss) => isMap(loss) && [loss.virtualCluster, loss.group, loss.host, loss.module].every(isString) && listOf(loss.changes, isChange)) &&
    listOf(value.groups, (group) => isMap(group) && isString(group.name) && listOf(group.hosts, isHost)) &&
    listOf(value.other, isChange)
  );
}

/** The stacks of one report, or an error naming the file and what is wrong with it. */
export function stacksOfReport(value: unknown, file: string): StackReview[] {
  if (!isMap(value) || !('formatVersion' in value)) throw new Error(`${file} is not a report of review-plan --format json`);
  if (value.formatVersion !== PLAN_REVIEW_FORMAT_VERSION)
    throw new Error(`${file} has formatVersion ${JSON.stringify(value.formatVersion)}, this review-plan reads ${PLAN_REVIEW_FORMAT_VERSION}: review its plan again with this version`);
  const stacks = value.stacks;
  if (!Array.isArray(stacks)) throw new Error(`${file}: stacks is not a list`);
  const wrong = stacks.findIndex((stack) => !isStackReview(stack));
  if (wrong >= 0) throw new Error(`${file}: stacks[${wrong}] is not a stack's plan review`);
  return stacks as StackReview[];
}

/** Every report's stacks in name order; a stack twice (one plan reviewed twice, or two stacks of one name) is refused, as its changes would count twice. */
export function mergeReports(reports: ReadonlyArray<{ file: string; stacks: readonly StackReview[] }>): StackReview[] {
  const seen = new Map<string, string>();
  for (const { file, stacks } of reports) {
    for (const { stack } of stacks) {
      const first = seen.get(stack);
      if (first !== undefined) throw new Error(`stack ${JSON.stringify(stack)} is in ${first} and in ${file}: merge one report per stack`);
      seen.set(stack, file);
    }
  }
  return reports.flatMap((report) => report.stacks).sort((a, b) => (a.stack < b.stack ? -1 : a.stack > b.stack ? 1 : 0));
}
