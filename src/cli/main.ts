import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { basename, join } from 'path';
import { packageRoot } from '../package-root';
import { GITHUB_COMMENT_MAX, renderPlanComment, renderPlanReview, StackReview } from '../review/plan-markdown';
import { NamedView, PlanFormatError, PlanReview, reviewPlan } from '../review/plan-review';
import { mergeReports, planReportJson, stacksOfReport } from './plan-reports';
import type { ReviewView } from '../review/view';
import { terminalLine, terminalText } from '../review/inert';
import { kubeconfigHowTo } from '../review/kubeconfig';
import { isMap } from '../model/values';
import { findRule, RULES } from '../rules/registry';

const NAME = 'cdktf-cluster-groups';

/** Exit code of `review-plan --fail-on-destroy` when a virtual cluster would lose its data: distinct from 1, "could not review". */
export const EXIT_DATA_LOSS = 2;

/** Every failure is one line, so a CI log shows the cause and not a stack trace. */
function errorLine(message: string): string {
  return `${NAME}: ${terminalLine(message.replace(/\s+/g, ' ').trim())}\n`;
}

const FS_ERRORS: Readonly<Record<string, string>> = { ENOENT: 'no such file', EISDIR: 'is a directory', EACCES: 'permission denied' };

/** The file name that stands for standard input, as in most Unix tools: `terraform show -json tfplan | cdktf-cluster-groups review-plan -`. */
export const STDIN = '-';

/** What the CLI reads besides files; tests hand in their own. */
export interface CliIo {
  readonly readStdin: () => string;
}

const PROCESS_IO: CliIo = { readStdin: () => readFileSync(0, 'utf8') };

function readJson(file: string, io: CliIo): unknown {
  let text: string;
  try {
    text = file === STDIN ? io.readStdin() : readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new Error(`cannot read ${file}: ${FS_ERRORS[code] ?? (error as Error).message}`);
  }
  // PowerShell 5's `>` writes UTF-16, which no JSON parser reads: say so instead of "not JSON".
  if (text.includes('\u0000')) throw new Error(`${file} is UTF-16 text; write it as UTF-8: terraform show -json tfplan | Out-File -Encoding utf8 ${file}`);
  try {
    // A byte-order mark is not JSON, but editors on Windows add one.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${file} is not JSON: ${(error as Error).message}`);
  }
}

/** Only the fields the plan review reads are checked: review.json is our own output, but the path given may be anything. */
function isReviewView(value: unknown): value is ReviewView {
  const groups = isMap(value) ? value.groups : undefined;
  return (
    Array.isArray(groups) &&
    groups.every(
      (group) =>
        isMap(group) &&
        typeof group.key === 'string' &&
        Array.isArray(group.hosts) &&
        group.hosts.every((host) => isMap(host) && typeof host.name === 'string' && typeof host.alias === 'string') &&
        Array.isArray(group.virtualClusters) &&
        group.virtualClusters.every((vc) => isMap(vc) && typeof vc.name === 'string' && typeof vc.host === 'string'),
    )
  );
}

function readReview(file: string): NamedView {
  if (file === STDIN) throw new Error(`--review takes a file: only the plan may come from standard input`);
  const value = readJson(file, PROCESS_IO);
  if (!isReviewView(value)) throw new Error(`${file} is not a cluster-groups review.json (expected groups with hosts and virtual clusters)`);
  return { source: file, view: value };
}

/** What `cdktf synth` wrote for every stack of the app in the current folder. */
function synthesizedReviews(cwd: string): string[] {
  const dir = join(cwd, 'cdktf.out', 'cluster-groups');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((stack) => join(dir, stack, 'review.json'))
    .filter((file) => existsSync(file));
}

/** The review.json files given with `--review`, else every one `cdktf synth` wrote under the current folder. */
function reviewFiles(given: readonly string[]): readonly string[] {
  return given.length ? given : synthesizedReviews(process.cwd());
}

/** How a command prints what it found: Markdown or text for people, JSON for scripts. */
export type OutputFormat = 'markdown' | 'text' | 'json';

interface ReviewPlanOptions {
  readonly review: string[];
  readonly failOnDestroy?: boolean;
  readonly format: OutputFormat;
  readonly stack?: string;
  readonly merge?: boolean;
  readonly commentOut?: string;
  readonly maxChars: number;
  readonly fullReview: string;
}

/** The plan's file name leads the message: a CI job may review several plans. */
function reviewFile(planFile: string, views: readonly NamedView[], io: CliIo): PlanReview {
  const plan = readJson(planFile, io);
  try {
    return reviewPlan(plan, views);
  } catch (error) {
    if (error instanceof PlanFormatError) throw new Error(`${planFile}: ${error.message}`);
    throw error;
  }
}

