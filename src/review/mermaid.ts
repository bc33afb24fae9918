import { getOrAdd } from '../model/maps';
import { mermaidLabel as label } from './inert';
import { GroupView, VirtualClusterView } from './view';

/**
 * Mermaid's default limits (its config schema: `maxEdges` 500, `maxTextSize` 50,000 characters of
 * diagram text): past either, Mermaid draws an error instead of the diagram.
 */
export const MERMAID_MAX_EDGES = 500;
export const MERMAID_MAX_TEXT = 50_000;

/** Past this many virtual clusters in a group, the diagram shows each host's as a count: a reader cannot follow more boxes. */
const DRAWN_VIRTUAL_CLUSTERS = 100;
/** Past this many hosts, the rest are one box with their count: the tables under the diagram list every one. */
export const DRAWN_HOSTS = 50;

/** Room kept for the box of the hosts not drawn and its edge: numbers and fixed words, far below this. */
const REST_RESERVE = 200;

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * A flowchart of one group: group → hosts → virtual clusters, each with how it is reached. Large
 * groups are drawn as counts ({@link DRAWN_VIRTUAL_CLUSTERS}, {@link DRAWN_HOSTS}), and hosts are
 * added only while the diagram stays within Mermaid's limits, whatever the length of the names.
 */
export function mermaid(group: GroupView, index: number): string {
  const root = `g${index}`;
  const lines = ['flowchart LR', `  ${root}[${label(`group ${group.key} (${group.endpointType})`)}]`];
  const drawVirtualClusters = group.virtualClusters.length <= DRAWN_VIRTUAL_CLUSTERS;
  const byHost = new Map<string, Array<[VirtualClusterView, number]>>();
  group.virtualClusters.forEach((vc, v) => getOrAdd(byHost, vc.host, () => []).push([vc, v]));
  let text = lines.join('\n').length;
  let edges = 0;
  let drawn = 0;
  for (const [h, host] of group.hosts.entries()) {
    if (h >= DRAWN_HOSTS) break;
    const id = `${root}h${h}`;
    const own = byHost.get(host.name) ?? [];
    const hostText = drawVirtualClusters ? `host ${host.name}: ${host.endpoint}` : `host ${host.name}: ${host.endpoint} (${plural(own.length, 'virtual cluster')})`;
    const chunk = [`  ${id}[${label(hostText)}]`, `  ${root} --> ${id}`];
    if (drawVirtualClusters) for (const [vc, v] of own) chunk.push(`  ${root}v${v}([${label(`${vc.name}: ${vc.endpoint}`)}])`, `  ${id} --> ${root}v${v}`);
    const chunkText = chunk.reduce((n, line) => n + 1 + line.length, 0);
    const chunkEdges = chunk.length / 2;
    if (text + chunkText + REST_RESERVE > MERMAID_MAX_TEXT || edges + chunkEdges + 1 > MERMAID_MAX_EDGES) break;
    lines.push(...chunk);
    text += chunkText;
    edges += chunkEdges;
    drawn += 1;
  }
  const rest = group.hosts.slice(drawn);
  if (rest.length) {
    const vcs = rest.reduce((n, host) => n + (byHost.get(host.name)?.length ?? 0), 0);
    lines.push(`  ${root}rest[${label(`${plural(rest.length, drawn ? 'more host' : 'host')} with ${plural(vcs, 'virtual cluster')}: see the tables`)}]`, `  ${root} --> ${root}rest`);
  }
  return lines.join('\n');
}
