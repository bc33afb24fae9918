/**
 * The Python bindings, as a Python user gets them: jsii-pacmak generates them from the jsii assembly
 * (`npm run build` makes it) and builds a wheel; a virtual environment with the pinned runtime
 * (test/python/requirements.txt, cached outside the repository) installs it; test/python/app.py
 * synthesizes groups, hosts, virtual clusters and a fleet whose chooser and configurer are Python
 * classes; its output must be byte-identical to that of its TypeScript twin, test/python/app.ts.
 *
 * Slow (a build, pacmak, a wheel, a venv the first time): it runs only with CG_PYTHON_TEST=1.
 */
import { createHash } from 'crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { homedir, tmpdir } from 'os';
import { join, relative } from 'path';
import { run } from './support/command';

const ENABLED = process.env.CG_PYTHON_TEST === '1';
const ROOT = join(__dirname, '..');
const TIMEOUT_MS = 600_000;
const REQUIREMENTS = join(__dirname, 'python', 'requirements.txt');
// jsii's tools and its Python runtime warn at length that Node 20 is past its end of life; the output compared must be ours.
const QUIET_NODE = { JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20', JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION: '1', CHECKPOINT_DISABLE: '1' };

if (!ENABLED) process.stdout.write('test/python.test.ts: skipped (set CG_PYTHON_TEST=1 to generate, install and run the Python bindings)\n');

/** A virtual environment with the pinned runtime, one per content of the requirements, under ~/.cache. */
function pythonEnvironment(): string {
  const key = createHash('sha256').update(readFileSync(REQUIREMENTS)).digest('hex').slice(0, 16);
  const venv = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'cdktf-cluster-groups-python', key);
  const python = join(venv, 'bin', 'python');
  if (!existsSync(join(venv, 'ready'))) {
    rmSync(venv, { recursive: true, force: true });
    run('python3', ['-m', 'venv', venv], ROOT);
    run(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', REQUIREMENTS], ROOT);
    run('touch', [join(venv, 'ready')], ROOT);
  }
  return python;
}

/** Every file under a folder, by relative path, with its bytes. */
function tree(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(folder, path), readFileSync(path, 'utf8'));
    }
  };
  walk(folder);
  return files;
}

(ENABLED ? describe : describe.skip)('the Python bindings', () => {
  let work = '';
  let python = '';

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'cg-python-'));
    run('npm', ['run', 'build'], ROOT, QUIET_NODE);
    const dist = join(work, 'dist');
    run(join(ROOT, 'node_modules', '.bin', 'jsii-pacmak'), ['--targets', 'python', '--outdir', dist], ROOT, QUIET_NODE);
    const wheels = readdirSync(join(dist, 'python')).filter((name) => name.endsWith('.whl'));
    expect(wheels).toHaveLength(1);
    python = pythonEnvironment();
    run(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-deps', '--force-reinstall', join(dist, 'python', wheels[0])], ROOT);
  }, TIMEOUT_MS);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it(
    'synthesize from Python exactly what the same app synthesizes in TypeScript, with Python classes as the fleet’s chooser and configurer',
    () => {
      const fromPython = join(work, 'python-out');
      const fromTypeScript = join(work, 'typescript-out');
      mkdirSync(fromPython);
      const printed = run(python, [join(__dirname, 'python', 'app.py'), fromPython], ROOT, QUIET_NODE).stdout;
      const twin = run(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(__dirname, 'python', 'app.ts'), fromTypeScript], ROOT, QUIET_NODE).stdout;

      const result = JSON.parse(printed);
      expect(result.synthesized).toBe(true);
      expect(result.findings.map((finding: { rule: string; severity: string }) => [finding.rule, finding.severity])).toEqual([
        ['CG-4', 'error'],
        ['VC-2', 'error'],
      ]);
      expect(printed).toBe(twin);

      const written = tree(fromPython);
      const typescript = tree(fromTypeScript);
      expect([...written.keys()].sort()).toEqual([...typescript.keys()].sort());
      expect([...written.keys()]).toEqual(expect.arrayContaining(['stacks/single/cdk.tf.json', 'stacks/fleet-dc-lb-private-cloud/cdk.tf.json', 'stacks/fleet-web-public-cloud/cdk.tf.json']));
      for (const [file, text] of typescript) expect({ file, text: written.get(file) }).toEqual({ file, text });
      // The Python configurer gave each shard its backend.
      expect(JSON.parse(written.get('stacks/fleet-web-public-cloud/cdk.tf.json')!).terraform.backend.local.path).toBe('state/web-public-cloud.tfstate');
    },
    TIMEOUT_MS,
  );
});