/** A plan's stack, as the review names it: `--stack`, or the plan file's name without `.json`. */
function stackName(planFile: string, options: ReviewPlanOptions): string {
  if (options.stack !== undefined) return options.stack;
  return planFile === STDIN ? 'standard input' : basename(planFile).replace(/\.json$/i, '');
}

/** Each file's stacks: the plans reviewed (each against the review.json that fits it), or with --merge the reports read back. */
function reviewsOf(files: readonly string[], options: ReviewPlanOptions, io: CliIo): StackReview[] {
  if (options.merge) {
    if (options.review.length || options.stack !== undefined) throw new Error('--review and --stack are for plans; the reports given to --merge were reviewed already');
    return mergeReports(files.map((file) => ({ file, stacks: stacksOfReport(readJson(file, io), file) })));
  }
  if (options.stack !== undefined && files.length > 1) throw new Error('--stack names the stack of one plan; with several plans, each is named by its file');
  const views = reviewFiles(options.review).map(readReview);
  return mergeReports(files.map((file) => ({ file, stacks: [{ stack: stackName(file, options), ...reviewFile(file, views, io) }] })));
}

function reviewPlanCommand(files: readonly string[], options: ReviewPlanOptions, io: CliIo): number {
  const reviews = reviewsOf(files, options, io);
  if (options.commentOut !== undefined) writeFileSync(options.commentOut, `${renderPlanComment(reviews, { maxChars: options.maxChars, fullReview: options.fullReview })}\n`);
  process.stdout.write(options.format === 'json' ? planReportJson(reviews) : terminalText(renderPlanReview(reviews)));
  return options.failOnDestroy && reviews.some((review) => review.dataLoss.length) ? EXIT_DATA_LOSS : 0;
}

/** The least room a comment can say anything useful in: the summary, one virtual cluster losing data, and where the rest is. */
const MIN_COMMENT_CHARS = 1_000;

function maxChars(value: string): number {
  const chars = Number(value);
  if (!Number.isInteger(chars) || chars < MIN_COMMENT_CHARS) throw new InvalidArgumentError(`expected a whole number of at least ${MIN_COMMENT_CHARS}`);
  return chars;
}

/** The commands that fetch a virtual cluster's kubeconfig after apply (never the secret itself), from the stack's review.json. */
function kubeconfigCommand(target: string, options: { review: string[]; format: OutputFormat }): string {
  const files = reviewFiles(options.review);
  const howTo = kubeconfigHowTo(
    files.map((file) => readReview(file).view),
    target,
  );
  if (options.format === 'json') return `${JSON.stringify({ formatVersion: KUBECONFIG_FORMAT_VERSION, ...howTo }, null, 2)}\n`;
  return `${howTo.commands.join('\n')}\n`;
}

/** The version of the JSON that `kubeconfig --format json` prints. */
const KUBECONFIG_FORMAT_VERSION = 1;

function explain(id: string): string {
  const rule = findRule(id);
  if (!rule) throw new Error(`unknown rule ${JSON.stringify(id)}; known rules: ${RULES.map((r) => r.id).join(', ')}`);
  return [
    `${rule.id}: ${rule.title}`,
    '',
    `Why: ${rule.rationale}`,
    '',
    `How to fix: ${rule.remedy} Each finding printed at synth names its construct path and ends with the fix for that case.`,
    '',
    ...(rule.details ? [rule.details(), ''] : []),
  ].join('\n');
}

/** One stack of the synthesized app, as a CI matrix needs it: where to run terraform, and its review.json. */
export interface StackEntry {
  readonly name: string;
  readonly workingDirectory: string;
  readonly review?: string;
}

