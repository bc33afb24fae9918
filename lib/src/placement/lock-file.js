"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LockFile = void 0;
const fs_1 = require("fs");
const path_1 = require("path");
const lock_1 = require("./lock");
/**
 * The lock file on disk. One file serves every stack of an app: each stack owns the entry
 * under its name (`stacks.<name>`), and leaves the others as they are.
 */
class LockFile {
    stack;
    frozen;
    path;
    loaded;
    constructor(path, stack, frozen) {
        this.stack = stack;
        this.frozen = frozen;
        this.path = path === undefined ? undefined : (0, path_1.resolve)(path);
    }
    readAll() {
        if (!this.path || !(0, fs_1.existsSync)(this.path))
            return { version: lock_1.LOCK_VERSION, stacks: {} };
        const text = (0, fs_1.readFileSync)(this.path, 'utf8');
        let data;
        try {
            data = JSON.parse(text);
        }
        catch (error) {
            throw new lock_1.LockFormatError(`${this.path} is not JSON (${error.message}); restore it from version control, or delete it to place every virtual cluster anew.`);
        }
        const record = data;
        if (typeof record !== 'object' || record === null || record.version !== lock_1.LOCK_VERSION) {
            const got = typeof record === 'object' && record !== null ? JSON.stringify(record.version) : 'none';
            throw new lock_1.LockFormatError(`${this.path} has format version ${got}; this release reads version ${lock_1.LOCK_VERSION}. Use the release that wrote it, or delete the file to place every virtual cluster anew.`);
        }
        return record;
    }
    /** This stack's lock, or an empty one when there is no file yet. */
    read() {
        if (!this.loaded) {
            const stacks = (this.readAll().stacks ?? {});
            const own = stacks[this.stack];
            this.loaded = own === undefined ? lock_1.EMPTY_LOCK : (0, lock_1.parseLock)(JSON.stringify({ version: lock_1.LOCK_VERSION, ...own }), `${this.path} (stack ${this.stack})`);
        }
        return this.loaded;
    }
    /** The file's text once this stack's entry is replaced by the given lock. */
    render(lock) {
        const all = this.readAll();
        const stacks = { ...(all.stacks ?? {}), [this.stack]: { groups: JSON.parse((0, lock_1.serializeLock)(lock)).groups } };
        const sorted = Object.fromEntries(Object.keys(stacks).sort().map((key) => [key, stacks[key]]));
        return `${JSON.stringify({ version: lock_1.LOCK_VERSION, stacks: sorted }, null, 2)}\n`;
    }
    /** Writes the lock unless frozen or unchanged: a synth that changes nothing leaves the tree clean. */
    write(lock) {
        if (!this.path || this.frozen)
            return;
        const text = this.render(lock);
        if ((0, fs_1.existsSync)(this.path) && (0, fs_1.readFileSync)(this.path, 'utf8') === text)
            return;
        (0, fs_1.writeFileSync)(this.path, text);
    }
}
exports.LockFile = LockFile;
