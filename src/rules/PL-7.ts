import { isNonBlank } from '../model/names';
import { MoveAcknowledgementSpec } from '../model/types';
import { Reshard, reshardsOf } from '../placement/reshard';
import { finding, Rule, RuleFinding, show } from './rule';

/** What changes state, in the words of a plain stack (the virtual clusters the lock records) or of a fleet (the host's recorded stack). */
function describe(reshard: Reshard): string {
  if (reshard.to === undefined) {
    return `host ${reshard.host}, whose virtual clusters ${reshard.virtualClusters.join(', ')} the lock records in stack ${reshard.from}: another Terraform state, which would destroy them`;
  }
  const lost = reshard.virtualClusters.length > 0 ? `its virtual clusters ${reshard.virtualClusters.join(', ')}` : 'its resources';
  return `host ${reshard.host}, which the lock records in stack ${reshard.from}, sharded into stack ${reshard.to}: another Terraform state, which would destroy ${lost} and create them anew`;
}

export const PL7: Rule = {
  id: 'PL-7',
  severities: ['error', 'warning'],
  title:
    "A host stays in the stack (the Terraform state) the lock records it in, unless its group's acknowledgeMoves, or in a fleet the fleet's acknowledgeReshard for that host, says why it may change.",
  rationale:
    'Each stack is its own Terraform state, and moved blocks cannot cross states: a host declared or sharded into another stack would have every virtual cluster on it destroyed by the old state and created empty by the new one.',
  remedy:
    "Declare the host in the stack it was in (or give the fleet its former sharding); to move it between states without losing its virtual clusters, move their state first (terraform state rm in the old state and terraform import in the new one), then accept the change with the group's acknowledgeMoves: { reason }, or fleet.acknowledgeReshard(host, { reason }).",
  check: ({ fleet, otherStacks = new Map() }) => {
    const reasons = new Map((fleet.model.moveAcknowledgements ?? []).map((ack) => [ack.path, ack.reason]));
    const byHost = new Map<string, MoveAcknowledgementSpec>();
    for (const ack of fleet.model.moveAcknowledgements ?? []) if (ack.host !== undefined) byHost.set(ack.host, ack);
    const used = new Set<string>();
    const findings: RuleFinding[] = [];
    for (const reshard of reshardsOf(fleet.groups, otherStacks)) {
      const what = describe(reshard);
      const own = byHost.get(reshard.host);
      const [at, reason] = isNonBlank(reasons.get(reshard.groupPath)) ? [reshard.groupPath, reasons.get(reshard.groupPath)] : own && isNonBlank(own.reason) ? [own.path, own.reason] : [];
      if (own) used.add(reshard.host);
      if (at !== undefined) {
        findings.push(
          finding({
            severity: 'warning',
            path: reshard.path,
            received: `${what}; acknowledged at ${at}: ${show(reason)}`,
            expected: 'a change of state that is meant',
            fix: 'move their Terraform state before applying, and remove the acknowledgement afterwards',
          }),
        );
      } else {
        const stack = reshard.to === undefined ? `declared in stack ${reshard.from}` : `sharded into stack ${reshard.from} as the lock records`;
        findings.push(
          finding({
            severity: 'error',
            path: reshard.path,
            received: what,
            expected: `host ${reshard.host} ${stack}, or a change of state acknowledged in code`,
            fix:
              reshard.to === undefined
                ? `declare it in stack ${reshard.from} again, or move the state of its resources and accept the change with the group's acknowledgeMoves: { reason }`
                : `keep the sharding that put it in stack ${reshard.from}, or move the state of its resources (README "Fleets past one Terraform state") and accept the change with fleet.acknowledgeReshard('${reshard.host}', { reason })`,
          }),
        );
      }
    }
    for (const [host, ack] of byHost) {
      if (used.has(host)) continue;
      findings.push(
        finding({
          severity: 'warning',
          path: ack.path,
          received: `a reshard acknowledgement for host ${show(host)}, yet it stays in the stack the lock records`,
          expected: 'an acknowledgement only while a change of stack is pending',
          fix: 'remove it, so that it cannot accept a later change nobody meant',
        }),
      );
    }
    return findings;
  },
};
