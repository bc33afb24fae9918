import { usageBar } from './usage';
import { ReviewView } from './view';

/** The short report printed at synth: groups, hosts with capacity use, where each virtual cluster went and how it is reached, warnings. */
export function renderSummary(view: ReviewView, stack: string): string {
  const lines: string[] = [
    `cluster-groups: stack ${stack}: ${view.groups.length} group(s), ${view.groups.reduce((n, g) => n + g.hosts.length, 0)} host(s), ${view.groups.reduce((n, g) => n + g.virtualClusters.length, 0)} virtual cluster(s)`,
  ];
  for (const group of view.groups) {
    lines.push(`  group ${group.key} (${group.endpointType}, ${group.scope}, oversubscription ${group.oversubscriptionPercent}%)`);
    for (const host of group.hosts) {
      lines.push(`    host ${host.name} (${host.kind}; ${host.endpoint}): ${host.virtualClusters} virtual cluster(s)`);
      lines.push(`      cpu ${usageBar(host.cpu, 'cpu')}  memory ${usageBar(host.memory, 'memory')}  storage ${usageBar(host.storage, 'storage')}`);
    }
    for (const vc of group.virtualClusters) {
      lines.push(`    vcluster ${vc.name} on ${vc.host}: ${vc.endpoint} (${vc.cpu} CPU, ${vc.memory}, ${vc.storage}${vc.paused ? ', paused' : ''})`);
    }
  }
  for (const move of view.moves) lines.push(`  MOVE (replacement, data loss): ${move.group}/${move.virtualCluster} from ${move.from} to ${move.to} (${move.reason})`);
  if (view.warnings.length) {
    lines.push(`  warnings (${view.warnings.length}):`);
    for (const warning of view.warnings) lines.push(`    ${warning.message}`);
  }
  return `${lines.join('\n')}\n`;
}
