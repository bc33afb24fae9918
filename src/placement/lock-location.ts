import { existsSync } from 'fs';
import { dirname, isAbsolute, join, resolve } from 'path';

/** The lock file's name, beside the app's cdktf.json. */
export const DEFAULT_LOCK_PATH = 'cluster-groups.lock.json';

/** The nearest folder at or above `start` that holds a cdktf.json, or undefined. */
function folderWithCdktfJson(start: string): string | undefined {
  let folder = resolve(start);
  for (;;) {
    if (existsSync(join(folder, 'cdktf.json'))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/**
 * The app's folder, which the lock path is relative to: the one holding the cdktf.json above
 * the app's main script (the cdktf CLI runs the app from there, a user may not), else above the
 * working folder, else the main script's own folder. So the lock does not depend on where a
 * synth is started from.
 */
export function appFolder(mainScript: string | undefined, workingFolder: string): string {
  const fromScript = mainScript ? folderWithCdktfJson(dirname(resolve(workingFolder, mainScript))) : undefined;
  return fromScript ?? folderWithCdktfJson(workingFolder) ?? (mainScript ? dirname(resolve(workingFolder, mainScript)) : workingFolder);
}

/** The lock file's path from the context value: `false` for none, a path relative to the app's folder, or the default name there. */
export function lockFilePath(context: unknown, folder: string): string | undefined {
  if (context === false || context === 'false') return undefined;
  const path = typeof context === 'string' && context !== '' ? context : DEFAULT_LOCK_PATH;
  return isAbsolute(path) ? path : join(folder, path);
}

/** Whether a value of the `CI` variable means "this is a CI run", as CI systems spell it: true, 1 or yes, in any case. */
export function isCiValue(value: string | undefined): boolean {
  return value !== undefined && ['true', '1', 'yes'].includes(value.trim().toLowerCase());
}

/** Frozen mode: the context key wins when set (a boolean or its text); else the `CI` variable decides. */
export function isFrozen(context: unknown, ci: string | undefined): boolean {
  if (context === true || context === false) return context;
  if (typeof context === 'string' && ['true', 'false'].includes(context.trim().toLowerCase())) return context.trim().toLowerCase() === 'true';
  return isCiValue(ci);
}
