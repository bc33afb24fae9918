import { existsSync, readFileSync, writeFileSync } from 'fs';
import { resolve } from 'path';
import { EMPTY_LOCK, Lock, LOCK_VERSION, LockFormatError, parseLock, serializeLock } from './lock';

/**
 * The lock file on disk. One file serves every stack of an app: each stack owns the entry
 * under its name (`stacks.<name>`), and leaves the others as they are.
 */
export class LockFile {
  readonly path?: string;
  private loaded?: Lock;

  constructor(
    path: string | undefined,
    private readonly stack: string,
    readonly frozen: boolean,
  ) {
    this.path = path === undefined ? undefined : resolve(path);
  }

  private readAll(): Record<string, unknown> {
    if (!this.path || !existsSync(this.path)) return { version: LOCK_VERSION, stacks: {} };
    const text = readFileSync(this.path, 'utf8');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new LockFormatError(`${this.path} is not JSON (${(error as Error).message}); restore it from version control, or delete it to place every virtual cluster anew.`);
    }
    const record = data as Record<string, unknown>;
    if (typeof record !== 'object' || record === null || record.version !== LOCK_VERSION) {
      const got = typeof record === 'object' && record !== null ? JSON.stringify(record.version) : 'none';
      throw new LockFormatError(`${this.path} has format version ${got}; this release reads version ${LOCK_VERSION}. Use the release that wrote it, or delete the file to place every virtual cluster anew.`);
    }
    return record;
  }

  /** This stack's lock, or an empty one when there is no file yet. */
  read(): Lock {
    if (!this.loaded) {
      const stacks = (this.readAll().stacks ?? {}) as Record<string, unknown>;
      const own = stacks[this.stack];
      this.loaded = own === undefined ? EMPTY_LOCK : parseLock(JSON.stringify({ version: LOCK_VERSION, ...(own as object) }), `${this.path} (stack ${this.stack})`);
    }
    return this.loaded;
  }

  /** The file's text once this stack's entry is replaced by the given lock. */
  private render(lock: Lock): string {
    const all = this.readAll();
    const stacks = { ...((all.stacks ?? {}) as Record<string, unknown>), [this.stack]: { groups: JSON.parse(serializeLock(lock)).groups } };
    const sorted = Object.fromEntries(Object.keys(stacks).sort().map((key) => [key, stacks[key]]));
    return `${JSON.stringify({ version: LOCK_VERSION, stacks: sorted }, null, 2)}\n`;
  }

  /** Writes the lock unless frozen or unchanged: a synth that changes nothing leaves the tree clean. */
  write(lock: Lock): void {
    if (!this.path || this.frozen) return;
    const text = this.render(lock);
    if (existsSync(this.path) && readFileSync(this.path, 'utf8') === text) return;
    writeFileSync(this.path, text);
  }
}
