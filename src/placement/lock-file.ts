import { existsSync, mkdirSync, readFileSync } from 'fs';
import { dirname, resolve } from 'path';
import { writeFileAtomically } from './atomic-write';
import { EMPTY_LOCK, Lock, LOCK_VERSION, sortedGroups, sortedRecord } from './lock';
import { LockProblem, LockRead, readLockText } from './lock-read';
import { GuardBusyError, GuardTimes, withWriteGuard } from './write-guard';

/** The lock could not be written: what happened, and what the user can do (reported as PL-5). */
export class LockWriteError extends Error {
  constructor(
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${problem}. Fix: ${fix}`);
  }
}

const NO_FILE: LockRead = { lock: EMPTY_LOCK, stacks: {}, stackLocks: new Map(), problems: [] };

export interface LockFileOptions extends GuardTimes {
  /**
   * Where a copy of the lock as last written is kept (in the output folder, which version control
   * ignores): the evidence of where virtual clusters run when the lock itself is deleted or reverted.
   */
  readonly copyPath?: string;
}

/**
 * The lock file on disk: a small database. One file serves every stack of an app: each stack owns
 * the entry under its name (`stacks.<name>`) and leaves the others as they are. It is read
 * strictly, written atomically, and written by one synth at a time.
 */
export class LockFile {
  readonly path?: string;
  private loaded?: LockRead & { readonly text?: string };

  constructor(
    path: string | undefined,
    private readonly stack: string,
    readonly frozen: boolean,
    private readonly options: LockFileOptions = {},
  ) {
    this.path = path === undefined ? undefined : resolve(path);
  }

  private readFile(): LockRead & { readonly text?: string } {
    if (!this.path || !existsSync(this.path)) return NO_FILE;
    const text = readFileSync(this.path, 'utf8');
    return { ...readLockText(text, this.stack), text };
  }

  /** What the file held when this synth first read it: its text, this stack's lock and the file's problems. */
  private get first(): LockRead & { readonly text?: string } {
    this.loaded ??= this.readFile();
    return this.loaded;
  }

  /** This stack's lock, as far as it could be read; an empty one without a file or an entry. */
  read(): Lock {
    return this.first.lock;
  }

  /** This stack's lock as the copy in the output folder holds it; undefined without a copy, or for one that does not read cleanly (it is evidence, not the record). */
  lastWritten(): Lock | undefined {
    const copy = this.options.copyPath;
    if (!this.path || !copy || !existsSync(copy)) return undefined;
    const text = readFileSync(copy, 'utf8');
    // The usual case, a copy equal to the lock, holds nothing the lock lacks: no need to read it.
    if (text === this.first.text) return undefined;
    const read = readLockText(text, this.stack);
    return read.problems.length === 0 ? read.lock : undefined;
  }

  /** Every stack's lock as this synth first read the file: which stack each host's virtual clusters were recorded in. */
  get stackLocks(): ReadonlyMap<string, Lock> {
    return this.first.stackLocks;
  }

  /** What is wrong with the file (PL-2, PL-3); a synth with any of them writes nothing. */
  get problems(): readonly LockProblem[] {
    return this.first.problems;
  }

  /**
   * Writes this stack's entry unless frozen or unchanged (a synth that changes nothing leaves the
   * tree clean). Under the write guard the file is read again, so another stack's entry written
   * meanwhile is kept; if this stack's own entry changed since this synth read it, another synth
   * of this stack placed from it too, and nothing is written.
   */
  write(lock: Lock): void {
    const path = this.path;
    if (!path || this.frozen) return;
    // Only a fleet records its hosts: every other entry keeps the bytes it always had.
    const entry = lock.hosts === undefined ? { groups: sortedGroups(lock) } : { groups: sortedGroups(lock), hosts: sortedRecord(lock.hosts) };
    // Nothing changed and the copy is current: no guard, no second read (a synth that changes nothing costs little).
    if (this.first.text !== undefined && JSON.stringify(this.first.stacks[this.stack]) === JSON.stringify(entry) && this.copyIs(this.first.text)) return;
    try {
      withWriteGuard(path, () => this.writeGuarded(path, entry), this.options);
    } catch (error) {
      if (error instanceof GuardBusyError) {
        throw new LockWriteError(`${path} is being written by ${error.holder} (guard ${error.guard})`, `wait for that synth to end and run this one again; if no synth runs, delete ${error.guard}`);
      }
      if (error instanceof LockWriteError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new LockWriteError(
        `${path} could not be written (${code ?? (error as Error).message}); it was left as it was`,
        "make room on the disk or fix the folder's permissions, and run the synth again",
      );
    }
  }

  private writeGuarded(path: string, entry: { groups: unknown; hosts?: unknown }): void {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    const now = current === undefined ? NO_FILE : readLockText(current, this.stack);
    if (now.problems.length > 0) throw new LockWriteError(`${path} was changed into a file this release cannot read while this synth ran`, 'run the synth again to see what is wrong with it');
    const before = JSON.stringify(this.first.stacks[this.stack]);
    const found = JSON.stringify(now.stacks[this.stack]);
    if (found !== before && found !== JSON.stringify(entry)) {
      throw new LockWriteError(`the entry of stack ${this.stack} in ${path} was changed by another synth while this one ran`, 'run the synth again: it places from what that synth wrote');
    }
    const stacks: Record<string, unknown> = { ...now.stacks, [this.stack]: entry };
    const sorted = Object.fromEntries(
      Object.keys(stacks)
        .sort()
        .map((key) => [key, stacks[key]]),
    );
    const text = `${JSON.stringify({ version: LOCK_VERSION, stacks: sorted }, null, 2)}\n`;
    if (text !== current) writeFileAtomically(path, text);
    const copy = this.options.copyPath;
    if (copy && !this.copyIs(text)) {
      mkdirSync(dirname(copy), { recursive: true });
      writeFileAtomically(copy, text);
    }
  }

  /** Whether the copy in the output folder holds this text (true without a copy to keep). */
  private copyIs(text: string): boolean {
    const copy = this.options.copyPath;
    return !copy || (existsSync(copy) && readFileSync(copy, 'utf8') === text);
  }
}
