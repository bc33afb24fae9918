import { readFileSync } from 'fs';
import { join } from 'path';
import { renderPlanReview as renderStacks } from '../src/review/plan-markdown';
import { NamedView, PlanFormatError, PlanReview, reviewPlan, UNKNOWN_GROUP } from '../src/review/plan-review';
import type { ReviewView } from '../src/review/view';

const FIXTURES = join(__dirname, 'fixtures', 'plans');

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
}

/** review.json as `npm run synth` writes it for the fleet example. */
const FLEET = fixture('fleet.review.json') as ReviewView;
const FLEET_REVIEW: NamedView[] = [{ source: 'cdktf.out/cluster-groups/fleet/review.json', view: FLEET }];

/** Every change of a review as "group / host / virtual cluster: kind address", the shape a reviewer reads. */
function placed(review: PlanReview): string[] {
  return review.groups.flatMap((group) =>
    group.hosts.flatMap((host) => [
      ...host.changes.map((c) => `${group.name} / ${host.name}: ${c.kind} ${c.address}`),
      ...host.virtualClusters.flatMap((vc) => vc.changes.map((c) => `${group.name} / ${host.name} / ${vc.name}: ${c.kind} ${c.address}`)),
    ]),
  );
}

/** The full review of one stack's plan, as review-plan prints it. */
function renderPlanReview(review: PlanReview): string {
  return renderStacks([{ stack: 'fleet', ...review }]);
}

/** A minimal plan around hand-written resource changes, for cases no fixture covers. */
function planWith(...resourceChanges: unknown[]): unknown {
  return { format_version: '1.2', planned_values: { root_module: {} }, resource_changes: resourceChanges };
}

