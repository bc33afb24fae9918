import { isDnsLabel, isNonBlank } from '../model/names';
import { Move } from '../placement/place';
import { reshardsOf } from '../placement/reshard';
import { finding, Rule, RuleFinding, show } from './rule';

const HOW_TO_ACCEPT = "or accept the move in code with a reason: vc.acknowledgeMove({ reason }) or the group's acknowledgeMoves: { reason }";

/** How to keep a virtual cluster where it runs, by why it would move. */
function keep(move: Move): string {
  switch (move.reason) {
    case 'pinned':
      return `pin it to ${move.from} again (or remove the pin), ${HOW_TO_ACCEPT}`;
    case 'host-left-group':
      return `add host ${move.from} back to the group; if that host was renamed, give the renamed host formerName: ${JSON.stringify(move.from)}; ${HOW_TO_ACCEPT}`;
    case 'group-changed':
      return `declare it again in the group that has host ${move.from.split(' ')[0]}, ${HOW_TO_ACCEPT}`;
  }
}

const WHY: Record<Move['reason'], string> = {
  pinned: 'its pin names another host',
  'host-left-group': 'its host is no longer in the group',
  'group-changed': 'it is now declared in a group without that host',
};

export const PL4: Rule = {
  id: 'PL-4',
  severities: ['error', 'warning'],
  title:
    'A running virtual cluster never moves to another host unless a move acknowledgement with a reason says so in code; a renamed host keeps its virtual clusters when its former name is declared.',
  rationale:
    'A virtual cluster\'s release and namespace are addressed by its host (helm_release.vcluster_<host>["<name>"]). Another host is another address and another cluster: Terraform destroys the running one with its data and creates an empty one, and no moved block can carry it across, the objects live in another cluster. A host rename only changes the address, which moved blocks carry.',
  remedy:
    "Keep the virtual cluster where it runs (remove the pin, add the host back, declare a renamed host's formerName), or accept the move in code with a reason: vc.acknowledgeMove({ reason }) or the group's acknowledgeMoves: { reason }; remove the acknowledgement once the move is applied.",
  check: ({ fleet, placement, otherStacks = new Map() }) => {
    const findings: RuleFinding[] = [];
    const reasons = new Map<string, unknown>();
    for (const ack of fleet.model.moveAcknowledgements ?? []) {
      // A fleet's acknowledgement of a host changing stack is PL-7's.
      if (ack.host !== undefined) continue;
      reasons.set(ack.path, ack.reason);
      if (!isNonBlank(ack.reason)) {
        findings.push(
          finding({
            severity: 'error',
            path: ack.path,
            received: `a move acknowledgement with the reason ${show(ack.reason)}`,
            expected: 'a reason: why losing the running virtual cluster is fine',
            fix: 'say why, e.g. { reason: "dc1 is retired; team-a is a scratch cluster" }',
          }),
        );
      }
    }
    const groupOf = new Map<string, string>();
    for (const group of fleet.groups) for (const vc of group.virtualClusters) groupOf.set(vc.spec.path, group.spec.path);
    const used = new Set<string>();
    for (const move of placement.moves) {
      const group = groupOf.get(move.path) ?? '';
      // An acknowledgement without a reason accepts nothing (it is an error of its own).
      const at = isNonBlank(reasons.get(move.path)) ? move.path : isNonBlank(reasons.get(group)) ? group : undefined;
      const what = `a move of ${move.group}/${move.virtualCluster} from ${move.from} to ${move.to} (${WHY[move.reason]}): Terraform destroys it with its data and creates it anew`;
      if (at === undefined) {
        findings.push(
          finding({ severity: 'error', path: move.path, received: what, expected: `${move.virtualCluster} kept on ${move.from}, where it runs, or a move acknowledged in code`, fix: keep(move) }),
        );
        continue;
      }
      used.add(at);
      findings.push(
        finding({
          severity: 'warning',
          path: move.path,
          received: `${what}; acknowledged at ${at}: ${show(reasons.get(at))}`,
          expected: 'a move that is meant',
          fix: 'apply it, then remove the acknowledgement so that no later move is accepted by it',
        }),
      );
    }
    // A group's acknowledgement that lets a host change stack (PL-7) is in use too.
    for (const reshard of reshardsOf(fleet.groups, otherStacks)) used.add(reshard.groupPath);
    for (const [path, reason] of reasons) {
      if (!used.has(path) && isNonBlank(reason)) {
        findings.push(
          finding({
            severity: 'warning',
            path,
            received: 'a move acknowledgement, yet nothing moves',
            expected: 'an acknowledgement only while a move is pending',
            fix: 'remove it, so that it cannot accept a later move nobody meant',
          }),
        );
      }
    }
    findings.push(...formerNames(fleet.groups.flatMap((group) => group.hosts)));
    return findings;
  },
};

/** A former name is a DNS label that no host of the stack has now and that one host claims. */
function formerNames(hosts: ReadonlyArray<{ name: string; spec: { path: string; formerName?: unknown } }>): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const current = new Map(hosts.map((host) => [host.name, host.spec.path]));
  const claimed = new Map<string, string>();
  for (const host of hosts) {
    const former = host.spec.formerName;
    if (former === undefined || former === host.name) continue;
    const path = host.spec.path;
    if (!isDnsLabel(former)) {
      findings.push(
        finding({
          severity: 'error',
          path,
          received: `formerName ${show(former)}`,
          expected: 'the DNS label the host had before, as the lock records it',
          fix: 'give the name the host had, or remove formerName',
        }),
      );
    } else if (current.has(former)) {
      findings.push(
        finding({
          severity: 'error',
          path,
          received: `formerName ${show(former)}, the name of ${current.get(former)}`,
          expected: 'a name no host of the stack has now',
          fix: 'remove formerName: that host still exists, and its resources would be moved onto this one',
        }),
      );
    } else if (claimed.has(former)) {
      findings.push(
        finding({
          severity: 'error',
          path,
          received: `formerName ${show(former)}, also claimed by ${claimed.get(former)}`,
          expected: 'one host per former name',
          fix: 'keep formerName on the host that had that name only',
        }),
      );
    } else claimed.set(former, path);
  }
  return findings;
}
