/**
 * The package as a user gets it: `npm pack` (its prepack runs the build), the tarball's file list, then a fresh
 * cdktf app folder that installs the tarball (from the npm cache where it can), synthesizes a group from plain JavaScript,
 * type-checks the same app in TypeScript, runs the CLI through npx, and loads a second copy of the package; and a
 * project set up as the README says, which synthesizes the README's example and runs a cdktf Testing unit test.
 *
 * Slow (a build, a pack and an install): it runs only with CG_PACKAGE_TEST=1.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from './support/command';
import { readmeBlock } from './support/readme';

const ENABLED = process.env.CG_PACKAGE_TEST === '1';
const ROOT = join(__dirname, '..');
const TIMEOUT_MS = 180_000;
const STACK = 'smoke';
const HAS_CLI = existsSync(join(ROOT, 'src', 'cli', 'run.ts'));

if (!ENABLED) process.stdout.write('test/package.test.ts: skipped (set CG_PACKAGE_TEST=1 to pack, install and synth from the tarball)\n');

/** The exact versions this repository installed, so the install can take them from the npm cache. */
function installedVersion(name: string): string {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', ...name.split('/'), 'package.json'), 'utf8')).version;
}

const APP_JS = `'use strict';
const { App, TerraformStack } = require('cdktf');
const cg = require('cdktf-cluster-groups');

const app = new App({ context: { [cg.ClusterGroups.CONTEXT_LOCK_FILE]: false, [cg.ClusterGroups.CONTEXT_FROZEN]: false } });
const stack = new TerraformStack(app, '${STACK}');
const group = new cg.ClusterGroup(stack, 'Group', { name: 'smoke-lb', endpointType: cg.EndpointType.LOAD_BALANCER });
group.addHost('dc1', {
  name: 'dc1',
  kind: cg.HostKind.PRIVATE_CLOUD,
  capacity: { cpu: '16', memory: '64Gi', storage: '500Gi' },
  connection: cg.Connection.kubeconfig('~/.kube/config', 'dc1'),
  endpoint: cg.HostEndpoint.metallb({ addressPools: ['10.1.0.16/28'] }),
});
group.addVirtualCluster('TeamA', { name: 'team-a' });
cg.ClusterGroups.synthesize(app);
`;

const APP_TS = `import { App, TerraformStack } from 'cdktf';
import { ClusterGroup, ClusterGroups, Connection, EndpointType, HostEndpoint, HostKind, VirtualCluster } from 'cdktf-cluster-groups';

const app = new App();
const stack = new TerraformStack(app, '${STACK}');
const group: ClusterGroup = new ClusterGroup(stack, 'Group', { name: 'smoke-lb', endpointType: EndpointType.LOAD_BALANCER });
group.addHost('dc1', {
  name: 'dc1',
  kind: HostKind.PRIVATE_CLOUD,
  capacity: { cpu: '16', memory: '64Gi', storage: '500Gi' },
  connection: Connection.kubeconfig('~/.kube/config', 'dc1'),
  endpoint: HostEndpoint.metallb({ addressPools: ['10.1.0.16/28'] }),
});
const team: VirtualCluster = group.addVirtualCluster('TeamA', { name: 'team-a' });
export const names: string[] = [group.name, team.name];
ClusterGroups.synthesize(app);
`;

