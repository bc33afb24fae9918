"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CG13 = void 0;
const rule_1 = require("./rule");
exports.CG13 = {
    id: 'CG-13',
    title: 'Oversubscription is a whole percentage, default 120, at least 100.',
    rationale: 'Below 100 a host could not hold what it has; a fraction of a percent is a typo, not a policy.',
    check: ({ fleet }) => fleet.groups
        .filter((group) => {
        const value = group.spec.oversubscriptionPercent;
        return value !== undefined && !(Number.isInteger(value) && value >= 100);
    })
        .map((group) => (0, rule_1.finding)('CG-13', 'error', group.spec.path, `oversubscriptionPercent ${(0, rule_1.show)(group.spec.oversubscriptionPercent)}`, 'a whole number of at least 100 (default 120)', 'set oversubscriptionPercent to e.g. 120, or leave it out')),
};
