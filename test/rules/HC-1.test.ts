import { HostSpec, Model, ProviderSpec } from '../../src/model/types';
import { EMPTY_LOCK } from '../../src/placement/lock';
import { evaluate } from '../../src/evaluate';
import { group, host, lbWith, rulesOf, validLbModel } from '../support/model';

describe('HC-1 host name and alias', () => {
  it.each(['', 'Dc1', 'dc_1', 'a'.repeat(64)])('refuses %p', (name) => {
    expect(rulesOf(lbWith((m) => ({ hosts: [host({ name }), m.hosts[1]] }))).errors).toContain('HC-1');
  });
  it('refuses two hosts whose aliases collide', () => {
    const second = group({ path: 'app/lb2', name: 'lb2' });
    const result = lbWith((m) => ({
      groups: [...m.groups, second],
      hosts: [...m.hosts, host({ name: '1a', path: 'app/lb2/1a', group: 'app/lb2' }), host({ name: 'h1a', path: 'app/lb2/h1a', group: 'app/lb2' })],
    }));
    expect(rulesOf(result).errors).toContain('HC-1');
  });
});

describe('HC-1 providers of the stack', () => {
  const withProviders = (providers: ProviderSpec[], hosts?: (m: Model) => HostSpec[]) => {
    const base = validLbModel();
    return evaluate({ ...base, hosts: hosts ? hosts(base) : base.hosts, providers }, EMPTY_LOCK);
  };
  const ours = (type: 'kubernetes' | 'helm', alias: string): ProviderSpec => ({ type, path: `app/lb/${alias}/${type}`, alias, ours: true });
  it('refuses a provider of the user that has the alias of one of ours, or no alias beside another without one', () => {
    const clash = withProviders([ours('kubernetes', 'a'), { type: 'kubernetes', path: 'app/mine', alias: 'a', ours: false }]);
    expect(clash.errors.map((f) => [f.rule, f.path])).toEqual([['HC-1', 'app/mine']]);
    const bare = withProviders([
      { type: 'helm', path: 'app/one', ours: false },
      { type: 'helm', path: 'app/two', ours: false },
    ]);
    expect(bare.errors[0].message).toContain('received a helm provider with no alias, as is app/one');
  });
  it('accepts one provider per alias and type, and one of each type without alias', () => {
    const providers = [ours('kubernetes', 'a'), ours('helm', 'a'), { type: 'kubernetes' as const, path: 'app/k', ours: false }, { type: 'helm' as const, path: 'app/h', ours: false }];
    expect(rulesOf(withProviders(providers)).errors).toEqual([]);
  });
  it('refuses one provider pair handed to two hosts', () => {
    const connection = { kind: 'providers' as const, kubernetes: 'app/k', helm: 'app/h' };
    const result = withProviders([], (m) => m.hosts.map((h) => ({ ...h, connection })));
    expect(result.errors.map((f) => f.message)).toEqual([
      expect.stringMatching(/^\[HC-1\] app\/lb\/b: received provider app\/k, also given to host app\/lb\/a;/),
      expect.stringMatching(/^\[HC-1\] app\/lb\/b: received provider app\/h, also given to host app\/lb\/a;/),
    ]);
  });
});
