"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CG1 = void 0;
const names_1 = require("../model/names");
const rule_1 = require("./rule");
exports.CG1 = {
    id: 'CG-1',
    title: 'Group name is a DNS-1123 label, unique among groups of the same scope.',
    rationale: 'The name keys the group in the placement lock and in Terraform output names; two groups of one name in one scope would share both.',
    check: ({ fleet }) => {
        const findings = [];
        const first = new Map();
        for (const group of fleet.groups) {
            const path = group.spec.path;
            if (!(0, names_1.isDnsLabel)(group.spec.name)) {
                findings.push((0, rule_1.finding)('CG-1', 'error', path, (0, rule_1.show)(group.spec.name), 'a DNS-1123 label (lowercase letters, digits and "-", starting and ending alphanumeric, at most 63)', 'rename the group, e.g. "edge-lb"'));
                continue;
            }
            const other = first.get(group.key);
            if (other)
                findings.push((0, rule_1.finding)('CG-1', 'error', path, `the name ${(0, rule_1.show)(group.name)}, already used by ${other}`, 'a name unique among groups of the same scope', 'rename one of the two groups'));
            else
                first.set(group.key, path);
        }
        return findings;
    },
};
