import { evaluate } from '../../src/evaluate';
import { Model } from '../../src/model/types';
import { EMPTY_LOCK } from '../../src/placement/lock';
import { group, host, validLbModel, vc } from '../support/model';

/** The exact text of the findings added for safety (issue 12, sections 4–7): a change to one is a reviewed change to the snapshot. */
const lb = (change: (m: Model) => Partial<Model>): Model => {
  const base = validLbModel();
  return { ...base, ...change(base) };
};

const CASES: Record<string, Model> = {
  'VC-7 tenant values, allowances and group values': lb((m) => ({
    groups: [
      group({
        values: { sync: { toHost: { ingresses: { enabled: true } } } },
        allowTenantValues: [
          { key: 'rbac.role.extraRules', reason: 'the backup operator of team-a', virtualClusters: ['team-a'] },
          { key: 'nope', reason: 'x' },
        ],
      }),
    ],
    virtualClusters: [
      vc('team-a', { values: { rbac: { role: { extraRules: [{ verbs: ['*'] }] } } } }),
      vc('team-b', { values: { rbac: { clusterRole: { extraRules: [{ verbs: ['*'] }] } } } }),
      ...m.virtualClusters.slice(2),
    ],
  })),
  'HC-5 secrets': lb(() => ({
    hosts: [
      host({ name: 'a', connection: { kind: 'kubeconfig', path: 'apiVersion: v1\nusers: [{user: {token: abc}}]' } }),
      host({ name: 'b', connection: { kind: 'token', host: 'https://u:p@b:6443', clusterCaCertificate: 'PEM', token: { kind: 'variable', name: 't', sensitive: true, literalDefault: true } } }),
    ],
  })),
  'CG-16 repositories': lb(() => ({
    groups: [group({ chartRepositories: { vcluster: 'https://bot:pw@mirror.example.com', metallb: 'mirror' } })],
  })),
  'VC-8 one IP for two': lb((m) => ({
    groups: [...m.groups, group({ path: 'app/other', name: 'other' })],
    hosts: [...m.hosts, host({ name: 'c', path: 'app/other/c', group: 'app/other', endpoint: m.hosts[0].endpoint })],
    virtualClusters: [...m.virtualClusters, vc('team-c', { path: 'app/other/team-c', group: 'app/other', host: 'c' })],
  })),
  'OQ-1 owner without a quota': lb((m) => ({
    groups: [group({ ownerQuotas: { payments: { virtualClusters: 1 } } })],
    virtualClusters: [vc('team-a', { owner: 'constructor' }), m.virtualClusters[1]],
  })),
};

describe('the text of every safety finding', () => {
  it.each(Object.keys(CASES))('%s', (name) => {
    const messages = evaluate(CASES[name], EMPTY_LOCK).findings.map((f) => f.message);
    expect(messages.join('\n')).not.toMatch(/abc|u:p@|bot:pw/);
    expect(messages).toMatchSnapshot();
  });
});
