import { isNonBlank } from '../model/names';
import { reshardsOf } from '../placement/reshard';
import { finding, Rule, RuleFinding, show } from './rule';

export const PL7: Rule = {
  id: 'PL-7',
  title: "A host stays in the stack (the Terraform state) the lock records its virtual clusters in, unless its group's acknowledgeMoves says why it may change.",
  rationale:
    'Each stack is its own Terraform state, and moved blocks cannot cross states: a host declared in another stack would have every virtual cluster on it destroyed by the old state and created empty by the new one.',
  remedy:
    "Declare the host in the stack it was in; to move it between states without losing its virtual clusters, move their state first (terraform state mv between the two states, or import), then accept the change with the group's acknowledgeMoves: { reason }.",
  check: ({ fleet, otherStacks = new Map() }) => {
    const reasons = new Map((fleet.model.moveAcknowledgements ?? []).map((ack) => [ack.path, ack.reason]));
    const findings: RuleFinding[] = [];
    for (const reshard of reshardsOf(fleet.groups, otherStacks)) {
      const what = `host ${reshard.host}, whose virtual clusters ${reshard.virtualClusters.join(', ')} the lock records in stack ${reshard.from}: another Terraform state, which would destroy them`;
      const reason = reasons.get(reshard.groupPath);
      if (isNonBlank(reason)) {
        findings.push(
          finding({
            severity: 'warning',
            path: reshard.path,
            received: `${what}; acknowledged at ${reshard.groupPath}: ${show(reason)}`,
            expected: 'a change of state that is meant',
            fix: 'move their Terraform state before applying, and remove the acknowledgement afterwards',
          }),
        );
      } else {
        findings.push(
          finding({
            severity: 'error',
            path: reshard.path,
            received: what,
            expected: `host ${reshard.host} declared in stack ${reshard.from}, or a change of state acknowledged in code`,
            fix: `declare it in stack ${reshard.from} again, or move the state of its resources and accept the change with the group's acknowledgeMoves: { reason }`,
          }),
        );
      }
    }
    return findings;
  },
};
