/**
 * Synth speed at fleet scale, against two anchors a demanding engineer would choose:
 *   - expert: the same fleet written by hand in cdktf as an expert would (bench/expert.ts:
 *     per-host `for_each` namespace and release, the same values from the same builders,
 *     the maps passed as plain overrides);
 *   - floor: the same cdk.tf.json written directly, without cdktf (bench/floor.ts).
 * The first round checks that the three cdk.tf.json files are byte-identical. Every
 * measurement runs in its own Node process; each round runs ours, expert, floor in turn, and
 * the medians over the rounds are printed, one JSON line per figure (stdout; progress goes to
 * stderr).
 *
 *   npm run bench                                  (tsx bench/run.ts; 10/100, 50/1,000, 200/20,000)
 *   npm run bench -- --full                        (adds 1,000 hosts / 100,000 virtual clusters)
 *   BENCH_RUNS=1 npx tsx bench/run.ts --scales 10x100,50x1000
 *   npx tsx bench/run.ts --scales 0,1 --no-violation --no-npm-synth --no-import --no-verify --no-review-size --no-sharded --no-one-vc-change
 *   BENCH_SOURCE_MAPS=off npm run bench            (builders without tsx's source-mapped stack traces)
 *   npm run bench -- --instructions                (also ours and the floor in instructions executed, under valgrind, up to 20,000 VCs)
 *   npx tsx bench/run.ts --scales 200x20000 --no-anchors --instructions --no-import --no-violation --no-npm-synth --no-review-size --no-sharded --no-one-vc-change
 *
 * ratio_expert = ours_ms / expert_ms, ratio_floor = ours_ms / floor_ms, rss_ratio_expert =
 * ours_rss_mb / expert_rss_mb (below 1: ours is cheaper). ms is the in-process wall time of
 * construct + synth (the floor: build + write); rss_mb is the process's peak RSS.
 */
import { spawn } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { compiledEntry, isStale, loadArgs, SOURCE_ENTRY } from './import-cost';
import { readFileSync } from 'fs';
import { argValue, FULL_SCALE, parseScales, RunResult, Scale, STACK_NAME } from './topology';

const ROOT = join(__dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const scales = parseScales(argValue(args, '--scales') ?? process.env.BENCH_SCALES).concat(flag('--full') ? [FULL_SCALE] : []);
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
const importRuns = Math.max(1, Number(process.env.BENCH_IMPORT_RUNS ?? Math.max(7, runs)) || 7);

const tempRoot = mkdtempSync(join(tmpdir(), 'cg-bench-'));
let cleaned = false;
function cleanUp(): void {
  if (cleaned) return;
  cleaned = true;
  rmSync(tempRoot, { recursive: true, force: true });
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

let counter = 0;
function newOutdir(label: string): string {
  const dir = join(tempRoot, `${++counter}-${label}`);
  mkdirSync(dir);
  return dir;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;

function log(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** Runs a command to its end; resolves with its stdout, stderr and wall time, rejects on a non-zero exit. */
function run(command: string, commandArgs: readonly string[]): Promise<{ stdout: string; stderr: string; wallMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: undefined } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code === 0) resolve({ stdout, stderr, wallMs });
      else reject(new Error(`${command} ${commandArgs.join(' ')} exited with ${code}\n${stderr.slice(-3000)}`));
    });
  });
}

type Kind = 'ours' | 'expert' | 'floor';

/** node's arguments for one builder (bench/<kind>.ts) at a scale. */
function builderArgs(kind: Kind, scale: Scale, outdir: string, violation = false): string[] {
  return ['--import', 'tsx', join('bench', `${kind}.ts`), '--hosts', String(scale.hosts), '--vcs', String(scale.vcs), '--outdir', outdir, ...(violation ? ['--violation'] : [])];
}

/** One builder (bench/<kind>.ts) in a fresh Node process. */
async function builder(kind: Kind, scale: Scale, options: { violation?: boolean; keep?: boolean } = {}): Promise<{ result: RunResult; outdir: string }> {
  const outdir = newOutdir(`${kind}-${scale.hosts}x${scale.vcs}`);
  try {
    const { stdout } = await run(process.execPath, builderArgs(kind, scale, outdir, options.violation));
    const result = JSON.parse(stdout.trim().split('\n').pop() as string) as RunResult;
    return { result, outdir };
  } finally {
    if (!options.keep) rmSync(outdir, { recursive: true, force: true });
  }
}

function requireValid(result: RunResult, scale: Scale): void {
  if (result.errors !== 0) throw new Error(`ours at ${scale.hosts}/${scale.vcs}: ${result.errors} error(s); the topology must synthesize cleanly`);
}