/** The stacks cdktf wrote into `outdir`, read from its manifest.json, in name order. */
function synthesizedStacks(outdir: string): StackEntry[] {
  if (!existsSync(join(outdir, 'manifest.json'))) throw new Error(`no ${join(outdir, 'manifest.json')}: run cdktf synth first (or name its output folder with --out)`);
  const manifest = readJson(join(outdir, 'manifest.json'), PROCESS_IO);
  const stacks = isMap(manifest) ? manifest.stacks : undefined;
  if (!isMap(stacks)) throw new Error(`${join(outdir, 'manifest.json')} is not a cdktf manifest (expected stacks); run cdktf synth first`);
  return Object.values(stacks)
    .map((stack) => {
      if (!isMap(stack) || typeof stack.name !== 'string' || typeof stack.workingDirectory !== 'string') {
        throw new Error(`${join(outdir, 'manifest.json')}: a stack without a name or working directory`);
      }
      const review = join(outdir, 'cluster-groups', stack.name, 'review.json');
      return { name: stack.name, workingDirectory: join(outdir, stack.workingDirectory), ...(existsSync(review) ? { review } : {}) };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function stacksList(outdir: string, format: OutputFormat): string {
  const stacks = synthesizedStacks(outdir);
  return format === 'json' ? `${JSON.stringify(stacks)}\n` : stacks.map((stack) => `${stack.name}\n`).join('');
}

function rulesList(format: OutputFormat): string {
  if (format === 'json')
    return `${JSON.stringify(
      RULES.map((rule) => ({ id: rule.id, severities: rule.severities, title: rule.title })),
      null,
      2,
    )}\n`;
  return RULES.map((rule) => `${rule.id}\t${rule.severities.join(' / ')}\t${rule.title}\n`).join('');
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function formatOption(formats: readonly OutputFormat[], fallback: OutputFormat): Option {
  return new Option('--format <format>', 'how to print the result').choices(formats).default(fallback);
}

function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** A fresh program per call: commander keeps parsed state on the instance, and tests call main() repeatedly. */
function program(setExitCode: (code: number) => void, io: CliIo): Command {
  const root = new Command(NAME)
    .description('Review Terraform plans of cluster groups and explain the synth-time rules.')
    .version(version(), '-V, --version', 'print the version of cdktf-cluster-groups')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => process.stdout.write(text),
      writeErr: (text) => process.stderr.write(text),
      outputError: (text, write) => write(errorLine(text.replace(/^error: /, ''))),
    });
  root
    .command('review-plan')
    .description('Summarize plans (one per stack) by stack, group, host and virtual cluster as Markdown, data loss first.')
    .argument(
      '<plan.json...>',
      `plans as JSON (terraform show -json tfplan > plan.json), one per stack, or ${STDIN} to read one from standard input; with --merge, reports of review-plan --format json`,
    )
    .addOption(
      new Option('--review <review.json>', "a stack's review.json written by synth; if repeated, each plan takes the one that knows its hosts")
        .argParser(collect)
        .default([], 'the one of cdktf.out/cluster-groups/*/review.json here that fits each plan'),
    )
    .option('--stack <name>', "the plan's stack, as the review names it (one plan only; default: the plan file's name)")
    .option('--merge', 'the files are reports of review-plan --format json, one per stack (or several): review them as one')
    .option('--fail-on-destroy', `exit with code ${EXIT_DATA_LOSS} when a virtual cluster of any stack would be replaced or destroyed`)
    .addOption(formatOption(['markdown', 'json'], 'markdown'))
    .option('--comment-out <comment.md>', 'also write a pull-request comment: the summary and all data loss first, then as much of the review as fits in --max-chars')
    .addOption(new Option('--max-chars <n>', 'the most characters the comment may hold').argParser(maxChars).default(GITHUB_COMMENT_MAX, `${GITHUB_COMMENT_MAX}, GitHub's limit`))
    .option('--full-review <where>', 'where the comment says the full review is (a file or an artifact)', "review-plan's full output")
    .action((files: string[], options: ReviewPlanOptions) => setExitCode(reviewPlanCommand(files, options, io)));
  root
    .command('stacks')
    .description('List the stacks of the synthesized app (for a CI matrix: one job per stack).')
    .option('--out <dir>', 'the folder cdktf synth wrote', 'cdktf.out')
    .addOption(formatOption(['text', 'json'], 'text'))
    .action((options: { out: string; format: OutputFormat }) => {
      process.stdout.write(stacksList(options.out, options.format));
    });
  root
    .command('rules')
    .description('List every rule checked at synth, with its ID.')
    .addOption(formatOption(['text', 'json'], 'text'))
    .action((options: { format: OutputFormat }) => {
      process.stdout.write(rulesList(options.format));
    });
  root
    .command('kubeconfig')
    .description("Print the commands that fetch a virtual cluster's kubeconfig from its host after apply (never the kubeconfig itself).")
    .argument('<group/virtual-cluster>', 'the group (project/name for a project group) and the virtual cluster, as the summary names them')
    .addOption(
      new Option('--review <review.json>', "the stack's review.json written by synth; if repeated, the first that has the virtual cluster")
        .argParser(collect)
        .default([], 'every cdktf.out/cluster-groups/*/review.json here'),
    )
    .addOption(formatOption(['text', 'json'], 'text'))
    .action((target: string, options: { review: string[]; format: OutputFormat }) => {
      process.stdout.write(kubeconfigCommand(target, options));
    });
  root
    .command('explain')
    .description('Say what a rule checks, why it exists and how to fix a finding.')
    .argument('<rule-id>', `one of ${RULES[0].id} … ${RULES[RULES.length - 1].id}`)
    .action((id: string) => {
      process.stdout.write(explain(id));
    });
  return root;
}

/** Runs the CLI on process.argv-style arguments and returns the exit code; never throws, never exits the process. */
export async function main(argv: readonly string[], io: CliIo = PROCESS_IO): Promise<number> {
  let exitCode = 0;
  try {
    await program((code) => (exitCode = code), io).parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    // Commander has already printed its own message (usage error, or help on request).
    if (error instanceof CommanderError) return error.exitCode;
    process.stderr.write(errorLine(error instanceof Error ? error.message : String(error)));
    return 1;
  }
}
