import { host, lbWith, rulesOf } from '../support/model';

describe('CG-8 edge groups', () => {
  it('refuses an edge host beside a non-edge host, and two edge hosts', () => {
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name: 'a', kind: 'edge' }), m.hosts[1]] }))).errors).toContain('CG-8');
    expect(rulesOf(lbWith(() => ({ hosts: [host({ name: 'a', kind: 'edge' }), host({ name: 'b', kind: 'edge' })] }))).errors).toContain('CG-8');
  });
  it('accepts one edge host alone', () => {
    expect(rulesOf(lbWith(() => ({ hosts: [host({ name: 'a', kind: 'edge' })] }))).errors).toEqual([]);
  });
});
