import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { refusedWhen, TENANT_KEYS } from '../../src/charts/tenant-keys';
import { main } from '../../src/cli/main';
import { releaseValues } from '../support/synth';
import { lbStack, synthErrors, synthJson } from '../safety/stack';

/** A values tree that sets one table key, as a tenant would: `enabled` toggles on, anything else non-empty. */
function setting(key: string, when: 'set' | 'enabled'): Record<string, unknown> {
  const path = key.replace(/^\*\*\./, 'controlPlane.statefulSet.').split('.');
  let leaf: unknown = when === 'enabled' ? { enabled: true } : key.endsWith('podSecurityStandard') ? 'privileged' : [{ any: 'thing' }];
  for (const segment of [...path].reverse()) leaf = { [segment]: leaf };
  return leaf as Record<string, unknown>;
}

describe('VC-7 tenant values cannot weaken the platform', () => {
  it.each(TENANT_KEYS.map((entry) => [entry.key, entry] as const))('refuses %s in a virtual cluster’s values', (key, entry) => {
    const { app, group } = lbStack();
    group.addVirtualCluster('A', { name: 'team-a', values: setting(key, entry.when) });
    expect(synthErrors(app)).toMatch(/\[VC-7\] s\/G\/A: received values that set .*; expected per-virtual-cluster values that do not widen/);
  });

  it('finds a key at any depth, in any case, inside lists, and in YAML text', () => {
    const { app, group } = lbStack();
    group.addVirtualCluster('A', { name: 'team-a', values: 'plugins: {}\nRBAC:\n  ClusterRole:\n    extraRules: [{verbs: ["*"]}]\n' });
    group.addVirtualCluster('B', { name: 'team-b', values: { controlPlane: { statefulSet: { persistence: { addVolumeMounts: [{ name: 'x', securityContext: { privileged: true } }] } } } } });
    const errors = synthErrors(app);
    expect(errors).toMatch(/\[VC-7\] s\/G\/A: received values that set RBAC\.ClusterRole\.extraRules: cluster-wide rights/);
    expect(errors).toMatch(/\[VC-7\] s\/G\/B: received values that set controlPlane\.statefulSet\.persistence\.addVolumeMounts\[0\]\.securityContext/);
  });

  it('accepts what only tightens or leaves a toggle off', () => {
    const { app, group } = lbStack();
    group.addVirtualCluster('A', {
      name: 'team-a',
      values: { policies: { podSecurityStandard: 'restricted' }, sync: { toHost: { ingresses: { enabled: false }, namespaces: { enabled: false } } }, rbac: { role: { extraRules: [] } } },
    });
    expect(synthErrors(app)).toBe('');
  });

  it('refuses an empty pod security standard, which would stop vcluster checking synced pods', () => {
    const { app, group } = lbStack();
    group.addVirtualCluster('A', { name: 'team-a', values: { policies: { podSecurityStandard: '' } } });
    expect(synthErrors(app)).toMatch(/\[VC-7\] s\/G\/A: received values that set policies\.podSecurityStandard/);
  });

  it('lets the group allow a key, for named virtual clusters, with a reason; the value reaches the release and each use is a warning', () => {
    const allow = [{ key: 'rbac.role.extraRules', reason: 'team-a runs the snapshot operator', virtualClusters: ['team-a'] }];
    const rules = { rbac: { role: { extraRules: [{ apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] }] } } };
    const allowed = lbStack({ allowTenantValues: allow });
    allowed.group.addVirtualCluster('A', { name: 'team-a', values: rules });
    const release = releaseValues(synthJson(allowed.app)).find((r) => r.address === 'helm_release.vcluster_h1["team-a"]')!;
    expect(parse(release.values).rbac).toEqual(rules.rbac);
    // The same values in a virtual cluster the allowance does not name are refused.
    const other = lbStack({ allowTenantValues: allow });
    other.group.addVirtualCluster('A', { name: 'team-a', values: rules });
    other.group.addVirtualCluster('B', { name: 'team-b', values: rules });
    expect(synthErrors(other.app)).toMatch(/\[VC-7\] s\/G\/B: received values that set rbac\.role\.extraRules/);
  });

  it.each([
    ['an unknown key', [{ key: 'rbac.role', reason: 'because we can do it' }], /key "rbac.role" is not in the table/],
    ['no reason', [{ key: 'rbac.role.extraRules', reason: '   ' }], /the reason " {3}" says too little/],
    ['a virtual cluster not in the group', [{ key: 'rbac.role.extraRules', reason: 'operator of team-z', virtualClusters: ['team-z'] }], /virtualClusters \["team-z"\] does not name/],
    ['not a list', { key: 'rbac.role.extraRules', reason: 'operator of team-a' }, /allowTenantValues \{"key"/],
  ])('refuses an allowance with %s', (_, allowTenantValues, message) => {
    const { app, group } = lbStack({ allowTenantValues: allowTenantValues as never });
    group.addVirtualCluster('A', { name: 'team-a', values: { rbac: { role: { extraRules: [{ verbs: ['get'] }] } } } });
    const errors = synthErrors(app);
    expect(errors).toMatch(/\[VC-7\] s\/G: received allowTenantValues/);
    expect(errors).toMatch(message);
    // A malformed allowance allows nothing.
    expect(errors).toMatch(/\[VC-7\] s\/G\/A: received values that set rbac\.role\.extraRules/);
  });

  it('warns, and does not refuse, where group values (the platform team’s) lower isolation; the value reaches every release', () => {
    const { app, group } = lbStack({ values: { policies: { podSecurityStandard: 'privileged' } } });
    group.addVirtualCluster('A', { name: 'team-a' });
    const json = synthJson(app);
    const release = releaseValues(json).find((r) => r.address === 'helm_release.vcluster_h1["team-a"]')!;
    expect(parse(release.values).policies.podSecurityStandard).toBe('privileged');
    // The host enforces what vcluster admits, or the privileged pods it syncs would be refused there.
    expect(json.resource.kubernetes_namespace_v1.vcluster_h1.for_each['team-a'].enforce).toBe('privileged');
    const review = JSON.parse(readFileSync(join(app.outdir, 'cluster-groups', 's', 'review.json'), 'utf8'));
    expect(review.warnings.map((w: { rule: string; path: string }) => `${w.rule} ${w.path}`)).toEqual(['VC-7 s/G']);
  });

  it('is explained with the whole table', async () => {
    const out: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((text) => (out.push(String(text)), true));
    try {
      expect(await main(['node', 'cli', 'explain', 'VC-7'])).toBe(0);
    } finally {
      write.mockRestore();
    }
    for (const entry of TENANT_KEYS) expect(out.join('')).toContain(`  ${entry.key}`);
  });
});

describe('the table of risky values', () => {
  it("is the README's table, row for row", () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const start = readme.indexOf('| key | counts as set | why it is risky |');
    const rows = readme.slice(start).split('\n').slice(2);
    expect(rows.slice(0, rows.indexOf(''))).toEqual(TENANT_KEYS.map((entry) => `| \`${entry.key}\` | ${refusedWhen(entry)} | ${entry.why} |`));
  });
});