/** A user's unit test of their stack, with cdktf's Testing helpers and our findings as data. */
const UNIT_TEST = `import { Testing, TerraformStack } from 'cdktf';
import { ClusterGroup, ClusterGroups, Connection, EndpointType, HostEndpoint, HostKind } from 'cdktf-cluster-groups';

test('team-a fits on dc1, and too small a request is a VC-2 error', () => {
  const stack = new TerraformStack(Testing.app(), 'fleet');
  const group = new ClusterGroup(stack, 'Lb', { name: 'dc-lb', endpointType: EndpointType.LOAD_BALANCER });
  group.addHost('dc1', {
    name: 'dc1',
    kind: HostKind.PRIVATE_CLOUD,
    capacity: { cpu: '32', memory: '128Gi', storage: '1Ti' },
    connection: Connection.kubeconfig('~/.kube/config', 'dc1'),
    endpoint: HostEndpoint.metallb({ addressPools: ['10.1.0.16/28'] }),
  });
  const team = group.addVirtualCluster('TeamA', { name: 'team-a' });
  expect(ClusterGroups.findingsOf(stack).filter((f) => f.severity === 'error')).toEqual([]);
  expect(JSON.parse(Testing.synth(stack)).resource.helm_release.vcluster_dc1.for_each).toHaveProperty('team-a');
  expect(team.name).toBe('team-a');
  group.addVirtualCluster('Tiny', { name: 'tiny', resources: { cpu: '1' } });
  expect(ClusterGroups.findingsOf(stack).map((f) => f.rule)).toContain('VC-2');
});
`;

/** Two copies of the package in one app: the installed one and a second one under vendor/node_modules. */
const BRANDS_JS = `'use strict';
const { join } = require('path');
const { App, TerraformStack } = require('cdktf');
const first = require('cdktf-cluster-groups');
const secondEntry = require.resolve('cdktf-cluster-groups', { paths: [join(__dirname, 'vendor')] });
const second = require(secondEntry);

const app = new App({ context: { [first.ClusterGroups.CONTEXT_LOCK_FILE]: false, [first.ClusterGroups.CONTEXT_FROZEN]: false, [first.ClusterGroups.CONTEXT_QUIET]: true } });
const stack = new TerraformStack(app, 'brands');
const fromSecond = new second.ClusterGroup(stack, 'FromSecond', { name: 'from-second', endpointType: second.EndpointType.LOAD_BALANCER });
const fromFirst = new first.ClusterGroup(stack, 'FromFirst', { name: 'from-first', endpointType: first.EndpointType.LOAD_BALANCER });
process.stdout.write(JSON.stringify({
  firstEntry: require.resolve('cdktf-cluster-groups'),
  secondEntry,
  sameModule: first === second,
  firstSeesSecond: first.ClusterGroup.isClusterGroup(fromSecond),
  secondSeesFirst: second.ClusterGroup.isClusterGroup(fromFirst),
  instanceofAcrossCopies: fromSecond instanceof first.ClusterGroup,
  stackIsNotAGroup: first.ClusterGroup.isClusterGroup(stack),
}));
`;

const EXPORTS_JS = `'use strict';
const result = { packageJson: require('cdktf-cluster-groups/package.json').name };
try {
  require('cdktf-cluster-groups/lib/src/evaluate');
  result.deepImport = 'allowed';
} catch (error) {
  result.deepImport = error.code;
}
process.stdout.write(JSON.stringify(result));
`;

