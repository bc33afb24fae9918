"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VC4 = void 0;
const defaults_1 = require("../model/defaults");
const quantity_1 = require("../model/quantity");
const rule_1 = require("./rule");
const RESOURCES = ['cpu', 'memory', 'storage'];
exports.VC4 = {
    id: 'VC-4',
    title: 'On every host, what its virtual clusters request is at most capacity × oversubscription; paused virtual clusters free their CPU and memory but keep their storage.',
    rationale: 'An over-committed host evicts or starves control planes under load; the plan is the last cheap moment to see it.',
    check: ({ placement }) => {
        const findings = [];
        for (const usage of placement.usage.values()) {
            for (const resource of RESOURCES) {
                const limit = usage.limit[resource];
                if (limit === undefined || usage.virtualClusters === 0)
                    continue;
                const used = usage.used[resource];
                const unit = resource === 'cpu' ? 'cores' : 'bytes';
                const share = `${(0, quantity_1.formatAmount)(used, unit)} of ${(0, quantity_1.formatAmount)(limit, unit)} (${Math.round((used / limit) * 100)}%)`;
                if (used > limit) {
                    findings.push((0, rule_1.finding)('VC-4', 'error', usage.host.spec.path, `${resource} requests of ${share} on host ${usage.host.name}`, `at most capacity × oversubscription, ${(0, quantity_1.formatAmount)(limit, unit)}`, `free ${(0, quantity_1.formatAmount)(used - limit, unit)} of ${resource}: move or shrink virtual clusters, add a host, or raise the group's oversubscription`));
                }
                else if (used > limit * defaults_1.CAPACITY_WARNING_SHARE) {
                    findings.push((0, rule_1.finding)('VC-4', 'warning', usage.host.spec.path, `${resource} requests of ${share} on host ${usage.host.name}`, `at most ${defaults_1.CAPACITY_WARNING_SHARE * 100}% of capacity × oversubscription, for headroom`, 'add capacity before the next virtual cluster'));
                }
            }
        }
        return findings;
    },
};
