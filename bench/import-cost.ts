/**
 * Time to load modules in a fresh process, measured inside it: `require('cdktf')` alone,
 * then `require('cdktf')` followed by our package entry (or by the four provider classes
 * the hand-written version imports). Each measurement is its own `node -e` process:
 *   - the compiled entry (package.json "main", e.g. lib/constructs/index.js) with plain node,
 *     what a user of the published package pays; only when it has been built;
 *   - the source entry (constructs/index.ts) with `node --import tsx`, against cdktf
 *     loaded under tsx as well.
 * Print one sample by hand:  npx tsx bench/import-cost.ts source|compiled cdktf|entry|raw-deps
 */
import { spawnSync } from 'child_process';
import { existsSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..');

export const SOURCE_ENTRY = join(ROOT, 'constructs', 'index.ts');

/** The compiled package entry, when it exists. */
export function compiledEntry(): string | undefined {
  const main = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main?: string }).main;
  const candidates = [main, 'dist/constructs/index.js'].filter((c): c is string => typeof c === 'string').map((c) => join(ROOT, c));
  return candidates.find((file) => existsSync(file));
}

/** Whether a source file under constructs/ or src/ is newer than the compiled entry (a stale build). */
export function isStale(compiled: string): boolean {
  const built = statSync(compiled).mtimeMs;
  const newer = spawnSync('find', [join(ROOT, 'constructs'), join(ROOT, 'src'), '-name', '*.ts', '-newer', compiled], { encoding: 'utf8' });
  return built > 0 && newer.stdout.trim().length > 0;
}

export const RAW_DEPS = ['@cdktf/provider-helm/lib/provider', '@cdktf/provider-helm/lib/release', '@cdktf/provider-kubernetes/lib/provider', '@cdktf/provider-kubernetes/lib/namespace-v1'];

export type LoadMode = 'cdktf' | 'entry' | 'raw-deps';

/** The script a fresh process runs: prints {"ms": total, "after_cdktf_ms": the part after cdktf}. */
export function loadScript(mode: LoadMode, entry: string): string {
  const after = mode === 'entry' ? [entry] : mode === 'raw-deps' ? RAW_DEPS : [];
  return [
    'const t0 = performance.now();',
    "require('cdktf');",
    'const t1 = performance.now();',
    ...after.map((m) => `require(${JSON.stringify(m)});`),
    'const t2 = performance.now();',
    'process.stdout.write(JSON.stringify({ ms: t2 - t0, after_cdktf_ms: t2 - t1 }) + "\\n");',
  ].join('\n');
}

/** node's arguments for one sample. */
export function loadArgs(kind: 'source' | 'compiled', mode: LoadMode): string[] {
  const entry = kind === 'source' ? SOURCE_ENTRY : compiledEntry();
  if (!entry) throw new Error('no compiled entry: build the package first (npm run build)');
  return [...(kind === 'source' ? ['--import', 'tsx'] : []), '-e', loadScript(mode, entry)];
}

if (require.main === module) {
  const [kind, mode] = process.argv.slice(2);
  if ((kind !== 'source' && kind !== 'compiled') || (mode !== 'cdktf' && mode !== 'entry' && mode !== 'raw-deps')) throw new Error('usage: import-cost.ts source|compiled cdktf|entry|raw-deps');
  const result = spawnSync(process.execPath, loadArgs(kind, mode), { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(result.stdout);
}
