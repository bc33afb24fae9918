import { isCiValue } from '../../src/placement/lock-location';
import { Fleet, synthError, synthFleet, tempLockPath } from './fleet';

const fleet: Fleet = { hosts: [{ name: 'dc1', pool: 1 }], virtualClusters: [{ name: 'team-a' }] };
const grown: Fleet = { ...fleet, virtualClusters: [...fleet.virtualClusters, { name: 'team-b' }] };

describe('frozen mode from the CI variable, in any spelling a CI system uses', () => {
  const saved = process.env.CI;
  afterEach(() => {
    if (saved === undefined) delete process.env.CI;
    else process.env.CI = saved;
  });

  it.each(['true', 'TRUE', 'True', '1', 'yes', 'YES', ' true '])('CI=%j freezes the lock: a change is PL-1', (value) => {
    const file = tempLockPath();
    synthFleet(fleet, file);
    process.env.CI = value;
    expect(synthError(() => synthFleet(grown, file))).toContain('[PL-1]');
  });

  it.each(['false', '0', 'no', ''])('CI=%j does not', (value) => {
    const file = tempLockPath();
    synthFleet(fleet, file);
    process.env.CI = value;
    expect(() => synthFleet(grown, file)).not.toThrow();
  });

  it('is decided in one place', () => {
    expect([undefined, 'on', 'y', 'truthy'].map(isCiValue)).toEqual([false, false, false, false]);
  });
});
