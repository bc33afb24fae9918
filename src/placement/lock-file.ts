import { existsSync, readFileSync, writeFileSync } from 'fs';
import { resolve } from 'path';
import { EMPTY_LOCK, Lock, LOCK_VERSION, parseLockFile, parseStackLock, sortedGroups } from './lock';

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

  /** Every stack's entry of the file, or none when there is no file yet. */
  private readStacks(): Record<string, unknown> {
    if (!this.path || !existsSync(this.path)) return {};
    return parseLockFile(readFileSync(this.path, 'utf8'), this.path);
  }

  /** This stack's lock, or an empty one when the file has no entry for it. Throws LockFormatError for a file this release cannot read. */
  read(): Lock {
    if (!this.loaded) {
      const own = this.readStacks()[this.stack];
      this.loaded = own === undefined ? EMPTY_LOCK : parseStackLock(own, `${this.path} (stack ${this.stack})`);
    }
    return this.loaded;
  }

  /** The file's text once this stack's entry is replaced by the given lock. */
  private render(lock: Lock): string {
    const stacks = { ...this.readStacks(), [this.stack]: { groups: sortedGroups(lock) } };
    const sorted = Object.fromEntries(
      Object.keys(stacks)
        .sort()
        .map((key) => [key, stacks[key]]),
    );
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
