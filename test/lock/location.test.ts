import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { appFolder, lockFilePath } from '../../src/placement/lock-location';

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'cg-app-'));
}

describe('the lock is found relative to the app, not to the working folder', () => {
  it('is written beside cdktf.json when the app is started from another folder (a real process)', () => {
    const app = folder();
    writeFileSync(join(app, 'cdktf.json'), '{"app": "npx tsx main.ts"}\n');
    mkdirSync(join(app, 'src'));
    const main = join(app, 'src', 'main.ts');
    writeFileSync(main, `import ${JSON.stringify(join(__dirname, 'race-worker.ts'))};\n`);
    const elsewhere = folder();
    const run = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(join(__dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'loader.mjs')).href, main, 'cluster-groups.lock.json', 'fleet', '1'],
      { cwd: elsewhere, env: { ...process.env, CHECKPOINT_DISABLE: '1' }, encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(join(app, 'cluster-groups.lock.json'))).toBe(true);
    expect(existsSync(join(elsewhere, 'cluster-groups.lock.json'))).toBe(false);
  }, 60_000);

  it("is written in the working folder under a jsii host (JSII_AGENT set), whose main script is jsii's runtime in a temporary folder (a real process)", () => {
    const runtime = folder();
    const main = join(runtime, 'jsii-runtime.ts');
    writeFileSync(main, `import ${JSON.stringify(join(__dirname, 'race-worker.ts'))};\n`);
    const app = folder();
    const run = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(join(__dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'loader.mjs')).href, main, 'cluster-groups.lock.json', 'fleet', '1'],
      { cwd: app, env: { ...process.env, CHECKPOINT_DISABLE: '1', JSII_AGENT: 'Python/3.11.7' }, encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(join(app, 'cluster-groups.lock.json'))).toBe(true);
    expect(existsSync(join(runtime, 'cluster-groups.lock.json'))).toBe(false);
  }, 60_000);

  it("takes the folder of the cdktf.json above the main script, else above the working folder, else the script's own", () => {
    const app = folder();
    writeFileSync(join(app, 'cdktf.json'), '{}');
    mkdirSync(join(app, 'deep', 'er'), { recursive: true });
    const other = folder();
    expect(appFolder(join(app, 'deep', 'er', 'main.js'), other)).toBe(app);
    expect(appFolder(join(other, 'main.js'), join(app, 'deep'))).toBe(app);
    expect(appFolder(join(other, 'main.js'), other)).toBe(other);
    expect(appFolder(undefined, join(app, 'deep'))).toBe(app);
  });

  it('reads the context: a relative path under the app folder, an absolute one as it is, false for none', () => {
    expect(lockFilePath(undefined, '/app')).toBe('/app/cluster-groups.lock.json');
    expect(lockFilePath('locks/fleet.json', '/app')).toBe('/app/locks/fleet.json');
    expect(lockFilePath('/srv/fleet.lock.json', '/app')).toBe('/srv/fleet.lock.json');
    expect([false, 'false'].map((value) => lockFilePath(value, '/app'))).toEqual([undefined, undefined]);
  });
});
