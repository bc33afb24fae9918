import { Rule } from './rule';
import { wrongProps } from './wrong-prop';

export const PL8: Rule = {
  id: 'PL-8',
  severities: ['error'],
  title: "A fleet's sharding puts every host in a stack: everyHosts(n) takes a whole number of at least 1, and a shard's stack name is letters, digits, - and _ (at most 100).",
  rationale:
    'A shard is a stack: its name is a stack id, a folder of cdktf.out and the name CI and `cdktf deploy` use, and each host must land in exactly one. A count of hosts below 1, or a name with a slash or a space, has no such stack.',
  remedy:
    'Give Sharding.everyHosts a whole number of at least 1, and Sharding.by a chooser (IShardChooser); give stackName an IStackNamer and configureStack an IStackConfigurer; make the shard and stack names letters, digits, - and _.',
  check: () => [],
  checkInput: (input) => [
    ...wrongProps(
      input,
      'sharding',
      ['fleet', 'host'],
      'Sharding.perGroup(), perHost(), everyHosts(n) with n a whole number of at least 1, or by(chooser) with an IShardChooser, each shard a stack name of letters, digits, - and _ (at most 100)',
      'fix the sharding of the fleet',
    ),
    ...wrongProps(input, 'stackName', ['fleet'], 'an IStackNamer: an object with the method stackNameOf(shard)', 'give stackName an object implementing IStackNamer'),
    ...wrongProps(input, 'configureStack', ['fleet'], 'an IStackConfigurer: an object with the method configure(stack, shard)', 'give configureStack an object implementing IStackConfigurer'),
  ],
};
