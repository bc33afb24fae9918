import { isLabelKey, isLabelValue, isOwnLabelKey } from '../model/labels';
import { isMap } from '../model/values';
import { finding, Rule, RuleFinding, show } from './rule';

function tagProblems(path: string, tags: unknown): RuleFinding[] {
  if (tags === undefined) return [];
  if (!isMap(tags))
    return [finding({ severity: 'error', path, received: `tags ${show(tags)}`, expected: 'an object of label keys to values', fix: 'give tags as { key: "value" }, or leave them out' })];
  return Object.entries(tags).flatMap(([key, value]) => {
    if (!isLabelKey(key))
      return [
        finding({
          severity: 'error',
          path,
          received: `tag key ${show(key)}`,
          expected: 'a Kubernetes label key: an optional DNS-subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit',
          fix: 'rename the tag, e.g. "team" or "example.com/cost-center"',
        }),
      ];
    if (isOwnLabelKey(key))
      return [
        finding({
          severity: 'error',
          path,
          received: `tag key ${show(key)}`,
          expected: 'a key of yours: not app.kubernetes.io/managed-by, cluster-groups/…, nor a kubernetes.io or k8s.io prefix',
          fix: 'use a prefix of your own, e.g. "example.com/team"',
        }),
      ];
    if (!isLabelValue(value))
      return [
        finding({
          severity: 'error',
          path,
          received: `tag ${show(key)} = ${show(value)}`,
          expected: 'a Kubernetes label value: text of at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit, or empty',
          fix: 'shorten the value or replace its other characters; longer text belongs in description',
        }),
      ];
    return [];
  });
}

export const CG25: Rule = {
  id: 'CG-25',
  severities: ['error'],
  title:
    'A group’s tags are Kubernetes labels (put on every namespace created for its hosts and virtual clusters), none of them a key we or Kubernetes set; its description is text (the description of its output).',
  rationale:
    'Tags end up as labels: the API server refuses a key or value it cannot hold only at apply, and a tag that set one of our own labels (managed-by, pod security) would change what the namespace admits.',
  remedy: 'Give tags as { "example.com/team": "payments" }: label keys and values; put longer text in description.',
  check: ({ fleet }) =>
    fleet.groups.flatMap((group) => {
      const { path, tags, description } = group.spec;
      const wrongDescription =
        description === undefined || typeof description === 'string'
          ? []
          : [finding({ severity: 'error', path, received: `description ${show(description)}`, expected: 'text', fix: 'give description as a string, or leave it out' })];
      return [...tagProblems(path, tags), ...wrongDescription];
    }),
};