function describe(kind: string, result: RunResult): string {
  const parts = [`${round(result.ms)} ms`, `rss ${result.rss_mb} MB`, `construct ${round(result.construct_ms)}`];
  if (result.eval_ms !== undefined) parts.push(`eval ${round(result.eval_ms)}`);
  parts.push(`synth ${round(result.synth_ms)}`);
  if (result.errors !== undefined) parts.push(`errors ${result.errors}`, `warnings ${result.warnings}`);
  return `  ${kind.padEnd(4)} ${parts.join(', ')}`;
}

interface ScaleFigures {
  readonly scale: Scale;
  readonly runs: Record<Kind, RunResult[]>;
}

/** The three cdk.tf.json files must be the same bytes; otherwise the first difference is shown. */
function requireIdentical(outdirs: Partial<Record<Kind, string>>, scale: Scale): void {
  const file = (dir: string): Buffer => readFileSync(join(dir, 'stacks', STACK_NAME, 'cdk.tf.json'));
  const ours = file(outdirs.ours as string);
  for (const kind of ['expert', 'floor'] as const) {
    const other = file(outdirs[kind] as string);
    if (ours.equals(other)) continue;
    let at = 0;
    while (at < ours.length && ours[at] === other[at]) at++;
    const around = (bytes: Buffer): string => JSON.stringify(bytes.subarray(Math.max(0, at - 120), at + 120).toString());
    throw new Error(
      `cdk.tf.json of ours and ${kind} differ at ${scale.hosts}/${scale.vcs}, byte ${at} (${ours.length} and ${other.length} bytes):\n  ours ${around(ours)}\n  ${kind} ${around(other)}`,
    );
  }
  log(`  cdk.tf.json byte-identical: ours, expert, floor (${ours.length} bytes)`);
}

async function benchScale(scale: Scale, verify: boolean): Promise<ScaleFigures> {
  const kinds: Kind[] = ['ours', 'expert', 'floor'];
  log(`scale ${scale.hosts} hosts / ${scale.vcs} VCs, ${runs} round(s) of ${kinds.join(', ')}`);
  const figures: Record<Kind, RunResult[]> = { ours: [], expert: [], floor: [] };
  for (let i = 0; i < runs; i++) {
    const keep = verify && i === 0;
    const outdirs: Partial<Record<Kind, string>> = {};
    try {
      for (const kind of kinds) {
        const { result, outdir } = await builder(kind, scale, { keep });
        if (kind === 'ours') requireValid(result, scale);
        figures[kind].push(result);
        outdirs[kind] = outdir;
        log(describe(kind, result));
      }
      if (keep) requireIdentical(outdirs, scale);
    } finally {
      for (const dir of Object.values(outdirs)) rmSync(dir, { recursive: true, force: true });
    }
  }
  const ms = (kind: Kind): number => median(figures[kind].map((r) => r.ms));
  const rss = (kind: Kind): number => median(figures[kind].map((r) => r.rss_mb));
  console.log(
    JSON.stringify({
      anchors: {
        hosts: scale.hosts,
        vcs: scale.vcs,
        ours_ms: round(ms('ours')),
        expert_ms: round(ms('expert')),
        floor_ms: round(ms('floor')),
        ratio_expert: round(ms('ours') / ms('expert'), 3),
        ratio_floor: round(ms('ours') / ms('floor'), 3),
        rss_ratio_expert: round(rss('ours') / rss('expert'), 3),
        ours_rss_mb: round(rss('ours')),
        expert_rss_mb: round(rss('expert')),
        floor_rss_mb: round(rss('floor')),
      },
    }),
  );
  return { scale, runs: figures };
}

/** The largest scale whose instructions are counted: under valgrind a builder runs 30 to 50 times slower (ours at 20,000 virtual clusters: about two minutes). */
const INSTRUCTIONS_MAX_VCS = 20_000;

