import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { vclusterKubernetesVersion } from '../src/charts/vcluster-kubernetes';
import { renderPlanReview } from '../src/review/plan-markdown';
import { reviewPlan } from '../src/review/plan-review';
import { CHARTS } from './support/charts';

// A chart upgrade reads, in a plan, as a release's version bump; what it does to a virtual cluster
// is restart its control plane on the Kubernetes that chart ships. The plan review says so.

function release(key: string, from: { version: string; values: string[] }, to: { version: string; values: string[] }): unknown {
  return {
    address: `helm_release.vcluster_dc1["${key}"]`,
    mode: 'managed',
    type: 'helm_release',
    name: 'vcluster_dc1',
    index: key,
    change: { actions: ['update'], before: { chart: 'vcluster', ...from }, after: { chart: 'vcluster', ...to } },
  };
}

function plan(...changes: unknown[]): unknown {
  return { format_version: '1.2', planned_values: { root_module: {} }, resource_changes: changes };
}

const OURS = 'controlPlane:\n  distro:\n    k8s:\n      enabled: true\n';
const PINNED = 'controlPlane:\n  distro:\n    k8s:\n      image:\n        tag: v1.34.2\n';

describe('the Kubernetes version a vcluster release runs', () => {
  it("is the distro image tag of the chart's own values.yaml for the chart we ship", () => {
    const values = parse(readFileSync(join(CHARTS, 'vcluster', '0.36.1', 'chart', 'values.yaml'), 'utf8'));
    expect(vclusterKubernetesVersion('0.36.1', [])).toBe(values.controlPlane.distro.k8s.image.tag);
  });

  it('is the one the values pin, over the chart default; unknown for a chart this release does not know', () => {
    expect(vclusterKubernetesVersion('0.36.1', [parse(OURS), parse(PINNED)])).toBe('v1.34.2');
    expect(vclusterKubernetesVersion('0.31.3', [{ controlPlane: { distro: { k3s: { enabled: true } } } }])).toBe('v1.34.1-k3s1');
    expect(vclusterKubernetesVersion('9.9.9', [])).toBeUndefined();
  });
});

describe('review-plan on a chart upgrade', () => {
  it('names the Kubernetes move of each virtual cluster, and counts them at the head', () => {
    const review = reviewPlan(
      plan(
        release('team-a', { version: '0.34.7', values: [OURS] }, { version: '0.35.3', values: [OURS] }),
        release('team-b', { version: '0.34.7', values: [OURS] }, { version: '0.35.3', values: [OURS] }),
        // Pinned by its values: the chart moves, its Kubernetes does not.
        release('team-c', { version: '0.34.7', values: [OURS, PINNED] }, { version: '0.35.3', values: [OURS, PINNED] }),
      ),
      [],
    );
    const changes = review.groups[0].hosts[0].virtualClusters.map((vc) => [vc.name, vc.changes[0].kubernetes]);
    expect(changes).toEqual([
      ['team-a', { from: 'v1.35.0', to: 'v1.36.0' }],
      ['team-b', { from: 'v1.35.0', to: 'v1.36.0' }],
      ['team-c', undefined],
    ]);
    const text = renderPlanReview([{ stack: 'fleet', ...review }]);
    expect(text.split('\n').slice(0, 6)).toEqual([
      '# Terraform plan review',
      '',
      '3 resource change(s): 3 updated in place.',
      '',
      'Kubernetes `v1.35.0` → `v1.36.0`: 2 virtual cluster(s) (their control planes restart on it).',
      '',
    ]);
    expect(text).toContain('- updated in place: vcluster release `helm_release.vcluster_dc1["team-a"]` — Kubernetes `v1.35.0` → `v1.36.0`');
  });

  it('says nothing of Kubernetes for a patch that ships the same version, or values Terraform cannot show', () => {
    const review = reviewPlan(plan(release('team-a', { version: '0.35.0', values: [OURS] }, { version: '0.35.3', values: ['{ not: yaml'] })), []);
    expect(review.groups[0].hosts[0].virtualClusters[0].changes[0].kubernetes).toBeUndefined();
    expect(renderPlanReview([{ stack: 'fleet', ...review }])).not.toContain('Kubernetes');
  });
});
