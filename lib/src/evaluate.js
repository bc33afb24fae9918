"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.evaluate = evaluate;
const fleet_1 = require("./model/fleet");
const lock_diff_1 = require("./placement/lock-diff");
const rule_1 = require("./rules/rule");
const place_1 = require("./placement/place");
const registry_1 = require("./rules/registry");
/** In frozen mode, a placement that differs from the lock: like `npm ci` with a stale package-lock. */
function frozenLockFindings(previous, placement, file) {
    const changes = (0, lock_diff_1.lockChanges)(previous, placement.lock);
    if (changes.length === 0)
        return [];
    return [(0, rule_1.finding)('PL-1', 'error', file, `a lock that would change: ${changes.join('; ')}`, 'a lock that matches the app (frozen: CI=true or context cluster-groups:frozen)', 'run the synth without CI=true (npm run synth) and commit cluster-groups.lock.json')];
}
/** Runs every rule once over the whole model: the one place where the product decides. */
function evaluate(model, previousLock, options = {}) {
    const fleet = (0, fleet_1.indexFleet)(model);
    const placement = (0, place_1.place)(fleet, previousLock);
    const all = registry_1.RULES.flatMap((rule) => rule.check({ fleet, placement, previousLock }));
    if (options.frozenLock)
        all.push(...frozenLockFindings(previousLock, placement, options.frozenLock));
    const errors = all.filter((f) => f.severity === 'error');
    const warnings = all.filter((f) => f.severity === 'warning');
    return { fleet, placement, findings: [...errors, ...warnings], errors, warnings };
}
