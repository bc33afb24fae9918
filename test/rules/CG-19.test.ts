import { group, rulesOf, run, validLbModel } from '../support/model';

const withTimeout = (releaseTimeoutSeconds: unknown) => ({ ...validLbModel(), groups: [group({ releaseTimeoutSeconds })] });

describe('CG-19: the Helm release timeout', () => {
  it.each([undefined, 60, 600, 3600])('accepts %p', (seconds) => {
    expect(rulesOf(run(withTimeout(seconds))).errors).toEqual([]);
  });

  it.each([59, 3601, 600.5, '600', 0, -1, Number.NaN])('refuses %p', (seconds) => {
    expect(rulesOf(run(withTimeout(seconds))).errors).toEqual(['CG-19']);
  });

  it('names the group, what it got and the bounds', () => {
    const [finding] = run(withTimeout(30)).errors;
    expect(finding).toMatchObject({ path: 'app/lb', received: 'releaseTimeoutSeconds 30', expected: 'a whole number of seconds from 60 to 3600 (default 600)' });
  });
});
