import { Model } from '../../src/model/types';
import { EMPTY_LOCK } from '../../src/placement/lock';
import { evaluate } from '../../src/evaluate';
import { rulesOf, run, validLbModel } from '../support/model';

describe('PL-1 frozen lock', () => {
  const frozen = (model: Model, lock = EMPTY_LOCK) => evaluate(model, lock, { frozenLock: 'cluster-groups.lock.json' });
  it('refuses, when frozen, a placement that would change the lock, naming the lock file and the change', () => {
    const [error] = frozen(validLbModel()).errors;
    expect(error).toMatchObject({ rule: 'PL-1', path: 'cluster-groups.lock.json' });
    expect(error.received).toMatch(/lb\/team-a: new on a \d+\.\d+\.\d+\.\d+/);
  });
  it('accepts, when frozen, a lock that already matches, and any change when not frozen', () => {
    const model = validLbModel();
    expect(rulesOf(frozen(model, run(model).placement.lock)).errors).toEqual([]);
    expect(rulesOf(run(model)).errors).toEqual([]);
  });
});
