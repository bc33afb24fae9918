import { TerraformStack } from 'cdktf';
import fc from 'fast-check';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind } from '../../constructs';
import { testApp } from '../support/synth';

/** Text a hostile or hurried user types: names of JavaScript, line breaks of every kind, controls, markup, Terraform syntax, numbers at the edges. */
const hostileText = fc.oneof(
  fc.constantFrom(
    'constructor',
    '__proto__',
    'toString',
    'team-a',
    '',
    ' ',
    '+32',
    '1e308',
    '-1',
    'NaN',
    '${var.x}',
    '%{ if true }',
    '\u2028',
    '\u0085',
    '\u001b[2J',
    '<img src=x>',
    '`x`',
    '::ffff:10.0.0.1',
    ' 10.0.0.0/28',
  ),
  fc.string({ maxLength: 12 }),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.constantFrom(undefined, null, true, 'false', 0, -0, 1e308, Number.NaN, Number.POSITIVE_INFINITY),
  fc.dictionary(hostileText, fc.oneof(hostileText, fc.constant({ enabled: true })), { maxKeys: 3 }),
);

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

describe('hostile props through the public constructs', () => {
  it('always end in a deployable synth or in findings with their rule: never a stack trace, never a raw control character', () => {
    fc.assert(
      fc.property(
        fc.record({
          group: hostileText,
          host: hostileText,
          vc: hostileText,
          owner: hostileText,
          pool: hostileText,
          cpu: hostileValue,
          paused: hostileValue,
          values: hostileValue,
          wildcard: hostileValue,
        }),
        (input) => {
          const app = testApp();
          const stack = new TerraformStack(app, 's');
          const group = new ClusterGroup(stack, 'G', {
            name: input.group,
            endpointType: EndpointType.LOAD_BALANCER,
            ownerQuotas: { [input.owner]: { virtualClusters: 1 } },
            values: input.values as never,
          });
          group.addHost('H', {
            name: input.host,
            kind: HostKind.PRIVATE_CLOUD,
            capacity: { cpu: input.cpu as string, memory: '64Gi', storage: '1Ti' },
            connection: Connection.kubeconfig('~/.kube/config', 'ctx'),
            endpoint: HostEndpoint.metallb({ addressPools: [input.pool, '10.99.0.0/24'] }),
            wildcardDns: input.wildcard as string,
          });
          group.addVirtualCluster('V', { name: input.vc, owner: input.owner, paused: input.paused as boolean, values: input.values as never });
          try {
            app.synth();
          } catch (error) {
            const message = (error as Error).message;
            expect(error).not.toBeInstanceOf(TypeError);
            expect(message).not.toMatch(/\n\s+at /);
            const findings = message.split('\n').filter((line) => line.includes('] '));
            expect(findings.length).toBeGreaterThan(0);
            for (const line of findings) {
              expect(line).toMatch(/\[[A-Z]{2}-\d+\] /);
              expect(line).not.toMatch(CONTROL);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
