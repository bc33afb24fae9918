import { group, rulesOf, run, validLbModel } from '../support/model';

const withGroup = (overrides: Record<string, unknown>) => ({ ...validLbModel(), groups: [group(overrides)] });

describe('CG-25: tags are Kubernetes labels of ours to set, the description is text', () => {
  it.each([{}, { team: 'payments' }, { 'example.com/cost-center': 'cc-42', tier: '' }, { 'a.b-c/x_y.z': 'A-1_b.2' }])('accepts tags %p', (tags) => {
    expect(rulesOf(run(withGroup({ tags }))).errors).toEqual([]);
  });

  it.each([
    ['a key that is no label key', { 'team name': 'x' }],
    ['a key over 63', { ['k'.repeat(64)]: 'x' }],
    ['an upper-case prefix', { 'Example.com/team': 'x' }],
    ['a value with a space', { team: 'pay ments' }],
    ['a value over 63', { team: 'v'.repeat(64) }],
    ['a value that is no text', { replicas: 3 }],
    ['our managed-by label', { 'app.kubernetes.io/managed-by': 'me' }],
    ['our own prefix', { 'cluster-groups/group': 'other' }],
    ['a pod-security label', { 'pod-security.kubernetes.io/enforce': 'privileged' }],
    ['a prefix Kubernetes keeps', { 'node.kubernetes.io/role': 'x' }],
    ['tags that are no object', 'team=payments'],
    ['tags that are a list', ['team']],
  ])('refuses %s', (_, tags) => {
    expect(rulesOf(run(withGroup({ tags }))).errors).toEqual(['CG-25']);
  });

  it('refuses a description that is no text, and accepts text', () => {
    expect(rulesOf(run(withGroup({ description: 42 }))).errors).toEqual(['CG-25']);
    expect(rulesOf(run(withGroup({ description: 'Payments team, ${not an expression}' }))).errors).toEqual([]);
  });

  it('names the tag and what a label takes', () => {
    const [finding] = run(withGroup({ tags: { team: 'pay ments' } })).errors;
    expect(finding).toMatchObject({ rule: 'CG-25', path: 'app/lb', received: 'tag "team" = "pay ments"' });
  });
});
