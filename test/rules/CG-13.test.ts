import { group, lbWith, rulesOf } from '../support/model';

describe('CG-13 oversubscription', () => {
  it.each([99, 120.5, -1, NaN, '150'])('refuses %p', (oversubscriptionPercent) => {
    expect(rulesOf(lbWith(() => ({ groups: [group({ oversubscriptionPercent })] }))).errors).toContain('CG-13');
  });
  it.each([100, 120, 400])('accepts %p', (oversubscriptionPercent) => {
    expect(rulesOf(lbWith(() => ({ groups: [group({ oversubscriptionPercent })] }))).errors).toEqual([]);
  });
});
