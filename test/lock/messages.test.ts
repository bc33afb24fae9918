import { evaluate } from '../../src/evaluate';
import { Model } from '../../src/model/types';
import { EMPTY_LOCK, Lock } from '../../src/placement/lock';
import { readLockText } from '../../src/placement/lock-read';
import { group, host, validLbModel, vc } from '../support/model';

/**
 * The exact text of every finding of the lock and of moves (PL-2 … PL-6), one representative case
 * each: a change to one is a reviewed change to the snapshot.
 */
const model = validLbModel();
const placed = evaluate(model, EMPTY_LOCK).placement.lock;
const text = JSON.stringify({ version: 1, stacks: { fleet: { groups: placed.groups } } }, null, 2);
const [first, second] = Object.keys(placed.groups.lb.virtualClusters);

function messages(m: Model, lock: Lock, options: Parameters<typeof evaluate>[2] = {}): string[] {
  return evaluate(m, lock, { lockPath: '/app/cluster-groups.lock.json', ...options }).findings.map((f) => f.message);
}

function problems(edit: (t: string) => string): string[] {
  const read = readLockText(edit(text), 'fleet');
  return messages(model, read.lock, { lockProblems: read.problems });
}

const moved: Lock = { ...placed, groups: { lb: { ...placed.groups.lb, virtualClusters: { ...placed.groups.lb.virtualClusters, [first]: { host: 'gone' } } } } };
const pinnedElsewhere = (m: Model): Model => ({ ...m, virtualClusters: m.virtualClusters.map((v) => (v.name === second ? { ...v, host: placed.groups.lb.virtualClusters[first].host } : v)) });

const CASES: Record<string, () => string[]> = {
  'PL-2 not JSON': () => problems((t) => t.slice(0, 40)),
  'PL-2 version': () => problems((t) => t.replace('"version": 1', '"version": 2')),
  'PL-2 duplicate key and unknown field': () => problems((t) => t.replace('"groups": {', '"note": 1, "groups": {').replace(`"${second}": {`, `"${second}": { "host": "b" }, "${second}": {`)),
  'PL-2 wrong types': () => problems((t) => t.replace('"distribution": "k8s"', '"distribution": 8')),
  'PL-3 not an address': () => problems((t) => t.replace(/"ip": "[^"]+"/, '"ip": "10.0.0.300"')),
  'PL-3 held twice': () => problems((t) => t.replace(`"ip": "${placed.groups.lb.virtualClusters[second].ip}"`, `"ip": "${placed.groups.lb.virtualClusters[first].ip}"`)),
  'PL-3 outside the pools': () =>
    messages({ ...model, hosts: model.hosts.map((h, i) => (i === 0 ? host({ ...h, endpoint: { kind: 'metallb', pools: ['10.99.0.0/24'], bgpPeers: [] } }) : h)) }, placed),
  'PL-4 move, host left': () => messages(model, moved),
  'PL-4 move, pinned, acknowledged by the group': () => messages({ ...pinnedElsewhere(model), moveAcknowledgements: [{ path: 'app/lb', reason: 'rebalancing' }] }, placed),
  'PL-4 blank reason and unused acknowledgement': () =>
    messages(
      {
        ...model,
        moveAcknowledgements: [
          { path: 'app/lb', reason: '' },
          { path: `app/lb/${first}`, reason: 'old' },
        ],
      },
      placed,
    ),
  'PL-4 formerName': () =>
    messages(
      {
        ...model,
        hosts: [
          host({ ...model.hosts[0], formerName: 'Bad Name' }),
          host({ ...model.hosts[1], formerName: String(model.hosts[0].name) }),
          host({ name: 'c', formerName: 'z', endpoint: { kind: 'metallb', pools: ['10.98.0.0/24'], bgpPeers: [] } }),
          host({ name: 'd', formerName: 'z', endpoint: { kind: 'metallb', pools: ['10.97.0.0/24'], bgpPeers: [] } }),
        ],
      },
      placed,
    ),
  'PL-7 a host in another stack, and acknowledged': () => [
    ...messages(model, placed, { otherStacks: new Map([['a', [{ host: 'a', from: 'east', virtualClusters: ['lb/team-a'] }]]]) }),
    ...messages({ ...model, moveAcknowledgements: [{ path: 'app/lb', reason: 'state moved' }] }, placed, {
      otherStacks: new Map([['b', [{ host: 'b', from: 'east', virtualClusters: ['lb/team-b'] }]]]),
    }),
  ],
  'PL-6 lost entries (warning)': () => messages(model, EMPTY_LOCK, { lastWritten: placed }),
  'PL-4 move to another group': () =>
    messages(
      {
        groups: [...model.groups, group({ path: 'app/other', name: 'other' })],
        hosts: [...model.hosts, host({ name: 'c', path: 'app/other/c', group: 'app/other', endpoint: { kind: 'metallb', pools: ['10.96.0.0/24'], bgpPeers: [] } })],
        virtualClusters: [vc(first, { path: `app/other/${first}`, group: 'app/other' }), ...model.virtualClusters.filter((v) => v.name !== first)],
      },
      placed,
    ),
};

describe('the text of every finding of the lock and of moves', () => {
  it.each(Object.keys(CASES))('%s', (name) => {
    expect(CASES[name]()).toMatchSnapshot();
  });
});
