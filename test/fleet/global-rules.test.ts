import { existsSync } from 'fs';
import { join } from 'path';
import { Sharding } from '../../constructs';
import { fleetApp, synthFailure } from './support';

describe('a fleet split into stacks keeps every rule global', () => {
  it('finds one host in two groups whose groups are two stacks (CG-5)', () => {
    const app = fleetApp({
      sharding: Sharding.perGroup(),
      hosts: [
        { name: 'dc1', group: 'a', pool: 1 },
        { name: 'dc1', group: 'b', pool: 2 },
      ],
      virtualClusters: [],
    });
    const message = synthFailure(app);
    expect(message).toMatch(/\[CG-5\] Fleet\/b\/dc1: .*Fleet\/a/);
    // Neither stack is left deployable.
    expect(existsSync(join(app.outdir, 'manifest.json'))).toBe(false);
  });

  it('finds one load-balancer IP handed out in two stacks (VC-8)', () => {
    const message = synthFailure(
      fleetApp({
        sharding: Sharding.perGroup(),
        hosts: [
          { name: 'dc1', group: 'a', pool: 1 },
          { name: 'dc2', group: 'b', pool: 1 },
        ],
        virtualClusters: [
          { name: 'va', group: 'a' },
          { name: 'vb', group: 'b' },
        ],
      }),
    );
    expect(message).toMatch(/\[VC-8\] .*10\.1\.0\.1/);
  });

  it("counts an owner's virtual clusters of a group over every stack its hosts are in (OQ-1)", () => {
    const fleet = (owner: string) => ({
      sharding: Sharding.perHost(),
      hosts: [
        { name: 'dc1', group: 'a', pool: 1 },
        { name: 'dc2', group: 'a', pool: 2 },
      ],
      ownerQuotas: { team: { virtualClusters: 1 }, other: {} },
      virtualClusters: [
        { name: 'v1', group: 'a', host: 'dc1', owner: 'team' },
        { name: 'v2', group: 'a', host: 'dc2', owner },
      ],
    });
    expect(synthFailure(fleetApp(fleet('team')))).toMatch(/\[OQ-1\] .*team/);
    expect(() => fleetApp(fleet('other')).synth()).not.toThrow();
  });
});