(ENABLED ? describe : describe.skip)('the packed package in a fresh cdktf app', () => {
  let work = '';
  let tarball = '';
  let files: string[] = [];
  let app = '';

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'cg-pack-'));
    const packDir = join(work, 'pack');
    mkdirSync(packDir);
    // prepack runs `npm run build`, so the tarball holds a fresh lib/.
    run('npm', ['pack', '--pack-destination', packDir], ROOT);
    const tgz = readdirSync(packDir).filter((name) => name.endsWith('.tgz'));
    expect(tgz).toHaveLength(1);
    tarball = join(packDir, tgz[0]);
    files = run('tar', ['-tzf', tarball], work)
      .stdout.split('\n')
      .filter((line) => line.length > 0)
      .map((line) => line.replace(/^package\//, ''));

    app = join(work, 'app');
    mkdirSync(app);
    const dependencies: Record<string, string> = { 'cdktf-cluster-groups': `file:${tarball}` };
    for (const name of ['cdktf', 'constructs', '@cdktf/provider-kubernetes', '@cdktf/provider-helm']) dependencies[name] = installedVersion(name);
    writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'cg-pack-smoke', version: '0.0.0', private: true, dependencies }, null, 2)}\n`);
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], app);
  }, TIMEOUT_MS);

  afterAll(() => {
    if (work && process.env.CG_KEEP_PACK_TEST !== '1') rmSync(work, { recursive: true, force: true });
  });

  it('ships the compiled entry with its types, the chart asset, the schemas, the bin and the jsii assembly', () => {
    for (const file of [
      'package.json',
      'lib/constructs/index.js',
      'lib/constructs/index.d.ts',
      'lib/src/package-root.js',
      'assets/metallb-config/Chart.yaml',
      'assets/gateway-config/Chart.yaml',
      'assets/gateway-api-crds/Chart.yaml',
      'schemas/vcluster/values.schema.0.36.1.json',
      'schemas/review.schema.json',
      'bin/cdktf-cluster-groups.js',
      '.jsii',
    ])
      expect(files).toContain(file);
    if (HAS_CLI) expect(files).toContain('lib/src/cli/run.js');
  });

  it('ships no tests, examples, benchmarks or TypeScript sources of ours, and bundles the dependencies, as jsii requires', () => {
    expect(files.filter((file) => /^(test|examples|bench|scripts|src|constructs|cdktf\.out|docs)\//.test(file))).toEqual([]);
    const bundled = new Set(files.filter((file) => file.startsWith('node_modules/')).map((file) => file.split('/')[1]));
    const { dependencies, bundleDependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(bundleDependencies).toEqual(Object.keys(dependencies));
    for (const name of bundleDependencies) expect(bundled).toContain(name);
    // The bundled packages are shipped as their authors publish them (ajv's has its TypeScript sources).
    const ours = files.filter((file) => !file.startsWith('node_modules/'));
    expect(ours.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
    expect(ours.filter((file) => /(^|\/)[^/]+\.test\.(js|d\.ts)$/.test(file))).toEqual([]);
  });

  it('installs and synthesizes a MetalLB host with one virtual cluster from plain JavaScript', () => {
    writeFileSync(join(app, 'main.js'), APP_JS);
    run(process.execPath, ['main.js'], app);

    const stackDir = join(app, 'cdktf.out', 'stacks', STACK);
    const json = JSON.parse(readFileSync(join(stackDir, 'cdk.tf.json'), 'utf8'));
    const releases = json.resource?.helm_release ?? {};
    expect(releases).toHaveProperty('vcluster_dc1');

    // The local chart was found inside the installed package and copied next to the stack
    // (the release is found by its chart path: its address is pinned by the stability tests).
    const local = Object.values<{ chart: string }>(releases).filter((release) => release.chart.startsWith('./assets/'));
    expect(local).toHaveLength(1);
    expect(local[0].chart).toMatch(/^\.\/assets\/metallb-config/);
    const copied = join(stackDir, local[0].chart);
    expect(existsSync(join(copied, 'Chart.yaml'))).toBe(true);
    expect(readFileSync(join(copied, 'Chart.yaml'), 'utf8')).toBe(readFileSync(join(ROOT, 'assets', 'metallb-config', 'Chart.yaml'), 'utf8'));
  });

  it('type-checks the same app in TypeScript against the shipped declarations', () => {
    writeFileSync(join(app, 'main.ts'), APP_TS);
    const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
    for (const resolution of [
      ['--module', 'commonjs', '--moduleResolution', 'node10'],
      ['--module', 'node16', '--moduleResolution', 'node16'],
    ])
      run(process.execPath, [tsc, '--noEmit', '--strict', '--skipLibCheck', '--target', 'ES2022', ...resolution, 'main.ts'], app);
  });

  it('exports only its entry and package.json', () => {
    writeFileSync(join(app, 'exports.js'), EXPORTS_JS);
    const result = JSON.parse(run(process.execPath, ['exports.js'], app).stdout);
    expect(result).toEqual({ packageJson: 'cdktf-cluster-groups', deepImport: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
  });

  it(
    "synthesizes the README's example in a project set up as the README says, and runs a Testing unit test there",
    () => {
      const project = join(work, 'readme-app');
      mkdirSync(project);
      const dependencies: Record<string, string> = { 'cdktf-cluster-groups': `file:${tarball}` };
      for (const name of ['cdktf', 'constructs', '@cdktf/provider-kubernetes', '@cdktf/provider-helm']) dependencies[name] = installedVersion(name);
      // The README's pinned toolchain (cdktf-cli itself is left out: it runs `app` below, and is not in this machine's offline cache).
      const devDependencies: Record<string, string> = {};
      for (const name of ['typescript', 'tsx', 'jest', 'ts-jest', '@types/jest', '@types/node']) devDependencies[name] = installedVersion(name);
      writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'cg-readme-app', version: '0.0.0', private: true, dependencies, devDependencies }, null, 2)}\n`);
      const cdktfJson = { language: 'typescript', app: 'npx tsx main.ts', terraformProviders: [], terraformModules: [], context: {} };
      writeFileSync(join(project, 'cdktf.json'), `${JSON.stringify(cdktfJson, null, 2)}\n`);
      // cdktf 0.21's template tsconfig, in short: CommonJS, strict.
      const tsconfig = {
        compilerOptions: { target: 'ES2018', module: 'CommonJS', lib: ['es2018'], strict: true, skipLibCheck: true, types: ['node', 'jest'] },
        include: ['**/*.ts'],
        exclude: ['node_modules', 'cdktf.out'],
      };
      writeFileSync(join(project, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
      writeFileSync(join(project, 'jest.config.js'), "module.exports = { preset: 'ts-jest', testEnvironment: 'node', testMatch: ['**/*.test.ts'] };\n");
      writeFileSync(join(project, 'main.ts'), readmeBlock('## A short example', 'ts'));
      writeFileSync(join(project, 'fleet.test.ts'), UNIT_TEST);
      run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], project);

      // What `cdktf synth` runs: the app command of cdktf.json.
      const synth = run('npx', ['--no', '--', 'tsx', 'main.ts'], project, { CI: '', CHECKPOINT_DISABLE: '1' });
      expect(synth.stdout).toContain('cluster-groups: stack fleet');
      expect(JSON.parse(readFileSync(join(project, 'cdktf.out', 'stacks', 'fleet', 'cdk.tf.json'), 'utf8')).resource.helm_release).toHaveProperty('vcluster_dc1');
      const lock = join(project, 'cluster-groups.lock.json');
      expect(JSON.parse(readFileSync(lock, 'utf8')).stacks.fleet.groups['dc-lb'].virtualClusters['team-a']).toEqual({ host: 'dc1', ip: '10.1.0.16' });
      run('npx', ['--no', '--', 'tsc', '--noEmit', '-p', '.'], project);

      const lockBefore = readFileSync(lock, 'utf8');
      const test = run('npx', ['--no', '--', 'jest', '--ci'], project, { CI: '' });
      expect(`${test.stdout}${test.stderr}`).toMatch(/Tests:\s+1 passed/);
      expect(readFileSync(lock, 'utf8')).toBe(lockBefore);
    },
    TIMEOUT_MS,
  );

  (HAS_CLI ? it : it.skip)('runs the CLI through npx from the installed bin', () => {
    const { stdout } = run('npx', ['--no', '--', 'cdktf-cluster-groups', '--help'], app);
    expect(stdout).toMatch(/Usage: cdktf-cluster-groups/);
  });
  if (!HAS_CLI) process.stdout.write('test/package.test.ts: CLI check skipped: src/cli/run.ts does not exist yet\n');

  it('recognizes a ClusterGroup made by a second copy of the package (Symbol.for brands)', () => {
    const vendored = join(app, 'vendor', 'node_modules', 'cdktf-cluster-groups');
    mkdirSync(vendored, { recursive: true });
    run('tar', ['-xzf', tarball, '-C', vendored, '--strip-components=1'], app);
    writeFileSync(join(app, 'brands.js'), BRANDS_JS);
    const result = JSON.parse(run(process.execPath, ['brands.js'], app).stdout);
    expect(result.firstEntry).not.toBe(result.secondEntry);
    expect(result).toMatchObject({ sameModule: false, firstSeesSecond: true, secondSeesFirst: true, instanceofAcrossCopies: false, stackIsNotAGroup: false });
  });
});
