import { ReceivedValue, WrongProp } from '../model/types';
import { finding, RuleFinding, RuleInput, show } from './rule';

/** What a user sees of a value of the wrong kind: the construct's path and class, or its type and value. */
function describe(received: ReceivedValue): string {
  if (received.kind === 'construct') return `the construct ${received.path} (${received.className})`;
  const { value } = received;
  if (value === undefined) return 'nothing';
  return typeof value === 'function' ? show(value) : `${typeof value} ${show(value)}`;
}

/**
 * A prop of the wrong kind (a construct or value where another was expected) is reported at
 * synth with the other findings, under the rule it serves, instead of a throw from deep inside
 * a constructor: the user sees every mistake at once, without a stack trace.
 */
export function wrongProps(input: RuleInput, prop: WrongProp['prop'], owners: ReadonlyArray<WrongProp['owner']>, expected: string, fix: string): RuleFinding[] {
  return input.wrongProps
    .filter((wrong) => wrong.prop === prop && owners.includes(wrong.owner))
    .map((wrong) => finding({ severity: 'error', path: wrong.path, received: `'${wrong.prop}': ${describe(wrong.value)}`, expected, fix }));
}

/** The option classes a prop is built with: expected, and how to fix it. */
export function wrongOptionClass(input: RuleInput, prop: WrongProp['prop'], expected: string): RuleFinding[] {
  return wrongProps(input, prop, ['group', 'host', 'virtual-cluster'], expected, `build it with ${expected}`);
}

/** The `group` prop of a host or a virtual cluster that is not a ClusterGroup. */
export function wrongGroup(input: RuleInput, owner: 'host' | 'virtual-cluster'): RuleFinding[] {
  return wrongProps(input, 'group', [owner], 'a ClusterGroup', 'pass the ClusterGroup this belongs to, or use group.addHost(...) / group.addVirtualCluster(...)');
}
