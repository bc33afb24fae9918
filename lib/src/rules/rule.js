"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.finding = finding;
exports.show = show;
/** Builds a finding whose message names the rule, the path, what was received and what was expected. */
function finding(rule, severity, path, received, expected, fix) {
    const message = `[${rule}] ${path}: received ${received}; expected ${expected}. Fix: ${fix}`;
    return { rule, severity, path, message, received, expected, fix };
}
/** A value as a user would recognise it in a message. */
function show(value) {
    if (value === undefined)
        return 'nothing';
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (typeof value === 'number' || typeof value === 'boolean' || value === null)
        return String(value);
    try {
        return JSON.stringify(value) ?? String(value);
    }
    catch {
        return Object.prototype.toString.call(value);
    }
}
