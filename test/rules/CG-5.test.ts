import { group, host, lbWith, rulesOf } from '../support/model';

describe('CG-5 one group per host', () => {
  it('refuses a host in two groups', () => {
    const second = group({ path: 'app/lb2', name: 'lb2' });
    const result = lbWith((m) => ({ groups: [...m.groups, second], hosts: [...m.hosts, host({ name: 'a', path: 'app/lb2/a', group: 'app/lb2' })] }));
    expect(rulesOf(result).errors).toContain('CG-5');
  });
});
