import { parseVersion } from '../charts/version';
import { finding, Rule, RuleFinding, show } from './rule';

/** What moving from one chart version to another is, when it needs the user's word: a downgrade, or a jump over more than one minor. */
function riskyMove(from: [number, number, number], to: [number, number, number]): string | undefined {
  const order = (v: [number, number, number]) => v[0] * 1e6 + v[1] * 1e3 + v[2];
  if (order(to) < order(from)) return 'a downgrade';
  if (to[0] > from[0] || to[1] > from[1] + 1) return 'a jump over more than one minor';
  return undefined;
}

export const CG22: Rule = {
  id: 'CG-22',
  severities: ['error', 'warning'],
  title:
    'A group’s vcluster chart version moves from the one in the lock by patches or one minor up; a downgrade or a jump over more than one minor is refused unless acknowledged in code (acknowledgeChartVersionChange).',
  rationale:
    'vcluster migrates its data store and config one minor at a time and does not support going back; a skipped minor or a downgrade can leave every virtual cluster of the group unable to start, found only at apply.',
  remedy: 'Upgrade one minor at a time; or, having read the upgrade notes of every minor in between, set acknowledgeChartVersionChange to the locked version being left.',
  check: ({ fleet, previousLock }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      const path = group.spec.path;
      const locked = previousLock.groups[group.key]?.vclusterChartVersion;
      const current = group.charts.vcluster.version;
      const [from, to] = [parseVersion(locked), parseVersion(current)];
      const move = from && to ? riskyMove(from, to) : undefined;
      const ack = group.spec.acknowledgeChartVersionChange;
      if (move && ack !== locked && from) {
        const next = `${from[0]}.${from[1] + 1}.x`;
        findings.push(
          finding({
            severity: 'error',
            path,
            received: `vcluster chart ${current}, deployed as ${locked} (cluster-groups.lock.json): ${move}`,
            expected: `a patch of ${from[0]}.${from[1]} or the next minor (${next}), or acknowledgeChartVersionChange: ${show(locked)}`,
            fix:
              move === 'a downgrade'
                ? `keep ${locked} or later; to go back anyway, set acknowledgeChartVersionChange: ${show(locked)}`
                : `upgrade to ${next} first; or, having read the upgrade notes of every minor in between, set acknowledgeChartVersionChange: ${show(locked)}`,
          }),
        );
      }
      if (ack !== undefined && !(move && ack === locked))
        findings.push(
          finding({
            severity: 'warning',
            path,
            received: `acknowledgeChartVersionChange ${show(ack)}, with the lock at ${locked === undefined ? 'no recorded version' : show(locked)} and the chart at ${show(current)}`,
            expected: 'an acknowledgement only for the downgrade or jump from the locked version it names',
            fix: 'remove acknowledgeChartVersionChange',
          }),
        );
    }
    return findings;
  },
};
