/**
 * Time to load modules in a fresh process (run once per measurement):
 *   node --import tsx bench/import-cost.ts cdktf     require('cdktf') alone
 *   node --import tsx bench/import-cost.ts ours      require('cdktf'), then our package entry
 *   node --import tsx bench/import-cost.ts raw-deps  require('cdktf'), then the four provider classes raw uses
 * Prints {"ms": total, "after_cdktf_ms": the part after cdktf}. The package entry is the
 * compiled dist/constructs/index.js when a dist exists, else constructs/index.ts (through tsx).
 */
import { existsSync } from 'fs';
import { join } from 'path';

export const ENTRY = ((): string => {
  const compiled = join(__dirname, '..', 'dist', 'constructs', 'index.js');
  return existsSync(compiled) ? compiled : join(__dirname, '..', 'constructs', 'index.ts');
})();

const RAW_DEPS = ['@cdktf/provider-helm/lib/provider', '@cdktf/provider-helm/lib/release', '@cdktf/provider-kubernetes/lib/provider', '@cdktf/provider-kubernetes/lib/namespace-v1'];

if (require.main === module) {
  const mode = process.argv[2];
  if (mode !== 'cdktf' && mode !== 'ours' && mode !== 'raw-deps') throw new Error('usage: import-cost.ts cdktf|ours|raw-deps');
  const t0 = performance.now();
  require('cdktf');
  const t1 = performance.now();
  if (mode === 'ours') require(ENTRY);
  if (mode === 'raw-deps') for (const dep of RAW_DEPS) require(dep);
  const t2 = performance.now();
  process.stdout.write(`${JSON.stringify({ ms: t2 - t0, after_cdktf_ms: t2 - t1, entry: mode === 'ours' ? ENTRY : undefined })}\n`);
}
