"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseVersion = parseVersion;
exports.isAtLeast = isAtLeast;
/** Exact chart versions (`0.36.1`): a pinned chart names one release, never a range. */
const EXACT = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
function parseVersion(version) {
    const match = typeof version === 'string' ? EXACT.exec(version) : null;
    return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}
/** Whether an exact version is at or after major.minor. */
function isAtLeast(version, major, minor) {
    const parsed = parseVersion(version);
    return parsed !== undefined && (parsed[0] > major || (parsed[0] === major && parsed[1] >= minor));
}
