import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parse } from 'yaml';
import { main } from '../src/cli/main';

/** The example workflow, run as far as it runs our CLI: its invocations with the CLI's real options, on real files. */
const FILE = join(__dirname, '..', 'examples', 'github-actions', 'cluster-groups-review.yml');
const PLANS = join(__dirname, 'fixtures', 'plans');
const text = readFileSync(FILE, 'utf8');

interface Step {
  readonly id?: string;
  readonly run?: string;
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
}
interface Job {
  readonly steps: Step[];
  readonly strategy?: { matrix: Record<string, unknown> };
  readonly outputs?: Record<string, string>;
}
const workflow = parse(text) as { jobs: Record<string, Job> };

/** What a job's scripts pass to `npx cdktf-cluster-groups`, line continuations joined, up to a redirection or the end of a `$( … )`. */
function invocations(job: string): string[] {
  const scripts = workflow.jobs[job].steps.flatMap((step) => (step.run ? [step.run.replace(/\\\n\s*/g, '')] : []));
  return scripts.flatMap((script) => [...script.matchAll(/npx cdktf-cluster-groups ([^>)\n]*)/g)].map((m) => m[1].trim()));
}

/** A script's words as bash would pass them, for the expansions the workflow uses (`$X`, `${X:+word}`, `"${x[@]}"`). */
function words(line: string, env: Readonly<Record<string, string | readonly string[]>>): string[] {
  const value = (name: string): string => [env[name] ?? ''].flat().join(' ');
  return line
    .replace(/"\$\{(\w+)\[@\]\}"/g, (_, name: string) => value(name))
    .replace(/\$\{(\w+):\+([^}]*)\}/g, (_, name: string, word: string) => (value(name) ? word : ''))
    .replace(/\$(\w+)/g, (_, name: string) => value(name))
    .match(/"[^"]*"|[^\s"]+/g)!
    .map((word) => word.replace(/"/g, ''));
}

/** Runs the CLI in-process in `cwd`, as a step with that working directory would. */
async function cli(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const before = process.cwd();
  process.chdir(cwd);
  try {
    return { code: await main(['node', 'cdktf-cluster-groups', ...args]), stdout, stderr };
  } finally {
    process.chdir(before);
    out.mockRestore();
    err.mockRestore();
  }
}

/** The long options `<command> --help` lists. */
async function optionsOf(command: string): Promise<Set<string>> {
  return new Set((await cli(process.cwd(), [command, '--help'])).stdout.match(/--[a-z][a-z-]*/g));
}

describe('the example GitHub workflow', () => {
  it('passes our CLI only commands and options it has', async () => {
    const calls = ['stacks', 'plan', 'comment'].flatMap(invocations);
    expect(calls.map((call) => call.split(' ')[0])).toEqual(['stacks', 'review-plan', 'review-plan']);
    for (const call of calls) {
      const [command, ...rest] = words(call, {});
      const known = await optionsOf(command);
      expect(rest.filter((word) => word.startsWith('--')).filter((option) => !known.has(option))).toEqual([]);
    }
  });

  it('builds its matrix from what `stacks --format json` prints, and reads only fields it prints', async () => {
    expect(workflow.jobs.plan.strategy?.matrix.stack).toBe('${{ fromJSON(needs.stacks.outputs.stacks) }}');
    expect(workflow.jobs.stacks.outputs?.stacks).toBe('${{ steps.list.outputs.stacks }}');
    expect(workflow.jobs.stacks.steps.find((step) => step.id === 'list')?.run).toMatch(/^echo "stacks=\$\(npx cdktf-cluster-groups stacks [^)]*--format json\)" >> "\$GITHUB_OUTPUT"$/);
    const folder = mkdtempSync(join(tmpdir(), 'cg-workflow-'));
    mkdirSync(join(folder, 'cdktf.out', 'cluster-groups', 'fleet'), { recursive: true });
    writeFileSync(join(folder, 'cdktf.out', 'cluster-groups', 'fleet', 'review.json'), '{}');
    const stack = { name: 'fleet', constructPath: 'fleet', workingDirectory: 'stacks/fleet', synthesizedStackPath: 'stacks/fleet/cdk.tf.json', dependencies: [], annotations: [] };
    writeFileSync(join(folder, 'cdktf.out', 'manifest.json'), JSON.stringify({ version: '0.21.0', stacks: { fleet: stack } }));
    const printed = JSON.parse((await cli(folder, words(invocations('stacks')[0], {}))).stdout);
    const read = new Set([...text.matchAll(/matrix\.stack\.(\w+)/g)].map((m) => m[1]));
    expect([...read].sort()).toEqual(Object.keys(printed[0]).sort());
  });

  it('reviews each stack in its job, then merges the reports into one comment within the limit, failing on data loss', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'cg-workflow-'));
    mkdirSync(join(workspace, 'reports'));
    const [perStack] = invocations('plan');
    const stacks: Array<[string, string, string]> = [
      ['edge', 'update.json', ''],
      ['fleet', 'delete.json', 'cdktf.out/cluster-groups/fleet/review.json'],
    ];
    for (const [stack, plan, review] of stacks) {
      const dir = join(workspace, 'cdktf.out', 'stacks', stack);
      mkdirSync(dir, { recursive: true });
      copyFileSync(join(PLANS, plan), join(dir, 'plan.json'));
      if (review) {
        mkdirSync(join(workspace, 'cdktf.out', 'cluster-groups', stack), { recursive: true });
        copyFileSync(join(PLANS, 'fleet.review.json'), join(workspace, review));
      }
      const result = await cli(dir, words(perStack, { STACK: stack, REVIEW: review, GITHUB_WORKSPACE: workspace }));
      expect(result).toMatchObject({ code: 0, stderr: '' });
      // The download step of the comment job merges the artifacts into reports/.
      writeFileSync(join(workspace, 'reports', `review-plan-${stack}.json`), result.stdout);
    }
    const [merge] = invocations('comment');
    const merged = await cli(workspace, words(merge, { reports: stacks.map(([stack]) => `reports/review-plan-${stack}.json`) }));
    expect(merged.code).toBe(2);
    const comment = readFileSync(join(workspace, 'comment.md'), 'utf8');
    expect(comment.length).toBeLessThanOrEqual(65_000);
    expect(comment.indexOf('## Data loss')).toBeGreaterThan(0);
    expect(comment.indexOf('## Data loss')).toBeLessThan(comment.indexOf('## Stack `edge`'));
    expect(comment).toContain('- **Virtual cluster `ci` — stack `fleet`, group `dc-lb`, host `dc3`**');
    expect(merged.stdout).toContain('2 stacks, 2 with changes.');
  });

  it('hands each stack job’s report to the comment job by artifact name', () => {
    const upload = workflow.jobs.plan.steps.find((step) => step.uses?.startsWith('actions/upload-artifact'));
    const download = workflow.jobs.comment.steps.find((step) => step.uses?.startsWith('actions/download-artifact') && step.with?.pattern);
    expect(upload?.with).toMatchObject({ name: 'review-plan-${{ matrix.stack.name }}', path: 'review-plan-${{ matrix.stack.name }}.json' });
    expect(download?.with).toMatchObject({ pattern: 'review-plan-*', 'merge-multiple': true, path: 'reports' });
  });
});
