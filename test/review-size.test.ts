import { fleetView, planOf } from '../bench/review-fleet';
import { renderReviewMarkdown } from '../src/review/markdown';
import { DRAWN_HOSTS, mermaid, MERMAID_MAX_EDGES, MERMAID_MAX_TEXT } from '../src/review/mermaid';
import { GITHUB_COMMENT_MAX, renderPlanComment, StackReview } from '../src/review/plan-markdown';
import { reviewPlan } from '../src/review/plan-review';
import { GroupView } from '../src/review/view';

/** The text of every Mermaid block of a Markdown document. */
function diagrams(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]);
}

const edgesOf = (diagram: string): number => diagram.split('\n').filter((line) => line.includes(' --> ')).length;
/** A Mermaid label read back: entities turned into their characters. */
const labels = (diagram: string): string[] => [...diagram.matchAll(/\["(.*?)"\]/g)].map((m) => m[1].replace(/#(\d+);/g, (_, code) => String.fromCharCode(Number(code))));

const view = fleetView({ hosts: 200, vcs: 20_000 });
const [group] = view.groups;
const fullReview = 'artifact cluster-groups-review, review.md';

function stacks(plan: unknown): StackReview[] {
  return [{ stack: 'fleet', ...reviewPlan(plan, [{ source: 'review.json', view }]) }];
}

describe('review.md of 20,000 virtual clusters', () => {
  const markdown = renderReviewMarkdown(view);

  it("keeps every Mermaid diagram within Mermaid's default limits, a group's hosts and virtual clusters as counts", () => {
    const [diagram] = diagrams(markdown);
    expect(diagrams(markdown)).toHaveLength(1);
    expect(edgesOf(diagram)).toBeLessThanOrEqual(MERMAID_MAX_EDGES);
    expect(diagram.length).toBeLessThanOrEqual(MERMAID_MAX_TEXT);
    const hostLabels = labels(diagram).filter((label) => label.startsWith('host '));
    expect(hostLabels).toHaveLength(DRAWN_HOSTS);
    expect(hostLabels[0]).toBe(`host ${group.hosts[0].name}: ${group.hosts[0].endpoint} (100 virtual clusters)`);
    expect(labels(diagram)).toContain(`${200 - DRAWN_HOSTS} more hosts with ${20_000 - DRAWN_HOSTS * 100} virtual clusters: see the tables`);
  });

  it('still lists every host and virtual cluster in its tables', () => {
    expect(markdown.split('\n').filter((line) => line.startsWith('| vc-'))).toHaveLength(20_000);
    expect(markdown.split('\n').filter((line) => /^\| h\d/.test(line))).toHaveLength(200);
  });
});

describe('a Mermaid diagram of long names', () => {
  /** 50 hosts with 2 virtual clusters each, every endpoint 2,000 characters: drawn whole, 200,000 characters. */
  const long: GroupView = {
    ...group,
    hosts: group.hosts.slice(0, 50).map((host) => ({ ...host, endpoint: `MetalLB ${'10.0.0.0/22, '.repeat(150)}` })),
    virtualClusters: group.virtualClusters.filter((vc) => group.hosts.slice(0, 50).some((h) => h.name === vc.host)).slice(0, 100),
  };

  it('draws hosts only while the text stays within the limit, the rest as a count', () => {
    const diagram = mermaid(long, 0);
    expect(diagram.length).toBeLessThanOrEqual(MERMAID_MAX_TEXT);
    const drawn = labels(diagram).filter((label) => label.startsWith('host ')).length;
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(50);
    expect(labels(diagram)).toContain(`${50 - drawn} more hosts with ${100 - drawn * 2} virtual clusters: see the tables`);
  });
});

describe('the pull-request comment of a plan over 20,000 virtual clusters', () => {
  it('stays under 65,536 characters, data loss first and whole, and counts what it leaves out', () => {
    const replaced = new Set(['vc-00007', 'vc-12345', 'vc-19999']);
    const review = stacks(planOf(view, (name) => (replaced.has(name) ? ['delete', 'create'] : ['update'])));
    const comment = renderPlanComment(review, { maxChars: GITHUB_COMMENT_MAX, fullReview });
    expect(comment.length + 1).toBeLessThanOrEqual(GITHUB_COMMENT_MAX);
    const lines = comment.split('\n');
    expect(lines.slice(0, 3)).toEqual(['# Terraform plan review', '', '40000 resource change(s): 39994 updated in place, 6 replaced.']);
    expect(lines.find((line) => line.startsWith('## '))).toBe('## Data loss');
    expect(lines.filter((line) => line.startsWith('- **Virtual cluster')).map((line) => /`(vc-\d+)`/.exec(line)?.[1])).toEqual([...replaced]);
    const shown = lines.filter((line) => /^- (\*\*)?(updated|replaced)/.test(line)).length;
    expect(shown).toBeGreaterThan(100);
    expect(lines[lines.length - 1]).toBe(`_Not shown here for room (a comment holds at most 65536 characters): ${40_000 - shown} more change(s); \`${fullReview}\` holds the whole review._`);
  });

  it('lists as much data loss as fits when it alone is too long, and says first how many more and where', () => {
    const review = stacks(planOf(view, () => ['delete']));
    const comment = renderPlanComment(review, { maxChars: GITHUB_COMMENT_MAX, fullReview });
    expect(comment.length + 1).toBeLessThanOrEqual(GITHUB_COMMENT_MAX);
    const lines = comment.split('\n');
    expect(lines.find((line) => line.startsWith('## '))).toBe('## Data loss');
    const listed = lines.filter((line) => line.startsWith('- **Virtual cluster')).length;
    expect(listed).toBeGreaterThan(100);
    expect(lines).toContain(`- **… and ${20_000 - listed} more virtual cluster(s) whose data would be lost, not listed here for room: \`${fullReview}\` lists every one.**`);
    expect(lines.some((line) => line.startsWith('### Host'))).toBe(false);
  });
});

describe('one comment for every stack of a sharded fleet', () => {
  it('lists the data loss of every stack first, each line naming its stack, and stays under the limit', () => {
    // 10,000 changes in each stack: 5,000 virtual clusters updated, one destroyed.
    const reviewOf = (stack: string, lost: string): StackReview => ({ ...stacks(planOf(view, (name, i) => (name === lost ? ['delete'] : i % 4 === 0 ? ['update'] : null)))[0], stack });
    const comment = renderPlanComment([reviewOf('shard-a', 'vc-00100'), reviewOf('shard-b', 'vc-19000')], { maxChars: GITHUB_COMMENT_MAX, fullReview });
    expect(comment.length + 1).toBeLessThanOrEqual(GITHUB_COMMENT_MAX);
    const lines = comment.split('\n');
    expect(lines[2]).toBe('20004 resource change(s): 20000 updated in place, 4 destroyed. 2 stacks, 2 with changes.');
    expect(lines.find((line) => line.startsWith('## '))).toBe('## Data loss');
    expect(lines.filter((line) => line.startsWith('- **Virtual cluster'))).toEqual([
      expect.stringMatching(/^- \*\*Virtual cluster `vc-00100` — stack `shard-a`, group `fleet-lb`/),
      expect.stringMatching(/^- \*\*Virtual cluster `vc-19000` — stack `shard-b`, group `fleet-lb`/),
    ]);
    expect(lines).toContain('## Stack `shard-a`');
  });
});
