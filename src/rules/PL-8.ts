import { Rule } from './rule';
import { wrongProps } from './wrong-prop';

export const PL8: Rule = {
  id: 'PL-8',
  severities: ['error'],
  title: "A fleet's sharding puts every host in a stack: everyHosts(n) takes a whole number of at least 1, and a shard's stack name is letters, digits, - and _ (at most 100).",
  rationale:
    'A shard is a stack: its name is a stack id, a folder of cdktf.out and the name CI and `cdktf deploy` use, and each host must land in exactly one. A count of hosts below 1, or a name with a slash or a space, has no such stack.',
  remedy:
    'Give Sharding.everyHosts a whole number of at least 1; give Sharding.by an object with a shardOf method, stackName one with stackNameOf, configureStack one with configure; and make shardOf and stackNameOf return names of letters, digits, - and _.',
  check: () => [],
  checkInput: (input) =>
    wrongProps(
      input,
      'sharding',
      ['fleet', 'host'],
      'Sharding.perGroup(), perHost(), everyHosts(n) with n a whole number of at least 1, or by({ shardOf }), each shard a stack name of letters, digits, - and _ (at most 100); stackName as { stackNameOf }, configureStack as { configure }',
      'fix the sharding, stackName or configureStack of the fleet',
    ),
};
