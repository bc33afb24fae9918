"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VC1 = void 0;
const names_1 = require("../model/names");
const rule_1 = require("./rule");
/** Helm refuses release names longer than this, and the release is named after the virtual cluster. */
const HELM_RELEASE_NAME_LIMIT = 53;
exports.VC1 = {
    id: 'VC-1',
    title: 'Virtual cluster name is a DNS-1123 label (at most 53, Helm’s limit for a release name), unique within its group.',
    rationale: 'The name is the Helm release, the namespace and the key of its Terraform resources; two of one name would be one cluster.',
    check: ({ fleet }) => {
        const findings = [];
        for (const group of fleet.groups) {
            const seen = new Map();
            for (const vc of group.virtualClusters) {
                const path = vc.spec.path;
                if (!(0, names_1.isDnsLabel)(vc.spec.name) || vc.name.length > HELM_RELEASE_NAME_LIMIT) {
                    findings.push((0, rule_1.finding)('VC-1', 'error', path, `name ${(0, rule_1.show)(vc.spec.name)}`, `a DNS-1123 label of at most ${HELM_RELEASE_NAME_LIMIT} characters`, 'rename the virtual cluster, e.g. "team-a"'));
                    continue;
                }
                const other = seen.get(vc.name);
                if (other)
                    findings.push((0, rule_1.finding)('VC-1', 'error', path, `name ${(0, rule_1.show)(vc.name)}, already used by ${other}`, 'a name unique within the group', 'rename one of the two virtual clusters'));
                else
                    seen.set(vc.name, path);
            }
        }
        return findings;
    },
};
