import { host, lbWith, rulesOf } from '../support/model';

describe('CG-4 hosts of a group', () => {
  it('refuses a group with no host', () => {
    expect(rulesOf(lbWith(() => ({ hosts: [], virtualClusters: [] }))).errors).toEqual(['CG-4']);
  });
  it('refuses a host listed twice', () => {
    expect(rulesOf(lbWith(() => ({ hosts: [host({ name: 'a' }), host({ name: 'a', path: 'app/lb/a2' })] }))).errors).toContain('CG-4');
  });
});
