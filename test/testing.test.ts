/**
 * A user's unit tests of their own stacks: cdktf's Testing helpers with our constructs leave no lock and print
 * nothing, findings can be read as data, and ClusterGroups.synthesize() never ends the process.
 */
import { spawnSync } from 'child_process';
import { App, Testing, TerraformStack } from 'cdktf';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ClusterGroup, ClusterGroupFinding, ClusterGroups, Connection, EndpointType, HostEndpoint, HostKind } from '../constructs';
import { appFolder } from '../src/placement/lock-location';

const ROOT = join(__dirname, '..');

/** A group of one MetalLB host; `cpu` is the virtual cluster's request (below 4 is a VC-2 error). */
function fleet(stack: TerraformStack, cpu = '4'): void {
  const group = new ClusterGroup(stack, 'Lb', { name: 'dc-lb', endpointType: EndpointType.LOAD_BALANCER });
  group.addHost('dc1', {
    name: 'dc1',
    kind: HostKind.PRIVATE_CLOUD,
    capacity: { cpu: '32', memory: '128Gi', storage: '1Ti' },
    connection: Connection.kubeconfig('~/.kube/config', 'dc1'),
    endpoint: HostEndpoint.metallb({ addressPools: ['10.1.0.16/28'] }),
  });
  group.addVirtualCluster('TeamA', { name: 'team-a', resources: { cpu } });
}

/** Runs `body` in a fresh working folder holding a cdktf.json (where an app's lock would go), capturing standard output. */
function inAppFolder(body: (folder: string) => void): { folder: string; stdout: string } {
  const folder = mkdtempSync(join(tmpdir(), 'cg-testing-'));
  writeFileSync(join(folder, 'cdktf.json'), '{"language":"typescript","app":"npx tsx main.ts"}\n');
  const cwd = process.cwd();
  let stdout = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  try {
    process.chdir(folder);
    body(folder);
  } finally {
    process.chdir(cwd);
    out.mockRestore();
  }
  return { folder, stdout };
}

/** The lock an app started from here would use, and when it last changed: a test app must leave it as it is. */
function appLock(): { path: string; mtime: number | undefined } {
  const path = join(appFolder(process.argv[1], process.cwd()) ?? process.cwd(), 'cluster-groups.lock.json');
  return { path, mtime: existsSync(path) ? statSync(path).mtimeMs : undefined };
}

describe("cdktf's Testing helpers with our constructs", () => {
  it('Testing.synthScope and Testing.synth give the stack, and leave no lock and print nothing', () => {
    const before = appLock();
    const { folder, stdout } = inAppFolder(() => {
      const json = JSON.parse(Testing.synthScope((stack) => fleet(stack as TerraformStack)));
      expect(json.resource.helm_release).toHaveProperty('vcluster_dc1');
      const stack = new TerraformStack(Testing.app(), 'unit');
      fleet(stack);
      expect(JSON.parse(Testing.synth(stack)).resource.helm_release.vcluster_dc1.for_each).toHaveProperty('team-a');
    });
    expect(existsSync(join(folder, 'cluster-groups.lock.json'))).toBe(false);
    expect(appLock()).toEqual(before);
    expect(stdout).toBe('');
  });

  it('Testing.fullSynth (our custom synthesis included) writes no lock and prints no summary', () => {
    const before = appLock();
    const { folder, stdout } = inAppFolder(() => {
      const stack = new TerraformStack(Testing.app(), 'unit');
      fleet(stack);
      const outdir = Testing.fullSynth(stack);
      expect(existsSync(join(outdir, 'cluster-groups', 'unit', 'review.json'))).toBe(true);
    });
    expect(existsSync(join(folder, 'cluster-groups.lock.json'))).toBe(false);
    expect(appLock()).toEqual(before);
    expect(stdout).toBe('');
  });

  it('keeps a lock and the summary where the test app’s context asks for them', () => {
    const { folder, stdout } = inAppFolder((here) => {
      const stack = new TerraformStack(Testing.app({ context: { [ClusterGroups.CONTEXT_LOCK_FILE]: join(here, 'test.lock.json'), 'cluster-groups:quiet': false } }), 'unit');
      fleet(stack);
      Testing.fullSynth(stack);
    });
    expect(JSON.parse(readFileSync(join(folder, 'test.lock.json'), 'utf8')).stacks.unit.groups['dc-lb'].virtualClusters['team-a'].host).toBe('dc1');
    expect(stdout).toContain('cluster-groups: stack unit');
  });

  it('a plain App is no test app: it prints its summary', () => {
    const { stdout } = inAppFolder((here) => {
      const app = new App({ outdir: join(here, 'out'), context: { [ClusterGroups.CONTEXT_LOCK_FILE]: false } });
      fleet(new TerraformStack(app, 'plain'));
      app.synth();
    });
    expect(stdout).toContain('cluster-groups: stack plain');
  });
});

