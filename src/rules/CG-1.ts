import { isDnsLabel, outputName } from '../model/names';
import { finding, Rule, RuleFinding, show } from './rule';

export const CG1: Rule = {
  id: 'CG-1',
  severities: ['error'],
  title: 'Group name is a DNS-1123 label, unique among groups of the same scope (and so is the Terraform output name derived from it).',
  rationale: 'The name keys the group in the placement lock and in Terraform output names; two groups of one name in one scope would share both.',
  remedy: 'Rename the group to a lowercase DNS label (letters, digits, "-"), different from every other group of its scope.',
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    const first = new Map<string, string>();
    const outputs = new Map<string, string>();
    for (const group of fleet.groups) {
      const path = group.spec.path;
      if (!isDnsLabel(group.spec.name)) {
        findings.push(
          finding({
            severity: 'error',
            path,
            received: show(group.spec.name),
            expected: 'a DNS-1123 label (lowercase letters, digits and "-", starting and ending alphanumeric, at most 63)',
            fix: 'rename the group, e.g. "edge-lb"',
          }),
        );
        continue;
      }
      const other = first.get(group.key);
      if (other)
        findings.push(
          finding({
            severity: 'error',
            path,
            received: `the name ${show(group.name)}, already used by ${other}`,
            expected: 'a name unique among groups of the same scope: two declarations are two groups, not one declared twice',
            fix: 'give each group its own name (the name keys its lock entry and its Terraform output); if both are meant to be one group, declare it once and add every host to it',
          }),
        );
      else {
        first.set(group.key, path);
        // Dashes and slashes both become underscores in the output name, so two keys may meet there.
        const output = outputName(group.key);
        const owner = outputs.get(output);
        if (owner)
          findings.push(
            finding({
              severity: 'error',
              path,
              received: `the name ${show(group.key)}, whose Terraform output ${output} is also that of ${owner}`,
              expected: 'a Terraform output name of its own',
              fix: 'rename one of the two groups (or its project)',
            }),
          );
        else outputs.set(output, path);
      }
    }
    return findings;
  },
};
