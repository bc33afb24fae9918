import { MIN_OBJECT_QUOTA } from '../../src/model/defaults';
import { group, rulesOf, run, validLbModel } from '../support/model';

const withCounts = (objectQuota: unknown) => ({ ...validLbModel(), groups: [group({ objectQuota })] });

describe("CG-20: the object counts of the virtual clusters' quota", () => {
  it.each([undefined, {}, { pods: 40 }, { ...MIN_OBJECT_QUOTA }, { loadBalancers: 3, secrets: 200 }])('accepts %p', (counts) => {
    expect(rulesOf(run(withCounts(counts))).errors).toEqual([]);
  });

  it.each([{ pods: 1 }, { services: 1 }, { persistentVolumeClaims: 0 }, { secrets: 5 }, { configMaps: 0 }, { loadBalancers: -1 }, { pods: 2.5 }, { pods: '20' }, { nodes: 3 }, 5, []])(
    'refuses %p',
    (counts) => {
      expect(rulesOf(run(withCounts(counts))).errors).toEqual(['CG-20']);
    },
  );

  it('names the key, what it got and the least it needs', () => {
    const [finding] = run(withCounts({ secrets: 5 })).errors;
    expect(finding).toMatchObject({ path: 'app/lb', received: 'objectQuota.secrets 5', expected: 'a whole number of at least 6' });
  });
});
