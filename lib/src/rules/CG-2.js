"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CG2 = void 0;
const names_1 = require("../model/names");
const rule_1 = require("./rule");
function describe(scope) {
    return scope.kind === 'tenant' ? 'the tenant scope' : `project ${(0, rule_1.show)(scope.project)}`;
}
exports.CG2 = {
    id: 'CG-2',
    title: "Scope is the tenant or one named project; a project-scoped group takes hosts of the tenant or of that same project, never another project's.",
    rationale: "A project's virtual clusters must not land on capacity that belongs to another project.",
    check: ({ fleet }) => {
        const findings = [];
        for (const group of fleet.groups) {
            const scope = group.spec.scope;
            if (scope.kind === 'project' && !(0, names_1.isDnsLabel)(scope.project)) {
                findings.push((0, rule_1.finding)('CG-2', 'error', group.spec.path, `project ${(0, rule_1.show)(scope.project)}`, 'the tenant scope or a project named by a DNS-1123 label', 'give the project name as it is in your tenant, e.g. Scope.project("payments")'));
            }
            for (const host of group.hosts) {
                const hostScope = host.spec.scope;
                if (hostScope.kind === 'project' && (scope.kind === 'tenant' || scope.project !== hostScope.project)) {
                    findings.push((0, rule_1.finding)('CG-2', 'error', host.spec.path, `a host of ${describe(hostScope)} in a group of ${describe(scope)}`, `a host of the tenant scope${scope.kind === 'project' ? ` or of project ${(0, rule_1.show)(scope.project)}` : ''}`, 'move the host to a group of its own project, or give it the tenant scope'));
                }
            }
        }
        return findings;
    },
};
