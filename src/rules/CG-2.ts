import { isDnsLabel } from '../model/names';
import { Scope } from '../model/types';
import { finding, Rule, RuleFinding, show } from './rule';
import { wrongOptionClass } from './wrong-prop';

function describe(scope: Scope): string {
  return scope.kind === 'tenant' ? 'the tenant scope' : `project ${show(scope.project)}`;
}

export const CG2: Rule = {
  id: 'CG-2',
  severities: ['error'],
  title: "Scope is the tenant or one named project; a project-scoped group takes hosts of the tenant or of that same project, never another project's.",
  rationale: "A project's virtual clusters must not land on capacity that belongs to another project.",
  remedy: 'Give the group Scope.tenant() or Scope.project(name); move a host of another project to a group of that project, or give it the tenant scope.',
  checkInput: (input) => wrongOptionClass(input, 'scope', 'Scope.tenant() or Scope.project(name)'),
  check: ({ fleet }) => {
    const findings: RuleFinding[] = [];
    for (const group of fleet.groups) {
      const scope = group.scope;
      if (scope.kind === 'project' && !isDnsLabel(scope.project)) {
        findings.push(
          finding({
            severity: 'error',
            path: group.spec.path,
            received: `project ${show(scope.project)}`,
            expected: 'the tenant scope or a project named by a DNS-1123 label',
            fix: 'give the project name as it is in your tenant, e.g. Scope.project("payments")',
          }),
        );
      }
      for (const host of group.hosts) {
        const hostScope = host.scope;
        if (hostScope.kind === 'project' && (scope.kind === 'tenant' || scope.project !== hostScope.project)) {
          findings.push(
            finding({
              severity: 'error',
              path: host.spec.path,
              received: `a host of ${describe(hostScope)} in a group of ${describe(scope)}`,
              expected: `a host of the tenant scope${scope.kind === 'project' ? ` or of project ${show(scope.project)}` : ''}`,
              fix: 'move the host to a group of its own project, or give it the tenant scope',
            }),
          );
        }
      }
    }
    return findings;
  },
};