describe('reviewPlan classifies each change of a Terraform plan', () => {
  it('created: a new virtual cluster under its group and host, and a resource of the user in Other resources', () => {
    const review = reviewPlan(fixture('create.json'), FLEET_REVIEW);
    expect(review.counts).toEqual({ create: 3, update: 0, replace: 0, delete: 0, move: 0, other: 0 });
    expect(placed(review)).toEqual(['dc-lb / dc1 / team-c: create helm_release.vcluster_dc1["team-c"]', 'dc-lb / dc1 / team-c: create kubernetes_namespace_v1.vcluster_dc1["team-c"]']);
    expect(review.other.map((c) => `${c.kind} ${c.address}`)).toEqual(['create kubernetes_secret_v1.registry_pull']);
    expect(review.dataLoss).toEqual([]);
  });

  it('updated in place: host-level and per-virtual-cluster changes, never data loss', () => {
    const review = reviewPlan(fixture('update.json'), FLEET_REVIEW);
    expect(review.counts.update).toBe(3);
    expect(placed(review)).toEqual([
      'cloud-ingress / eu1: update helm_release.ingress_nginx_eu1',
      'dc-lb / dc1: update kubernetes_namespace_v1.metallb_dc1',
      'dc-lb / dc1 / team-a: update helm_release.vcluster_dc1["team-a"]',
    ]);
    expect(review.dataLoss).toEqual([]);
  });

  it('replaced, destroy first: keeps the order and the reason, and a virtual cluster so replaced loses its data', () => {
    const review = reviewPlan(fixture('replace-delete-create.json'), FLEET_REVIEW);
    expect(review.counts).toEqual({ create: 0, update: 0, replace: 3, delete: 0, move: 0, other: 0 });
    const host = review.groups[0].hosts[0];
    expect(host.changes).toEqual([{ address: 'helm_release.metallbconfig_dc2', kind: 'replace', actions: ['delete', 'create'], role: 'MetalLB configuration', reason: 'the object is tainted' }]);
    expect(host.virtualClusters[0].changes.map((c) => c.reason)).toEqual(['an attribute changed that cannot be updated in place; forced by `namespace`', 'requested with -replace']);
    expect(review.dataLoss.map((d) => [d.virtualCluster, d.group, d.host, d.changes.length])).toEqual([['team-b', 'dc-lb', 'dc2', 2]]);
  });

  it('replaced, create first: still a replacement and still data loss', () => {
    const review = reviewPlan(fixture('replace-create-delete.json'), FLEET_REVIEW);
    expect(placed(review)).toEqual(['cloud-ingress / eu1 / data: replace helm_release.vcluster_eu1["data"]']);
    expect(review.groups[0].hosts[0].virtualClusters[0].changes[0].actions).toEqual(['create', 'delete']);
    expect(review.dataLoss.map((d) => d.virtualCluster)).toEqual(['data']);
  });

  it('destroyed: every virtual cluster whose release or namespace goes is data loss', () => {
    const review = reviewPlan(fixture('delete.json'), FLEET_REVIEW);
    expect(review.counts.delete).toBe(6);
    expect(review.dataLoss.map((d) => `${d.group}/${d.host}/${d.virtualCluster}`)).toEqual(['cloud-ingress/us1/web', 'dc-lb/dc3/ci']);
    expect(review.groups[0].hosts[0].changes.map((c) => c.reason)).toEqual(['no longer in the configuration', 'no longer in the configuration']);
  });

  it.each(['no-op.json', 'read.json'])('ignores no-op and read changes (%s)', (name) => {
    const review = reviewPlan(fixture(name), FLEET_REVIEW);
    expect(review).toEqual({ notes: [], counts: { create: 0, update: 0, replace: 0, delete: 0, move: 0, other: 0 }, dataLoss: [], groups: [], other: [] });
    expect(renderPlanReview(review)).toContain('No changes.');
  });

  it('ignores fields it does not know, in a later 1.x format, and reads addresses prefixed by a module', () => {
    const review = reviewPlan(fixture('extra-fields.json'), FLEET_REVIEW);
    expect(review.counts).toEqual({ create: 3, update: 1, replace: 0, delete: 1, move: 0, other: 0 });
    expect(review.dataLoss).toEqual([expect.objectContaining({ virtualCluster: 'team-a', group: 'dc-lb', host: 'dc1', module: 'module.fleet' })]);
  });

  it('reads a host named config-dc4 without confusing it with dc4: the address prefixes are prefix-free', () => {
    const review = reviewPlan(fixture('extra-fields.json'), FLEET_REVIEW);
    const host = review.groups.find((g) => g.name === UNKNOWN_GROUP)!.hosts[0];
    expect(host.name).toBe('config_dc4');
    expect(host.changes.map((c) => `${c.role}: ${c.address}`)).toEqual([
      'MetalLB release: module.fleet.helm_release.metallb_config_dc4',
      'MetalLB configuration: module.fleet.helm_release.metallbconfig_config_dc4',
      'MetalLB namespace: module.fleet.kubernetes_namespace_v1.metallb_config_dc4',
    ]);
  });

  it('falls back to the address scheme without review.json: unknown group, the alias as host', () => {
    const review = reviewPlan(fixture('delete.json'), []);
    expect(review.groups.map((g) => g.name)).toEqual([UNKNOWN_GROUP]);
    expect(review.groups[0].hosts.map((h) => h.name)).toEqual(['dc3', 'us1']);
    expect(review.dataLoss.map((d) => `${d.group}/${d.host}/${d.virtualCluster}`)).toEqual([`${UNKNOWN_GROUP}/dc3/ci`, `${UNKNOWN_GROUP}/us1/web`]);
  });

  it("takes the review.json of the plan's stack: the one that knows every host the plan configures", () => {
    const other: ReviewView = { ...FLEET, groups: FLEET.groups.map((g) => ({ ...g, key: `other-${g.key}`, hosts: g.hosts.map((h) => ({ ...h, alias: `x${h.alias}` })) })) };
    const review = reviewPlan(fixture('replace-create-delete.json'), [{ source: 'other/review.json', view: other }, ...FLEET_REVIEW]);
    expect(review.dataLoss.map((d) => d.group)).toEqual(['cloud-ingress']);
    expect(review.notes).toEqual([]);
  });

  it('refuses to guess between two review.json files that fit the plan alike, naming them', () => {
    const twin: ReviewView = { ...FLEET, groups: FLEET.groups.map((g) => ({ ...g, key: `twin-${g.key}` })) };
    expect(() => reviewPlan(fixture('replace-create-delete.json'), [{ source: 'twin/review.json', view: twin }, ...FLEET_REVIEW])).toThrow(
      "several review.json files fit this plan (twin/review.json, cdktf.out/cluster-groups/fleet/review.json); pass the planned stack's one with --review",
    );
  });

  it('notes hosts the review.json does not know, and a review without any review.json', () => {
    const lost = { address: 'helm_release.vcluster_zz9["old"]', mode: 'managed', type: 'helm_release', name: 'vcluster_zz9', index: 'old', change: { actions: ['delete'] } };
    const review = reviewPlan(planWith(lost), FLEET_REVIEW);
    expect(review.dataLoss.map((d) => `${d.group}/${d.host}/${d.virtualCluster}`)).toEqual([`${UNKNOWN_GROUP}/zz9/old`]);
    expect(review.notes).toEqual([expect.stringContaining("hosts review.json does not know, shown by provider alias (removed from the app, or another stack's review.json?): `zz9`")]);
    expect(reviewPlan(fixture('delete.json'), []).notes).toEqual([expect.stringMatching(/^No review\.json was found/)]);
  });

  it('refuses an errored plan, which holds only some changes, and notes an incomplete one', () => {
    expect(() => reviewPlan({ ...(planWith() as object), errored: true }, FLEET_REVIEW)).toThrow(/^the plan errored, so it holds only some of the changes/);
    expect(reviewPlan({ ...(planWith() as object), complete: false }, FLEET_REVIEW).notes).toEqual([expect.stringMatching(/^The plan is incomplete \(deferred changes\)/)]);
  });

  it('counts any action list holding "delete" as a deletion, so newer combinations still gate the merge', () => {
    const change = { address: 'helm_release.vcluster_dc1["team-a"]', mode: 'managed', type: 'helm_release', name: 'vcluster_dc1', index: 'team-a', change: { actions: ['delete', 'forget'] } };
    const review = reviewPlan(planWith(change), FLEET_REVIEW);
    expect(review.dataLoss.map((d) => d.virtualCluster)).toEqual(['team-a']);
    expect(renderPlanReview(review)).toContain('- **destroyed (delete, forget)**: vcluster release');
  });

  it('shows a resource moved by a moved block, which is otherwise a no-op', () => {
    const moved = { address: 'helm_release.metallb_dc1', previous_address: 'helm_release.metallb_old', mode: 'managed', type: 'helm_release', name: 'metallb_dc1', change: { actions: ['no-op'] } };
    const review = reviewPlan(planWith(moved), FLEET_REVIEW);
    expect(review.counts.move).toBe(1);
    expect(renderPlanReview(review)).toContain('- moved: MetalLB release `helm_release.metallb_dc1` — moved from `helm_release.metallb_old`');
  });

  it('keeps text from the plan inside code spans, so it cannot add lines or headings to the comment', () => {
    const change = {
      address: 'helm_release.metallb_dc1',
      mode: 'managed',
      type: 'helm_release',
      name: 'metallb_dc1',
      action_reason: 'replace_because_of_\n# something',
      change: { actions: ['delete', 'create'], replace_paths: [['set', 'a\n## injected *x*']] },
    };
    const line = renderPlanReview(reviewPlan(planWith(change), FLEET_REVIEW))
      .split('\n')
      .find((l) => l.includes('metallb_dc1'));
    expect(line).toBe('- **replaced (destroyed, then created)**: MetalLB release `helm_release.metallb_dc1` — `replace_because_of_\\u000a# something`; forced by `set.a\\u000a## injected *x*`');
  });

  it('renders a plan of 150,000 changes', () => {
    const many = Array.from({ length: 150_000 }, (_, i) => ({ address: `null_resource.n${i}`, mode: 'managed', type: 'null_resource', name: `n${i}`, change: { actions: ['create'] } }));
    const plan = { format_version: '1.2', planned_values: { root_module: {} }, resource_changes: many };
    expect(renderPlanReview(reviewPlan(plan, [])).split('\n').length).toBeGreaterThan(150_000);
  });

  it('shows actions newer than this reader as planned, without calling them data loss', () => {
    const forget = { address: 'helm_release.vcluster_dc1["team-a"]', mode: 'managed', type: 'helm_release', name: 'vcluster_dc1', index: 'team-a', change: { actions: ['forget'] } };
    const review = reviewPlan(planWith(forget), FLEET_REVIEW);
    expect(review.counts.other).toBe(1);
    expect(review.dataLoss).toEqual([]);
    expect(renderPlanReview(review)).toContain('- planned forget: vcluster release `helm_release.vcluster_dc1["team-a"]`');
  });

  it('names a deposed object in the reason of its deletion', () => {
    const deposed = { address: 'helm_release.metallb_dc1', mode: 'managed', type: 'helm_release', name: 'metallb_dc1', deposed: '5e7a1c2b', change: { actions: ['delete'] } };
    expect(reviewPlan(planWith(deposed), FLEET_REVIEW).groups[0].hosts[0].changes[0].reason).toBe('deposed object `5e7a1c2b`');
  });

  it('accepts a plan with no changes at all, where Terraform omits resource_changes', () => {
    expect(reviewPlan({ format_version: '1.2', planned_values: {} }, []).groups).toEqual([]);
  });
});

