import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'fs';
import { randomBytes } from 'crypto';
import { hostname } from 'os';

/** How long a synth waits for another to finish writing, and when a guard is taken as left behind. */
export interface GuardTimes {
  /** @default 10 000 ms: writing the lock takes milliseconds, so a longer wait means a stuck synth. */
  readonly waitMs?: number;
  /** @default 60 000 ms: a guard older than this was left by a synth that died. */
  readonly staleMs?: number;
}

/** The guard could not be taken: another synth holds it and is alive. */
export class GuardBusyError extends Error {
  constructor(
    readonly guard: string,
    readonly holder: string,
  ) {
    super(`${guard} is held by ${holder}`);
  }
}

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: number;
  readonly token: string;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(guard: string): { text: string; holder?: Holder } | undefined {
  try {
    const text = readFileSync(guard, 'utf8');
    try {
      return { text, holder: JSON.parse(text) as Holder };
    } catch {
      return { text };
    }
  } catch {
    return undefined;
  }
}

/** Left behind: its synth died on this machine, or it is older than any write could take (another machine's, or unreadable). */
function isStale(guard: string, found: { holder?: Holder }, staleMs: number): boolean {
  const holder = found.holder;
  if (holder && typeof holder.pid === 'number' && holder.host === hostname() && !isAlive(holder.pid)) return true;
  const since = holder && typeof holder.since === 'number' ? holder.since : statSafe(guard);
  return since !== undefined && Date.now() - since > staleMs;
}

function statSafe(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * Removes a stale guard without removing a fresh one another synth took meanwhile: the guard is
 * renamed aside first, and put back if what was moved is not the stale one that was read.
 */
function breakStale(guard: string, stale: string): void {
  const aside = `${guard}.${process.pid}.${randomBytes(4).toString('hex')}.stale`;
  try {
    renameSync(guard, aside);
  } catch {
    return;
  }
  if (readFileSync(aside, 'utf8') !== stale) {
    try {
      linkSync(aside, guard);
    } catch {
      // A third synth took the guard meanwhile: it holds it now.
    }
  }
  rmSync(aside, { force: true });
}

function describe(found: { holder?: Holder } | undefined): string {
  const holder = found?.holder;
  if (!holder) return 'a synth that left no details';
  return `process ${holder.pid} on ${holder.host} since ${new Date(holder.since).toISOString()}`;
}

/**
 * Runs `action` while holding `<file>.guard`, created with O_EXCL so that two synths (two
 * processes, or two machines on a shared folder) never write the file at once. A guard left by a
 * synth that died is taken over; one held by a live synth is waited for, then reported.
 */
export function withWriteGuard<T>(file: string, action: () => T, times: GuardTimes = {}): T {
  const guard = `${file}.guard`;
  const waitMs = times.waitMs ?? 10_000;
  const staleMs = times.staleMs ?? 60_000;
  const started = Date.now();
  const mine: Holder = { pid: process.pid, host: hostname(), since: started, token: randomBytes(8).toString('hex') };
  for (;;) {
    try {
      const fd = openSync(guard, 'wx', 0o644);
      try {
        writeFileSync(fd, JSON.stringify(mine));
      } catch (error) {
        // A guard without its holder (a full disk) would look left behind by a live synth for a minute.
        closeSync(fd);
        rmSync(guard, { force: true });
        throw error;
      }
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const found = readHolder(guard);
    if (found && isStale(guard, found, staleMs)) {
      breakStale(guard, found.text);
      continue;
    }
    if (Date.now() - started >= waitMs) throw new GuardBusyError(guard, describe(found));
    sleep(10 + Math.floor(Math.random() * 20));
  }
  try {
    return action();
  } finally {
    const found = readHolder(guard);
    if (found?.holder?.token === mine.token) rmSync(guard, { force: true });
  }
}
