"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LockFormatError = exports.EMPTY_LOCK = exports.LOCK_VERSION = void 0;
exports.parseLock = parseLock;
exports.serializeLock = serializeLock;
/**
 * `cluster-groups.lock.json`: where automatic placement put each virtual cluster and
 * which load-balancer IP it was given, so that neither ever moves by itself.
 */
exports.LOCK_VERSION = 1;
exports.EMPTY_LOCK = { version: exports.LOCK_VERSION, groups: {} };
class LockFormatError extends Error {
}
exports.LockFormatError = LockFormatError;
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Reads a lock file's text; a lock of another format version, or not a lock at all, is refused with a message a user can act on. */
function parseLock(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new LockFormatError(`${file} is not JSON (${error.message}); restore it from version control or delete it to place every virtual cluster anew.`);
    }
    if (!isRecord(data) || data.version !== exports.LOCK_VERSION) {
        const got = isRecord(data) ? JSON.stringify(data.version) : 'no version';
        throw new LockFormatError(`${file} has format version ${got}; this release reads version ${exports.LOCK_VERSION}. Use the release that wrote it, or delete the file to place every virtual cluster anew.`);
    }
    const groups = {};
    for (const [key, group] of Object.entries(isRecord(data.groups) ? data.groups : {})) {
        if (!isRecord(group) || !isRecord(group.virtualClusters))
            throw new LockFormatError(`${file}: group '${key}' has no 'virtualClusters' object.`);
        const virtualClusters = {};
        for (const [name, entry] of Object.entries(group.virtualClusters)) {
            if (!isRecord(entry) || typeof entry.host !== 'string')
                throw new LockFormatError(`${file}: virtual cluster '${key}/${name}' has no 'host'.`);
            virtualClusters[name] = typeof entry.ip === 'string' ? { host: entry.host, ip: entry.ip } : { host: entry.host };
        }
        groups[key] = { distribution: typeof group.distribution === 'string' ? group.distribution : '', virtualClusters };
    }
    return { version: exports.LOCK_VERSION, groups };
}
function sortedRecord(record) {
    return Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key]]));
}
/** The lock's text: keys sorted and one trailing newline, so that it diffs cleanly in review. */
function serializeLock(lock) {
    const groups = Object.fromEntries(Object.keys(lock.groups)
        .sort()
        .map((key) => [key, { distribution: lock.groups[key].distribution, virtualClusters: sortedRecord(lock.groups[key].virtualClusters) }]));
    return `${JSON.stringify({ version: lock.version, groups }, null, 2)}\n`;
}
