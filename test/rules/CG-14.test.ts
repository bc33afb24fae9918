import { group, lbWith, rulesOf } from '../support/model';

describe('CG-14 per-virtual-cluster maximums', () => {
  it.each([
    { cpu: '3', memory: '8Gi', storage: '10Gi' },
    { cpu: '6', memory: '3Gi', storage: '10Gi' },
    { cpu: '6', memory: '8Gi', storage: '1Gi' },
    { cpu: '6', memory: '8GB', storage: '10Gi' },
  ])('refuses %p', (maxPerVirtualCluster) => {
    expect(rulesOf(lbWith(() => ({ groups: [group({ maxPerVirtualCluster })] }))).errors).toContain('CG-14');
  });
});
