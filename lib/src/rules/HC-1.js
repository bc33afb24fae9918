"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HC1 = void 0;
const names_1 = require("../model/names");
const rule_1 = require("./rule");
exports.HC1 = {
    id: 'HC-1',
    title: 'Host name is a DNS-1123 label; its provider alias is derived from it and unique in the stack.',
    rationale: 'Each host gets a kubernetes and a helm provider under its alias; Terraform refuses two providers of one type with one alias, and the alias is part of every address on the host.',
    check: ({ fleet }) => {
        const findings = [];
        const aliasOwner = new Map();
        for (const group of fleet.groups) {
            for (const host of group.hosts) {
                if (!(0, names_1.isDnsLabel)(host.spec.name)) {
                    findings.push((0, rule_1.finding)('HC-1', 'error', host.spec.path, `host name ${(0, rule_1.show)(host.spec.name)}`, 'a DNS-1123 label (lowercase letters, digits and "-", at most 63)', 'name the host as its cluster is known, e.g. "dc1-rack2"'));
                    continue;
                }
                const owner = aliasOwner.get(host.alias);
                if (owner !== undefined && owner !== host.name) {
                    findings.push((0, rule_1.finding)('HC-1', 'error', host.spec.path, `host ${(0, rule_1.show)(host.name)}, whose provider alias ${(0, rule_1.show)(host.alias)} is also that of host ${(0, rule_1.show)(owner)}`, 'a provider alias unique in the stack', 'rename one of the two hosts'));
                }
                else
                    aliasOwner.set(host.alias, host.name);
            }
        }
        return findings;
    },
};
