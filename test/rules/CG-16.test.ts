import { group, lbWith, rulesOf } from '../support/model';

describe('CG-16 chart version', () => {
  it.each(['^0.36.0', '0.36', 'latest', '0.19.9', ''])('refuses %p', (version) => {
    const pinned = group({ vclusterChartVersion: version });
    expect(rulesOf(lbWith(() => ({ groups: [pinned] }))).errors).toContain('CG-16');
  });
});