/** Instructions one builder executes, counted by valgrind (cachegrind without its cache simulation). */
async function instructionsOf(kind: Kind, scale: Scale): Promise<number> {
  const outdir = newOutdir(`instructions-${kind}-${scale.hosts}x${scale.vcs}`);
  try {
    const { stderr } = await run('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, ...builderArgs(kind, scale, outdir)]);
    const refs = /I\s+refs:\s+([\d,]+)/.exec(stderr);
    if (!refs) throw new Error(`valgrind printed no instruction count for ${kind} at ${scale.hosts}/${scale.vcs}`);
    return Number(refs[1].replace(/,/g, ''));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/**
 * Ours and the floor in instructions executed rather than time (`--instructions`): a count that
 * the machine's load does not move (two runs agree within a few percent), where times of one
 * round vary by a third. Each count is less that of the same program at 1 host / 1 virtual
 * cluster, which is process start and imports. Not the expert: valgrind would take it an hour.
 */
async function instructions(): Promise<void> {
  const counted = scales.filter((scale) => scale.vcs <= INSTRUCTIONS_MAX_VCS);
  log(`instructions (valgrind) of ours and the floor at ${counted.map((s) => `${s.hosts}/${s.vcs}`).join(', ')}`);
  const unit: Scale = { hosts: 1, vcs: 1 };
  const base = { ours: await instructionsOf('ours', unit), floor: await instructionsOf('floor', unit) };
  for (const scale of counted) {
    const ours = (await instructionsOf('ours', scale)) - base.ours;
    const floor = (await instructionsOf('floor', scale)) - base.floor;
    const giga = (count: number): number => round(count / 1e9, 3);
    console.log(
      JSON.stringify({
        instructions: {
          hosts: scale.hosts,
          vcs: scale.vcs,
          ours_g: giga(ours),
          floor_g: giga(floor),
          ratio_floor: round(ours / floor, 3),
          base_ours_g: giga(base.ours),
          base_floor_g: giga(base.floor),
        },
      }),
    );
  }
}

async function importCost(): Promise<void> {
  const compiled = compiledEntry();
  const kinds = compiled ? (['compiled', 'source'] as const) : (['source'] as const);
  log(`import cost, ${importRuns} alternating run(s) of each (${kinds.join(', ')})`);
  const modes = ['cdktf', 'entry', 'raw-deps'] as const;
  type Sample = { ms: number; after_cdktf_ms: number };
  const figures: Record<string, unknown> = {};
  for (const kind of kinds) {
    const samples: Record<(typeof modes)[number], Sample[]> = { cdktf: [], entry: [], 'raw-deps': [] };
    for (const mode of modes) await run(process.execPath, loadArgs(kind, mode)); // warm caches (tsx's, the file cache)
    for (let i = 0; i < importRuns; i++) {
      for (const mode of modes) samples[mode].push(JSON.parse((await run(process.execPath, loadArgs(kind, mode))).stdout.trim()) as Sample);
    }
    const cdktf = median(samples.cdktf.map((s) => s.ms));
    const withEntry = median(samples.entry.map((s) => s.ms));
    const entry = kind === 'source' ? SOURCE_ENTRY : (compiled as string);
    figures[kind] = {
      entry: entry.slice(ROOT.length + 1),
      ...(kind === 'compiled' ? { stale_build: isStale(entry) } : { loader: 'tsx' }),
      cdktf_ms: round(cdktf),
      cdktf_then_entry_ms: round(withEntry),
      entry_beyond_cdktf_ms: round(withEntry - cdktf),
      entry_in_process_after_cdktf_ms: round(median(samples.entry.map((s) => s.after_cdktf_ms))),
      cdktf_then_raw_provider_imports_ms: round(median(samples['raw-deps'].map((s) => s.ms))),
      raw_provider_imports_after_cdktf_ms: round(median(samples['raw-deps'].map((s) => s.after_cdktf_ms))),
    };
  }
  console.log(JSON.stringify({ import_cost: { runs: importRuns, ...figures } }));
}

/** Cost per virtual cluster at each scale from 1,000 on, against its cost at 1,000 (flat: ratios near 1). */
function linearity(figures: readonly ScaleFigures[]): void {
  const perVc = (f: ScaleFigures, kind: Kind): number => median(f.runs[kind].map((r) => r.ms)) / f.scale.vcs;
  const base = figures.find((f) => f.scale.vcs === 1_000);
  const larger = figures.filter((f) => f.scale.vcs > 1_000);
  if (!base || larger.length === 0) {
    log('per-VC linearity: needs the 1,000 VC scale and a larger one; skipped');
    return;
  }
  for (const f of larger) {
    console.log(
      JSON.stringify({
        per_vc_linearity: {
          vcs: f.scale.vcs,
          ours_ms_per_vc: round(perVc(f, 'ours'), 4),
          ours_ms_per_vc_at_1000: round(perVc(base, 'ours'), 4),
          ratio: round(perVc(f, 'ours') / perVc(base, 'ours'), 3),
          expert_ratio: round(perVc(f, 'expert') / perVc(base, 'expert'), 3),
          floor_ratio: round(perVc(f, 'floor') / perVc(base, 'floor'), 3),
        },
      }),
    );
  }
}

async function violation(figures: readonly ScaleFigures[]): Promise<void> {
  const target = figures.find((f) => f.scale.vcs === 20_000) ?? [...figures].sort((a, b) => b.scale.vcs - a.scale.vcs)[0];
  if (!target) return;
  const scale = target.scale;
  log(`validation with one violation at ${scale.hosts} hosts / ${scale.vcs} VCs, ${runs} run(s)`);
  const results: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    const { result } = await builder('ours', scale, { violation: true });
    if (!result.threw || result.errors !== 1) throw new Error(`violation run: expected synth to throw with exactly one error, got threw=${result.threw} errors=${result.errors}`);
    results.push(result);
    log(describe('viol', result));
  }
  const ms = median(results.map((r) => r.ms));
  const evalMs = median(results.map((r) => r.eval_ms ?? 0));
  const validMs = median(target.runs.ours.map((r) => r.ms));
  const validEval = median(target.runs.ours.map((r) => r.eval_ms ?? 0));
  console.log(
    JSON.stringify({
      validation_one_violation: {
        hosts: scale.hosts,
        vcs: scale.vcs,
        threw: true,
        errors: 1,
        error: results[0].first_error?.slice(0, 160),
        ms_until_throw: round(ms),
        eval_ms: round(evalMs),
        valid_eval_ms: round(validEval),
        eval_ratio: round(evalMs / validEval, 3),
        valid_synth_ms: round(validMs),
      },
    }),
  );
}

async function npmSynth(): Promise<void> {
  const count = 3;
  log(`npm run synth (default example): 1 warm-up, ${count} timed`);
  await run('npm', ['run', 'synth']);
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push((await run('npm', ['run', 'synth'])).wallMs);
  console.log(JSON.stringify({ npm_run_synth: { runs: count, median_ms: round(median(times)), all_ms: times.map((t) => round(t)) } }));
}

/** The review of a 20,000-virtual-cluster fleet: review.md, its Mermaid diagrams, and the pull-request comment of a plan changing every virtual cluster (bench/review-size.ts). */
async function reviewSize(): Promise<void> {
  log('review size at 200 hosts / 20,000 VCs');
  const { stdout } = await run(process.execPath, ['--import', 'tsx', join('bench', 'review-size.ts'), '--hosts', '200', '--vcs', '20000']);
  console.log(JSON.stringify({ review_size: JSON.parse(stdout.trim()) }));
}

/** The fleet sharded per host (bench/sharded.ts): at 200 / 20,000, and at 1,000 / 100,000 with --full; time and peak RSS, stacks, the largest stack's instances. */
async function sharded(): Promise<void> {
  for (const scale of [{ hosts: 200, vcs: 20_000 }, ...(flag('--full') ? [FULL_SCALE] : [])]) {
    log(`sharded per host at ${scale.hosts} hosts / ${scale.vcs} VCs`);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join('bench', 'sharded.ts'), '--hosts', String(scale.hosts), '--vcs', String(scale.vcs), '--outdir', newOutdir('sharded')]);
    console.log(JSON.stringify({ sharded: JSON.parse(stdout.trim()) }));
  }
}