describe('reviewPlan refuses what is not a Terraform plan', () => {
  it.each<[string, unknown, RegExp]>([
    ['a state file', fixture('state.json'), /^not a Terraform plan: resource_changes is missing/],
    ['an array', [], /^not a Terraform plan: expected a JSON object, got an array$/],
    ['a string', 'plan', /^not a Terraform plan: expected a JSON object, got "plan"$/],
    ['no format_version', { resource_changes: [] }, /^not a Terraform plan in JSON format 1\.x: format_version is missing$/],
    ['format 2', { format_version: '2.0', resource_changes: [] }, /format_version is "2\.0"$/],
    ['resource_changes not a list', { format_version: '1.2', resource_changes: {} }, /^not a Terraform plan: resource_changes is an object/],
    ['a change without actions', planWith({ address: 'a.b', type: 'a', name: 'b', change: {} }), /^resource_changes\[0\]\.change\.actions is missing, expected a list of actions$/],
    ['a change without type', planWith({ address: 'a.b', name: 'b', change: { actions: ['create'] } }), /^resource_changes\[0\]\.type is missing, expected a string$/],
  ])('%s', (_, plan, message) => {
    expect(() => reviewPlan(plan, [])).toThrow(PlanFormatError);
    expect(() => reviewPlan(plan, [])).toThrow(message);
  });
});

