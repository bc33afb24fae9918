/**
 * The duplicate keys of a JSON text: `JSON.parse` keeps the last of two equal keys without a
 * word, so a merge that left two entries for one virtual cluster would lose one silently.
 * Only for a text `JSON.parse` accepted: the scan relies on it being valid. O(n).
 */
export function duplicateKeys(text: string): string[] {
  interface Frame {
    readonly path: string;
    /** An object's keys so far; undefined for an array. */
    readonly keys?: Set<string>;
    expectKey: boolean;
    key: string;
    index: number;
  }
  const found: string[] = [];
  const frames: Frame[] = [];
  const childPath = (): string => {
    const top = frames[frames.length - 1];
    if (!top) return '';
    return top.keys ? joinPath(top.path, top.key) : `${top.path}[${top.index}]`;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = frames[frames.length - 1];
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(key)) found.push(joinPath(top.path, key));
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = j;
    } else if (c === '{' || c === '[') {
      frames.push({ path: childPath(), keys: c === '{' ? new Set() : undefined, expectKey: true, key: '', index: 0 });
    } else if (c === '}' || c === ']') {
      frames.pop();
    } else if (c === ',') {
      const top = frames[frames.length - 1];
      if (top.keys) top.expectKey = true;
      else top.index += 1;
    }
  }
  return found;
}

/** A path into a JSON document as a user reads it: `stacks.fleet.groups["team/lb"]`. */
export function joinPath(path: string, key: string): string {
  const part = /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
  if (path === '') return part.startsWith('"') ? `[${part}]` : part;
  return part.startsWith('"') ? `${path}[${part}]` : `${path}.${part}`;
}
