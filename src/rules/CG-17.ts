import { Values } from '../charts/merge';
import { removedKeys } from '../charts/vcluster-removed-keys';
import { UserValues } from '../model/user-values';
import { describeErrors, vclusterValidator } from '../charts/vcluster-schema';
import { gateText, VCLUSTER_VALUES_FORMAT } from '../charts/version';
import { finding, Rule, RuleFinding } from './rule';

const MAX_LISTED = 5;

export const CG17: Rule = {
  id: 'CG-17',
  severities: ['error', 'warning'],
  title:
    'Free-form vcluster values (group-wide or per virtual cluster) are validated against the chart version’s values schema when it is available, and against the keys its templates refuse (the volume-snapshot keys removed in 0.36.0); YAML that does not parse is an error.',
  rationale: 'The vcluster chart refuses unknown keys; a typo found at apply time fails after the plan was approved.',
  remedy: "Correct the YAML, and remove or correct the keys the finding lists (see the chart's vcluster.yaml reference for that version).",
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      const version = group.charts.vcluster.version;
      const expected = `values accepted by the vcluster ${version} values schema`;
      const parseError = (path: string, values: UserValues) => {
        if ('error' in values)
          findings.push(
            finding({ severity: 'error', path, received: values.error, expected: 'a YAML map or an object of vcluster values', fix: 'correct the YAML (indentation, quotes, a missing ":")' }),
          );
        return 'error' in values;
      };
      // Each text is checked on its own, so a bad group YAML hides no virtual cluster's finding, and a group's refused key is reported once, at the group.
      const groupValues = group.spec.values !== undefined && !parseError(group.spec.path, group.userValues) && 'values' in group.userValues ? group.userValues.values : undefined;
      const withValues = group.virtualClusters.filter((vc) => vc.spec.values !== undefined && !parseError(vc.spec.path, vc.userValues));
      if (groupValues === undefined && withValues.length === 0) continue;
      // The chart's templates refuse these whatever the schema says: the render fails at apply.
      const removed = (path: string, values: Values, what: string) => {
        const keys = removedKeys(values, version);
        if (keys.length)
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `${what} the vcluster ${version} chart refuses to render: ${keys.join('; ')}`,
              expected: `values without keys the chart removed`,
              fix: 'remove those keys',
            }),
          );
      };
      if (groupValues !== undefined) removed(group.spec.path, groupValues, 'group values');
      for (const vc of withValues) if ('values' in vc.userValues) removed(vc.spec.path, vc.userValues.values, 'values');
      const validate = vclusterValidator(version);
      if (!validate) {
        findings.push(
          finding({
            severity: 'warning',
            path: group.spec.path,
            received: `vcluster chart ${version}, for which no values schema is shipped`,
            expected: `a chart version of a minor from ${gateText(VCLUSTER_VALUES_FORMAT)} to 0.36`,
            fix: 'check the values by hand, or use a version whose schema is shipped',
          }),
        );
        continue;
      }
      const check = (path: string, values: object, what: string) => {
        if (validate(values)) return;
        const errors = describeErrors(validate);
        const listed = errors.slice(0, MAX_LISTED).join('; ') + (errors.length > MAX_LISTED ? `; and ${errors.length - MAX_LISTED} more` : '');
        findings.push(
          finding({
            severity: 'error',
            path,
            received: `${what} the schema refuses: ${listed}`,
            expected: expected,
            fix: 'remove or correct those keys (see the chart’s vcluster.yaml reference for this version)',
          }),
        );
      };
      if (groupValues !== undefined) check(group.spec.path, groupValues, 'group values');
      for (const vc of withValues) if ('values' in vc.userValues) check(vc.spec.path, vc.userValues.values, 'values');
    }
    return findings;
  },
  checkInput: ({ unusableValues }) =>
    unusableValues.map((values) =>
      values.kind === 'unreadable'
        ? finding({
            severity: 'error',
            path: values.path,
            received: `values that cannot be read (${values.problem})`,
            expected: 'values as YAML text or plain data',
            fix: 'pass plain data: no getters, no class instances',
          })
        : finding({
            severity: 'error',
            path: values.path,
            received: `values with a Terraform expression at ${values.at} (a variable, a resource attribute or a function): Helm would receive its text, not its value`,
            expected: 'values as plain data',
            fix: 'write the value itself; for a secret, keep it in a Kubernetes secret of the virtual cluster’s namespace and point the chart at that secret, so it is in no Terraform file or values',
          }),
    ),
};