describe('renderPlanReview', () => {
  const markdown = renderPlanReview(reviewPlan(fixture('delete.json'), FLEET_REVIEW));

  it('lists data loss first, in bold, by virtual cluster name with its group and host', () => {
    const lines = markdown.split('\n');
    const dataLoss = lines.indexOf('## Data loss');
    expect(dataLoss).toBeGreaterThan(0);
    expect(lines.findIndex((line) => line.startsWith('## Group'))).toBeGreaterThan(dataLoss);
    expect(lines).toContain('- **Virtual cluster `ci` — group `dc-lb`, host `dc3`**: vcluster release destroyed, namespace destroyed.');
    expect(lines).toContain('- **Virtual cluster `web` — group `cloud-ingress`, host `us1`**: vcluster release destroyed, namespace destroyed.');
  });

  it('groups the rest by group, host and virtual cluster, with why each change is planned', () => {
    expect(markdown).toContain(
      ['## Group `dc-lb`', '', '### Host `dc3`', '', '#### Virtual cluster `ci`', '', '- **destroyed**: vcluster release `helm_release.vcluster_dc3["ci"]` — its for_each key is gone'].join('\n'),
    );
  });

  it('says which way round a replacement goes', () => {
    expect(renderPlanReview(reviewPlan(fixture('replace-delete-create.json'), FLEET_REVIEW))).toContain('**replaced (destroyed, then created)**: namespace');
    expect(renderPlanReview(reviewPlan(fixture('replace-create-delete.json'), FLEET_REVIEW))).toContain('**replaced (created, then destroyed)**: vcluster release');
  });

  it('summarizes the counts and keeps resources it does not know apart', () => {
    const created = renderPlanReview(reviewPlan(fixture('create.json'), FLEET_REVIEW));
    expect(created).toContain('3 resource change(s): 3 created.');
    expect(created).toContain('## Other resources\n\n- created: `kubernetes_secret_v1.registry_pull`');
  });

  it('keeps an address with backticks inside one code span', () => {
    const odd = { address: 'null_resource.x["a`b"]', mode: 'managed', type: 'null_resource', name: 'x', index: 'a`b', change: { actions: ['create'] } };
    expect(renderPlanReview(reviewPlan(planWith(odd), []))).toContain('- created: ``null_resource.x["a`b"]``');
  });
});
