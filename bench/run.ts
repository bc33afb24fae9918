/**
 * Synth speed at fleet scale: our constructs against the same topology written by hand in
 * plain cdktf. Every measurement runs in its own Node process; runs alternate ours, raw,
 * ours, raw, ... and the medians are printed, one JSON line per figure (stdout; progress
 * goes to stderr).
 *
 *   npm run bench                                  (tsx bench/run.ts)
 *   BENCH_RUNS=1 npx tsx bench/run.ts --scales 10x100,50x1000
 *   npx tsx bench/run.ts --scales 0,1 --no-violation --no-npm-synth --no-import --no-verify
 *   BENCH_SOURCE_MAPS=off npm run bench            (builders without tsx's source-mapped stack traces)
 *
 * ratio = ours_ms / raw_ms and rss_ratio = ours_rss_mb / raw_rss_mb (below 1: ours is cheaper).
 * ms is the in-process wall time of construct + synth; rss_mb is the process's peak RSS.
 */
import { spawn } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { compiledEntry, isStale, loadArgs, SOURCE_ENTRY } from './import-cost';
import { argValue, parseScales, RunResult, Scale, STACK_NAME } from './topology';
import { compareStacks } from './verify';

const ROOT = join(__dirname, '..');
const args = process.argv.slice(2);
const scales = parseScales(argValue(args, '--scales') ?? process.env.BENCH_SCALES);
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
const importRuns = Math.max(1, Number(process.env.BENCH_IMPORT_RUNS ?? Math.max(7, runs)) || 7);
const flag = (name: string): boolean => args.includes(name);

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

/** Runs a command to its end; resolves with its stdout and wall time, rejects on a non-zero exit. */
function run(command: string, commandArgs: readonly string[]): Promise<{ stdout: string; wallMs: number }> {
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
      if (code === 0) resolve({ stdout, wallMs });
      else reject(new Error(`${command} ${commandArgs.join(' ')} exited with ${code}\n${stderr.slice(-3000)}`));
    });
  });
}

/** One builder (bench/ours.ts or bench/raw.ts) in a fresh Node process. */
async function builder(kind: 'ours' | 'raw', scale: Scale, options: { violation?: boolean; keep?: boolean } = {}): Promise<{ result: RunResult; outdir: string }> {
  const outdir = newOutdir(`${kind}-${scale.hosts}x${scale.vcs}`);
  const file = join('bench', `${kind}.ts`);
  try {
    const { stdout } = await run(process.execPath, [
      '--import',
      'tsx',
      file,
      '--hosts',
      String(scale.hosts),
      '--vcs',
      String(scale.vcs),
      '--outdir',
      outdir,
      ...(options.violation ? ['--violation'] : []),
    ]);
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
  readonly ours: RunResult[];
  readonly raw: RunResult[];
}

async function benchScale(scale: Scale, verify: boolean): Promise<ScaleFigures> {
  log(`scale ${scale.hosts} hosts / ${scale.vcs} VCs, ${runs} alternating run(s) each`);
  const ours: RunResult[] = [];
  const raw: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    const keep = verify && i === 0;
    const a = await builder('ours', scale, { keep });
    requireValid(a.result, scale);
    ours.push(a.result);
    log(describe('ours', a.result));
    const b = await builder('raw', scale, { keep });
    raw.push(b.result);
    log(describe('raw', b.result));
    if (keep) {
      try {
        const { resources, differences } = compareStacks(a.outdir, b.outdir, STACK_NAME);
        if (differences.length > 0) throw new Error(`ours and raw differ at ${scale.hosts}/${scale.vcs} (${differences.length}):\n${differences.slice(0, 5).join('\n')}`);
        log(`  same resources: ${resources} resource instances, providers and outputs identical`);
      } finally {
        rmSync(a.outdir, { recursive: true, force: true });
        rmSync(b.outdir, { recursive: true, force: true });
      }
    }
  }
  const oursMs = median(ours.map((r) => r.ms));
  const rawMs = median(raw.map((r) => r.ms));
  const oursRss = median(ours.map((r) => r.rss_mb));
  const rawRss = median(raw.map((r) => r.rss_mb));
  console.log(
    JSON.stringify({
      hosts: scale.hosts,
      vcs: scale.vcs,
      ours_ms: round(oursMs),
      raw_ms: round(rawMs),
      ratio: round(oursMs / rawMs, 3),
      ours_rss_mb: round(oursRss),
      raw_rss_mb: round(rawRss),
      rss_ratio: round(oursRss / rawRss, 3),
    }),
  );
  return { scale, ours, raw };
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

function linearity(figures: readonly ScaleFigures[]): void {
  const small = figures.find((f) => f.scale.vcs === 1_000);
  const large = figures.find((f) => f.scale.vcs === 20_000);
  if (!small || !large) {
    log('per-VC linearity: needs the 1,000 and the 20,000 VC scales; skipped');
    return;
  }
  const perVc = (f: ScaleFigures, kind: 'ours' | 'raw'): number => median(f[kind].map((r) => r.ms)) / f.scale.vcs;
  console.log(
    JSON.stringify({
      per_vc_linearity: {
        ours_ms_per_vc_at_1000: round(perVc(small, 'ours'), 4),
        ours_ms_per_vc_at_20000: round(perVc(large, 'ours'), 4),
        ratio: round(perVc(large, 'ours') / perVc(small, 'ours'), 3),
        raw_ratio: round(perVc(large, 'raw') / perVc(small, 'raw'), 3),
      },
    }),
  );
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
  const validMs = median(target.ours.map((r) => r.ms));
  const validEval = median(target.ours.map((r) => r.eval_ms ?? 0));
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

async function main(): Promise<void> {
  const started = performance.now();
  const smallest = [...scales].sort((a, b) => a.vcs - b.vcs)[0];
  log(`source maps in the builders: ${process.env.BENCH_SOURCE_MAPS === 'off' ? 'off (BENCH_SOURCE_MAPS=off)' : "on (tsx's default)"}`);
  log(`warm-up (tsx cache, file cache) at ${smallest.hosts}/${smallest.vcs}`);
  await builder('ours', smallest);
  await builder('raw', smallest);
  const figures: ScaleFigures[] = [];
  for (const scale of scales) figures.push(await benchScale(scale, !flag('--no-verify')));
  if (!flag('--no-import')) await importCost();
  linearity(figures);
  if (!flag('--no-violation')) await violation(figures);
  if (!flag('--no-npm-synth')) await npmSynth();
  log(`bench total ${round((performance.now() - started) / 1000)} s`);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  cleanUp();
  process.exit(1);
});
