import { usageBar } from './usage';
import { GroupView, ReviewView } from './view';

/** Mermaid label text: quotes and brackets as entities, so a name can never change the diagram's structure. */
function label(text: string): string {
  return `"${text.replace(/[^A-Za-z0-9 .:/_*()%,-]/g, (c) => `#${c.charCodeAt(0)};`)}"`;
}

/** Markdown table cell text: pipes and newlines escaped. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A flowchart of one group: group → hosts → virtual clusters, each with how it is reached. */
export function mermaid(group: GroupView, index: number): string {
  const lines = ['flowchart LR', `  g${index}[${label(`group ${group.key} (${group.endpointType})`)}]`];
  const hostId = new Map<string, string>();
  group.hosts.forEach((host, h) => {
    const id = `g${index}h${h}`;
    hostId.set(host.name, id);
    lines.push(`  ${id}[${label(`host ${host.name}: ${host.endpoint}`)}]`, `  g${index} --> ${id}`);
  });
  group.virtualClusters.forEach((vc, v) => {
    const id = `g${index}v${v}`;
    lines.push(`  ${id}([${label(`${vc.name}: ${vc.endpoint}`)}])`);
    const parent = hostId.get(vc.host);
    if (parent) lines.push(`  ${parent} --> ${id}`);
  });
  return lines.join('\n');
}

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
      `## Group ${group.key}`,
      '',
      `${group.endpointType} endpoints, ${group.scope}, oversubscription ${group.oversubscriptionPercent}%.`,
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
    out.push('## Moves (replacements: data loss)', '', ...view.moves.map((m) => `- **${m.group}/${m.virtualCluster}**: ${m.from} → ${m.to} (${m.reason})`), '');
  }
  out.push('## Warnings', '', ...(view.warnings.length ? view.warnings.map((w) => `- ${cell(w.message)}`) : ['None.']), '');
  return out.join('\n');
}
