import { Lock } from './lock';

/** What differs between two locks, one line per virtual cluster, for a frozen synth's error. */
export function lockChanges(before: Lock, after: Lock): string[] {
  const changes: string[] = [];
  const keys = new Set([...Object.keys(before.groups), ...Object.keys(after.groups)]);
  for (const key of [...keys].sort()) {
    const old = before.groups[key]?.virtualClusters ?? {};
    const now = after.groups[key]?.virtualClusters ?? {};
    for (const name of [...new Set([...Object.keys(old), ...Object.keys(now)])].sort()) {
      const a = old[name];
      const b = now[name];
      const where = (entry: typeof a) => (entry ? `${entry.host}${entry.ip ? ` ${entry.ip}` : ''}` : '');
      if (!a) changes.push(`${key}/${name}: new on ${where(b)}`);
      else if (!b) changes.push(`${key}/${name}: removed from ${where(a)}`);
      else if (where(a) !== where(b)) changes.push(`${key}/${name}: ${where(a)} -> ${where(b)}`);
    }
    if (before.groups[key] && after.groups[key] && before.groups[key].distribution !== after.groups[key].distribution) {
      changes.push(`${key}: distribution ${before.groups[key].distribution} -> ${after.groups[key].distribution}`);
    }
    const [from, to] = [before.groups[key]?.vclusterChartVersion, after.groups[key]?.vclusterChartVersion];
    if (before.groups[key] && after.groups[key] && from !== to) changes.push(`${key}: vcluster chart ${from ?? '(not recorded)'} -> ${to ?? '(not recorded)'}`);
    if (!before.groups[key] && after.groups[key] && Object.keys(now).length === 0) changes.push(`${key}: new group`);
    if (before.groups[key] && !after.groups[key]) changes.push(`${key}: group removed`);
  }
  // A fleet's record of where each host lives (PL-7 judges against it).
  const [was, is] = [before.hosts ?? {}, after.hosts ?? {}];
  for (const host of [...new Set([...Object.keys(was), ...Object.keys(is)])].sort()) {
    if (was[host] === is[host]) continue;
    changes.push(`host ${host}: ${was[host] === undefined ? `new in stack ${is[host]}` : is[host] === undefined ? `removed from stack ${was[host]}` : `stack ${was[host]} -> ${is[host]}`}`);
  }
  return changes;
}
