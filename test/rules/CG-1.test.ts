import { group, lbWith, rulesOf, run } from '../support/model';

describe('CG-1 group name', () => {
  it.each(['', 'Has Space', 'UPPER', '-lead', 'x'.repeat(64)])('refuses %p', (name) => {
    expect(rulesOf(lbWith(() => ({ groups: [group({ name })] }))).errors).toContain('CG-1');
  });
  it('refuses two groups of one name in one scope, and accepts them in two scopes', () => {
    const twin = group({ path: 'app/twin' });
    expect(rulesOf(lbWith((m) => ({ groups: [...m.groups, twin] }))).errors).toContain('CG-1');
    const other = group({ path: 'app/twin', scope: { kind: 'project', project: 'p1' } });
    expect(rulesOf(lbWith((m) => ({ groups: [...m.groups, other] }))).errors).not.toContain('CG-1');
  });
  it('refuses two groups whose Terraform output names meet, and accepts them otherwise', () => {
    const one = group({ path: 'app/one', name: '1' });
    const h1 = group({ path: 'app/h1', name: 'h1' });
    expect(
      run({ groups: [one, h1] })
        .errors.filter((f) => f.rule === 'CG-1')
        .map((f) => f.message),
    ).toEqual([
      '[CG-1] app/h1: received the name "h1", whose Terraform output cluster_group_h1 is also that of app/one; expected a Terraform output name of its own. Fix: rename one of the two groups (or its project)',
    ]);
    const dashes = [group({ path: 'app/p', name: 'a--b', scope: { kind: 'project', project: 'x' } }), group({ path: 'app/q', name: 'b', scope: { kind: 'project', project: 'x--a' } })];
    expect(rulesOf(run({ groups: dashes })).errors.filter((id) => id === 'CG-1')).toEqual(['CG-1']);
    expect(rulesOf(run({ groups: [one, group({ path: 'app/two', name: '2' })] })).errors).not.toContain('CG-1');
  });
});
