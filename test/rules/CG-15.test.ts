import { LOCK_VERSION } from '../../src/placement/lock';
import { group, lbWith, rulesOf, run, validLbModel } from '../support/model';

describe('CG-15 distribution', () => {
  it('warns of k3s before chart 0.33 and refuses it from 0.33', () => {
    const old = group({ distribution: 'k3s', vclusterChartVersion: '0.32.3' });
    expect(rulesOf(lbWith(() => ({ groups: [old] })))).toEqual({ errors: [], warnings: ['CG-15'] });
    expect(rulesOf(lbWith(() => ({ groups: [group({ distribution: 'k3s' })] }))).errors).toContain('CG-15');
  });
  it('refuses an unknown distribution', () => {
    expect(rulesOf(lbWith(() => ({ groups: [group({ distribution: 'k0s' })] }))).errors).toContain('CG-15');
  });
  it('refuses a change of the deployed distribution', () => {
    const lock = { version: LOCK_VERSION, groups: { lb: { distribution: 'k3s', virtualClusters: {} } } };
    expect(rulesOf(run(validLbModel(), lock)).errors).toContain('CG-15');
  });
});
