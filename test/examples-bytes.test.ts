import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import { join } from 'path';
import { ComposedStack } from '../examples/composed-stack';
import { EdgeStack } from '../examples/edge-stack';
import { FleetStack } from '../examples/fleet-stack';
import { testApp } from './support/synth';

/**
 * The exact bytes of every example's cdk.tf.json. A change here changes what every existing
 * single-stack app writes: review it as such (a new feature, fleets say, must leave it alone), and
 * update the snapshot only for a change meant for every app.
 */
describe('single-stack apps', () => {
  it('write the same cdk.tf.json bytes', () => {
    const app = testApp();
    new FleetStack(app, 'fleet');
    new EdgeStack(app, 'edge');
    new ComposedStack(app, 'composed');
    app.synth();
    const digest = (stack: string) =>
      createHash('sha256')
        .update(readFileSync(join(app.outdir, 'stacks', stack, 'cdk.tf.json')))
        .digest('hex');
    expect({ fleet: digest('fleet'), edge: digest('edge'), composed: digest('composed') }).toMatchSnapshot();
  });
});