/** One virtual cluster edited in the 20,000-virtual-cluster fleet sharded per host: which stacks' cdk.tf.json change, and what share of the fleet's instances they hold. */
async function oneVcChange(): Promise<void> {
  log('one virtual cluster edited, sharded per host, at 200 hosts / 20,000 VCs');
  const { stdout } = await run(process.execPath, ['--import', 'tsx', join('bench', 'sharded.ts'), '--hosts', '200', '--vcs', '20000', '--outdir', newOutdir('one-vc-change'), '--one-vc-change']);
  console.log(JSON.stringify({ one_vc_change: JSON.parse(stdout.trim()) }));
}

async function main(): Promise<void> {
  const started = performance.now();
  const smallest = [...scales].sort((a, b) => a.vcs - b.vcs)[0];
  log(`source maps in the builders: ${process.env.BENCH_SOURCE_MAPS === 'off' ? 'off (BENCH_SOURCE_MAPS=off)' : "on (tsx's default)"}`);
  log(`warm-up (tsx cache, file cache) at ${smallest.hosts}/${smallest.vcs}`);
  for (const kind of ['ours', 'expert', 'floor'] as const) await builder(kind, smallest);
  const figures: ScaleFigures[] = [];
  if (!flag('--no-anchors')) for (const scale of scales) figures.push(await benchScale(scale, !flag('--no-verify')));
  if (flag('--instructions')) await instructions();
  if (!flag('--no-import')) await importCost();
  linearity(figures);
  if (!flag('--no-violation')) await violation(figures);
  if (!flag('--no-npm-synth')) await npmSynth();
  if (!flag('--no-review-size')) await reviewSize();
  if (!flag('--no-sharded')) await sharded();
  if (!flag('--no-one-vc-change')) await oneVcChange();
  log(`bench total ${round((performance.now() - started) / 1000)} s`);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  cleanUp();
  process.exit(1);
});
