import { parse } from 'yaml';
import { releaseValues } from '../support/synth';
import { lbStack, synthJson } from './stack';

/** Helm reads values as YAML 1.1, with merge keys. */
const asHelmReads = (text: string) => parse(text, { version: '1.1', merge: true });

describe('values are emitted as Helm reads them', () => {
  // A version whose schema is not shipped: CG-17 only warns, so the serializer is the last guard.
  const { app, group } = lbStack({ vclusterChartVersion: '0.37.0', values: { controlPlane: { statefulSet: { annotations: { a: 'on', b: 'y', c: '0b101', d: '1_000' } } } } });
  // A plain `<<` would merge its map into `policies` in Helm, past every rule.
  group.addVirtualCluster('A', { name: 'team-a', values: { policies: { '<<': { podSecurityStandard: 'privileged' } } } });
  const values = releaseValues(synthJson(app)).find((r) => r.address === 'helm_release.vcluster_h1["team-a"]')!.values;

  it('keeps a key "<<" a key, so it cannot merge keys into its parent', () => {
    const read = asHelmReads(values);
    expect(read.policies.podSecurityStandard).toBe('baseline');
    expect(read.policies['<<']).toEqual({ podSecurityStandard: 'privileged' });
  });

  it('keeps strings that YAML 1.1 would read as booleans or numbers strings', () => {
    expect(asHelmReads(values).controlPlane.statefulSet.annotations).toEqual({ a: 'on', b: 'y', c: '0b101', d: '1_000' });
  });
});
