import { readFileSync } from 'fs';
import { join } from 'path';
import { FleetStack } from '../examples/fleet-stack';
import { mermaid } from '../src/review/mermaid';
import { GroupView } from '../src/review/view';
import { synthStacks, testApp } from './support/synth';

interface Diagram {
  nodes: Map<string, string>;
  edges: Array<[string, string]>;
}

/** Reads a Mermaid flowchart back: nodes `id["label"]` / `id(["label"])`, edges `a --> b`. */
function parseMermaid(text: string): Diagram {
  const nodes = new Map<string, string>();
  const edges: Array<[string, string]> = [];
  for (const line of text.split('\n').slice(1)) {
    const node = /^\s*(\w+)\(?\["(.*)"\]\)?$/.exec(line);
    const edge = /^\s*(\w+) --> (\w+)$/.exec(line);
    if (node)
      nodes.set(
        node[1],
        node[2].replace(/#(\d+);/g, (_, code) => String.fromCharCode(Number(code))),
      );
    else if (edge) edges.push([edge[1], edge[2]]);
    else throw new Error(`not a node nor an edge: ${line}`);
  }
  return { nodes, edges };
}

/** Rows of the Markdown table under a heading, as cell arrays. */
function tableRows(markdown: string, heading: string, after: number): string[][] {
  const start = markdown.indexOf(heading, after);
  const lines = markdown.slice(start).split('\n').slice(2);
  const rows: string[][] = [];
  for (const line of lines.slice(2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split(' | ')
        .map((c) => c.trim()),
    );
  }
  return rows;
}

describe('the review report', () => {
  const app = testApp();
  new FleetStack(app, 'fleet');
  synthStacks(app);
  const dir = join(app.outdir, 'cluster-groups', 'fleet');
  const markdown = readFileSync(join(dir, 'review.md'), 'utf8');
  const view = JSON.parse(readFileSync(join(dir, 'review.json'), 'utf8')) as { groups: GroupView[]; warnings: Array<{ rule: string }> };

  it('draws each group as group → hosts → virtual clusters, matching the placement', () => {
    const blocks = [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => parseMermaid(m[1]));
    expect(blocks).toHaveLength(view.groups.length);
    view.groups.forEach((group, g) => {
      const { nodes, edges } = blocks[g];
      const label = (id: string) => nodes.get(id) ?? '';
      const hostEdges = edges.filter(([from]) => from === `g${g}`).map(([, to]) => label(to));
      expect(hostEdges).toEqual(group.hosts.map((h) => `host ${h.name}: ${h.endpoint}`));
      const vcEdges = edges.filter(([from]) => from !== `g${g}`).map(([from, to]) => [label(from).split(':')[0].replace('host ', ''), label(to)]);
      // Host by host, each host's virtual clusters in name order.
      const byHost = group.hosts.flatMap((h) => group.virtualClusters.filter((v) => v.host === h.name).map((v) => [v.host, `${v.name}: ${v.endpoint}`]));
      expect(vcEdges).toEqual(byHost);
      expect(label(`g${g}`)).toBe(`group ${group.key} (${group.endpointType})`);
    });
  });

  it('lists hosts and virtual clusters in tables', () => {
    let offset = 0;
    for (const group of view.groups) {
      offset = markdown.indexOf(`## Group ${group.key}`, offset);
      expect(tableRows(markdown, '### Hosts', offset).map((r) => r[0])).toEqual(group.hosts.map((h) => h.name));
      const vcs = tableRows(markdown, '### Virtual clusters', offset);
      expect(vcs.map((r) => [r[0], r[1], r[2]])).toEqual(group.virtualClusters.map((v) => [v.name, v.host, v.endpoint]));
    }
    expect(markdown).toContain('## Warnings');
    expect(view.warnings.map((w) => w.rule)).toEqual(['VC-7']);
  });

  it('gives every capacity figure in whole bytes, the limit rounded down', () => {
    // The example's hosts: capacity × 120%, e.g. 192Gi × 1.2 = 247390116249.6 bytes, whose floor is the limit.
    const hosts = view.groups.flatMap((group) => group.hosts);
    const eu1 = hosts.find((host) => host.name === 'eu1');
    expect(eu1?.memory.limit).toBe(Math.floor((192 * 2 ** 30 * 120) / 100));
    for (const host of hosts) {
      expect(Number.isInteger(host.memory.used) && Number.isInteger(host.memory.limit) && Number.isInteger(host.storage.limit)).toBe(true);
    }
    expect(markdown).not.toMatch(/\d\.\d{4,}/);
  });

  it('keeps names from changing the diagram structure', () => {
    const hostile: GroupView = {
      name: 'x',
      key: 'x',
      path: 'x',
      endpointType: 'Ingress',
      scope: 'tenant',
      oversubscriptionPercent: 120,
      hosts: [
        {
          name: 'h"]-->evil[("x',
          alias: 'h',
          path: 'h',
          kind: 'edge',
          endpoint: 'e\nclick x',
          kubeconfig: null,
          virtualClusters: 0,
          addresses: '0',
          cpu: { used: 0, limit: 1 },
          memory: { used: 0, limit: 1 },
          storage: { used: 0, limit: 1 },
        },
      ],
      virtualClusters: [],
    };
    const diagram = parseMermaid(mermaid(hostile, 0));
    expect([...diagram.nodes.keys()]).toEqual(['g0', 'g0h0']);
    expect(diagram.nodes.get('g0h0')).toBe('host h"]-->evil[("x: e\nclick x');
  });
});
