import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'fs';
import { randomBytes } from 'crypto';
import { basename, dirname, join } from 'path';

/**
 * Replaces a file's content all at once: the text goes to a temporary file in the same folder,
 * is flushed to disk, then renamed over the file (a rename within one file system is atomic).
 * A crash or a full disk leaves the old file whole; the temporary file is removed on failure.
 */
export function writeFileAtomically(file: string, text: string): void {
  const folder = dirname(file);
  const temporary = join(folder, `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = openSync(temporary, 'wx', 0o644);
    try {
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(folder);
}

/** Flushes the folder's entry of the rename, where the platform allows opening a folder (not on Windows). */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort: the rename itself is already atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
