import { markdownText as cell } from './inert';
import { mermaid } from './mermaid';
import { usageBar } from './usage';
import { GroupView, ReviewView } from './view';

function hostsTable(group: GroupView): string[] {
  return [
    '| host | kind | endpoint | virtual clusters | cpu | memory | storage |',
    '|---|---|---|---|---|---|---|',
    ...group.hosts.map(
      (h) =>
        `| ${cell(h.name)} | ${cell(h.kind)} | ${cell(h.endpoint)} | ${h.virtualClusters} | \`${usageBar(h.cpu, 'cpu')}\` | \`${usageBar(h.memory, 'memory')}\` | \`${usageBar(h.storage, 'storage')}\` |`,
    ),
  ];
}

function virtualClustersTable(group: GroupView): string[] {
  return [
    '| virtual cluster | host | endpoint | cpu | memory | storage | chart | paused |',
    '|---|---|---|---|---|---|---|---|',
    ...group.virtualClusters.map(
      (v) => `| ${cell(v.name)} | ${cell(v.host)} | ${cell(v.endpoint)} | ${cell(v.cpu)} | ${cell(v.memory)} | ${cell(v.storage)} | ${cell(v.chartVersion)} | ${v.paused ? 'yes' : 'no'} |`,
    ),
  ];
}

/** review.md: what a pull request's reviewer needs to see of the groups, rendered by GitHub (Mermaid included). */
export function renderReviewMarkdown(view: ReviewView): string {
  const out: string[] = ['# Cluster groups', ''];
  view.groups.forEach((group, index) => {
    out.push(
      `## Group ${cell(group.key)}`,
      '',
      `${cell(group.endpointType)} endpoints, ${cell(group.scope)}, oversubscription ${cell(String(group.oversubscriptionPercent))}%.`,
      '',
      '```mermaid',
      mermaid(group, index),
      '```',
      '',
      '### Hosts',
      '',
      ...hostsTable(group),
      '',
      '### Virtual clusters',
      '',
      ...virtualClustersTable(group),
      '',
    );
  });
  if (view.moves.length) {
    out.push('## Moves (replacements: data loss)', '', ...view.moves.map((m) => `- **${cell(`${m.group}/${m.virtualCluster}`)}**: ${cell(m.from)} → ${cell(m.to)} (${cell(m.reason)})`), '');
  }
  out.push('## Warnings', '', ...(view.warnings.length ? view.warnings.map((w) => `- ${cell(w.message)}`) : ['None.']), '');
  return out.join('\n');
}
