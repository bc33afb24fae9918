/**
 * How large the review of a 20,000-virtual-cluster fleet is (the bench topology at 200 hosts,
 * evaluated by the real rules and placement without cdktf: bench/review-fleet.ts):
 *   node --import tsx bench/review-size.ts [--hosts 200 --vcs 20000]
 * Prints one JSON line: review.md's characters and its largest Mermaid diagram (edges, text), and
 * for a plan that updates every virtual cluster and replaces one, the pull-request comment's
 * characters against the full review's.
 */
import { renderReviewMarkdown } from '../src/review/markdown';
import { GITHUB_COMMENT_MAX, renderPlanComment, renderPlanReview } from '../src/review/plan-markdown';
import { reviewPlan } from '../src/review/plan-review';
import { fleetView, planOf } from './review-fleet';
import { argValue } from './topology';

const args = process.argv.slice(2);
const scale = { hosts: Number(argValue(args, '--hosts') ?? 200), vcs: Number(argValue(args, '--vcs') ?? 20_000) };

const view = fleetView(scale);
const reviewMd = renderReviewMarkdown(view);
const diagrams = [...reviewMd.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]);
const lost = view.groups[0].virtualClusters[0].name;
const plan = planOf(view, (name) => (name === lost ? ['delete', 'create'] : ['update']));
const started = performance.now();
const reviews = [{ stack: 'fleet', ...reviewPlan(plan, [{ source: 'review.json', view }]) }];
const comment = renderPlanComment(reviews, { maxChars: GITHUB_COMMENT_MAX, fullReview: 'artifact cluster-groups-review' });
const full = renderPlanReview(reviews);
const reviewMs = performance.now() - started;
const changes = Object.values(reviews[0].counts).reduce((n, c) => n + c, 0);

process.stdout.write(
  `${JSON.stringify({
    hosts: scale.hosts,
    vcs: scale.vcs,
    review_md_chars: reviewMd.length,
    mermaid_diagrams: diagrams.length,
    mermaid_edges_max: Math.max(...diagrams.map((d) => d.split('\n').filter((line) => line.includes(' --> ')).length)),
    mermaid_text_max: Math.max(...diagrams.map((d) => d.length)),
    plan_changes: changes,
    comment_chars: comment.length + 1,
    comment_data_loss_listed: comment.split('\n').filter((line) => line.startsWith('- **Virtual cluster')).length,
    full_review_chars: full.length,
    review_plan_ms: Math.round(reviewMs),
  })}\n`,
);