describe('findingsOf', () => {
  it('gives every finding of a stack as data, without synthesizing', () => {
    const stack = new TerraformStack(Testing.app(), 'unit');
    fleet(stack, '2');
    const findings: ClusterGroupFinding[] = ClusterGroups.findingsOf(stack);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([
      {
        rule: 'VC-2',
        severity: 'error',
        path: 'unit/Lb/TeamA',
        received: 'cpu "2"',
        expected: 'between 4 and 6',
        fix: 'request at least 4',
        message: '[VC-2] unit/Lb/TeamA: received cpu "2"; expected between 4 and 6. Fix: request at least 4',
      },
    ]);
    expect(() => Testing.synth(stack)).toThrow(/\[VC-2\]/);
  });

  it('is empty for a valid stack and for a stack without our constructs', () => {
    const stack = new TerraformStack(Testing.app(), 'unit');
    fleet(stack);
    expect(ClusterGroups.findingsOf(stack).filter((f) => f.severity === 'error')).toEqual([]);
    expect(ClusterGroups.findingsOf(new TerraformStack(Testing.app(), 'other'))).toEqual([]);
  });
});

describe('synthesize', () => {
  const failing = (): App => {
    const app = Testing.app();
    fleet(new TerraformStack(app, 'unit'), '2');
    return app;
  };

  afterEach(() => {
    process.exitCode = undefined;
    jest.restoreAllMocks();
  });

  it('returns false, prints the findings without a stack trace and sets the exit code, never ending the process', () => {
    const exit = jest.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('process.exit called');
    });
    let stderr = '';
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
    expect(ClusterGroups.synthesize(failing())).toBe(false);
    expect(exit).not.toHaveBeenCalled();
    expect(process.exitCode).toBe(1);
    expect(stderr).toMatch(/\[VC-2\] unit\/Lb\/TeamA: received /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('leaves the exit code alone with setExitCode: false, and returns true on success', () => {
    jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(ClusterGroups.synthesize(failing(), { setExitCode: false })).toBe(false);
    expect(process.exitCode).toBeUndefined();
    const app = Testing.app();
    fleet(new TerraformStack(app, 'unit'));
    expect(ClusterGroups.synthesize(app)).toBe(true);
    expect(process.exitCode).toBeUndefined();
  });

  it("makes an app's main file exit 1 on errors, as cdktf synth expects", () => {
    const folder = mkdtempSync(join(tmpdir(), 'cg-main-'));
    const main = join(folder, 'main.ts');
    writeFileSync(
      main,
      [
        `import { App, TerraformStack } from ${JSON.stringify(require.resolve('cdktf'))};`,
        `import { ClusterGroup, ClusterGroups, EndpointType } from ${JSON.stringify(join(ROOT, 'constructs'))};`,
        `const app = new App({ outdir: ${JSON.stringify(join(folder, 'out'))}, context: { [ClusterGroups.CONTEXT_LOCK_FILE]: false } });`,
        "new ClusterGroup(new TerraformStack(app, 'broken'), 'G', { name: 'Not_A_Label', endpointType: EndpointType.LOAD_BALANCER });",
        'ClusterGroups.synthesize(app);',
        '',
      ].join('\n'),
    );
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), main], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\[CG-1\] broken\/G: received /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
