import { group, host, lbWith, rulesOf } from '../support/model';

describe('CG-2 scope', () => {
  it("refuses another project's host in a project group, and a project host in a tenant group", () => {
    const projectGroup = group({ scope: { kind: 'project', project: 'p1' } });
    expect(rulesOf(lbWith(() => ({ groups: [projectGroup], hosts: [host({ name: 'a', scope: { kind: 'project', project: 'p2' } })] }))).errors).toContain('CG-2');
    expect(rulesOf(lbWith(() => ({ hosts: [host({ name: 'a', scope: { kind: 'project', project: 'p2' } })] }))).errors).toContain('CG-2');
  });
  it('accepts tenant hosts and same-project hosts in a project group', () => {
    const projectGroup = group({ scope: { kind: 'project', project: 'p1' } });
    const result = lbWith(() => ({ groups: [projectGroup], hosts: [host({ name: 'a' }), host({ name: 'b', scope: { kind: 'project', project: 'p1' } })] }));
    expect(rulesOf(result).errors).not.toContain('CG-2');
  });
  it('refuses a project name that is not a DNS label', () => {
    expect(rulesOf(lbWith(() => ({ groups: [group({ scope: { kind: 'project', project: 'My Project' } })] }))).errors).toContain('CG-2');
  });
});
