import { readFileSync } from 'fs';
import { join } from 'path';
import { lockChanges } from '../src/placement/lock-diff';
import { Lock, LOCK_VERSION } from '../src/placement/lock';
import { CHARTS, describeWithCharts } from './support/charts';
import { renderAll } from './support/helm';
import { group, rulesOf, run, validLbModel, vc } from './support/model';
import { chartDir } from './support/render';

const locked = (version: string | undefined): Lock => ({
  version: LOCK_VERSION,
  groups: { lb: { distribution: 'k8s', ...(version === undefined ? {} : { vclusterChartVersion: version }), virtualClusters: {} } },
});
const at = (version: string, acknowledgeChartVersionChange?: string) => ({
  ...validLbModel(),
  groups: [group({ vclusterChartVersion: version, acknowledgeChartVersionChange })],
});

describe('CG-22: chart versions move safely', () => {
  it.each([
    ['0.36.0', '0.36.1'],
    ['0.35.3', '0.36.1'],
    ['0.36.1', '0.36.1'],
  ])('lets %s move to %s', (from, to) => {
    expect(rulesOf(run(at(to), locked(from)))).toEqual({ errors: [], warnings: [] });
  });

  it.each([
    ['0.34.7', '0.36.1', 'a jump over more than one minor'],
    ['0.36.1', '0.35.3', 'a downgrade'],
    ['0.36.1', '0.36.0', 'a downgrade'],
    ['0.36.1', '1.0.0', 'a jump over more than one minor'],
  ])('refuses %s to %s (%s) unless acknowledged', (from, to, what) => {
    const refused = run(at(to), locked(from));
    expect(rulesOf(refused).errors).toEqual(['CG-22']);
    expect(refused.errors[0].received).toBe(`vcluster chart ${to}, deployed as ${from} (cluster-groups.lock.json): ${what}`);
    expect(rulesOf(run(at(to, from), locked(from)))).toEqual({ errors: [], warnings: [] });
  });

  it('warns about an acknowledgement that no move needs, and does not let one for another version through', () => {
    expect(rulesOf(run(at('0.36.1', '0.36.1'), locked('0.36.1')))).toEqual({ errors: [], warnings: ['CG-22'] });
    expect(rulesOf(run(at('0.36.1', '0.33.4'), locked('0.34.7')))).toEqual({ errors: ['CG-22'], warnings: ['CG-22'] });
  });

  it('has nothing to compare against in a lock without a recorded version', () => {
    expect(rulesOf(run(at('0.36.1'), locked(undefined)))).toEqual({ errors: [], warnings: [] });
  });

  it("records each group's chart version in the lock, and a frozen synth lists its change", () => {
    const after = run(at('0.36.1'), locked('0.35.3')).placement.lock;
    expect(after.groups.lb.vclusterChartVersion).toBe('0.36.1');
    expect(lockChanges(locked('0.35.3'), after)).toContain('lb: vcluster chart 0.35.3 -> 0.36.1');
  });
});

/** Every key `_validate.tpl` fails the render for, read from the template itself. */
function keysTheTemplateRefuses(): string[] {
  const template = readFileSync(join(CHARTS, 'vcluster', '0.36.1', 'chart', 'templates', '_validate.tpl'), 'utf8');
  return [...template.matchAll(/fail "([\w.]+) was removed in 0\.36\.0/g)].map((match) => match[1]).sort();
}

const asValues = (key: string): Record<string, unknown> =>
  key
    .split('.')
    .reverse()
    .reduce<unknown>((inner, part) => ({ [part]: inner }), { enabled: false }) as Record<string, unknown>;

describe('CG-17: keys the target chart version refuses to render', () => {
  const keys = ['sync.toHost.volumeSnapshots', 'sync.toHost.volumeSnapshotContents', 'sync.fromHost.volumeSnapshotClasses', 'deploy.volumeSnapshotController', 'rbac.enableVolumeSnapshotRules'];

  it.each(keys)('refuses %s with chart 0.36, on the group and on a virtual cluster, whatever its value', (key) => {
    const model = validLbModel();
    const onGroup = run({ ...model, groups: [group({ values: asValues(key) })] });
    expect(onGroup.errors.map((f) => [f.rule, f.path])).toEqual([['CG-17', 'app/lb']]);
    expect(onGroup.errors[0].received).toContain(`${key} (removed in 0.36.0)`);
    const onVc = run({ ...model, virtualClusters: [vc('team-a', { values: asValues(key) }), model.virtualClusters[1]] });
    expect(onVc.errors.map((f) => [f.rule, f.path])).toEqual([['CG-17', 'app/lb/team-a']]);
  });

  it('lets them through for a chart before 0.36, which still renders them', () => {
    const model = at('0.35.3');
    expect(rulesOf(run({ ...model, groups: [{ ...model.groups[0], values: asValues('deploy.volumeSnapshotController') }] })).errors).toEqual([]);
  });

  describeWithCharts('proven from the chart', () => {
    it('the keys are exactly those its _validate.tpl fails for, and each fails a real render', async () => {
      expect(keysTheTemplateRefuses()).toEqual([...keys].sort());
      const dir = chartDir({ address: 'test', chart: 'vcluster', version: '0.36.1' });
      const jobs = keys.map((key) => ({ address: key, release: 'a', namespace: 'a', chartDir: dir, version: '0.36.1', values: JSON.stringify(asValues(key)) }));
      for (const job of jobs) await expect(renderAll([job])).rejects.toThrow(`${job.address} was removed in 0.36.0`);
    }, 60_000);
  });
});
