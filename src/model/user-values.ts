import { parse } from 'yaml';
import { isMap, Values } from './values';

export type UserValues = { values: Values } | { error: string };

/** Deeper than any vcluster value (its schema nests about 15 levels); bounds every recursive walk of the values after this. */
export const MAX_DEPTH = 64;

/** How deep a tree of maps and lists nests, walked without recursion. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length) {
    const top = stack.pop()!;
    deepest = Math.max(deepest, top.depth);
    if (top.depth > MAX_DEPTH) break;
    if (top.value !== null && typeof top.value === 'object') for (const child of Object.values(top.value)) stack.push({ value: child, depth: top.depth + 1 });
  }
  return deepest;
}

/** An object of values as plain JSON data: a cycle, a BigInt, a getter that throws or nesting past the bound is an error, not an exception. */
function plainData(input: Values): UserValues {
  try {
    const values = JSON.parse(JSON.stringify(input)) as Values;
    return depthOf(values) > MAX_DEPTH ? { error: `the values nest deeper than ${MAX_DEPTH} levels` } : { values };
  } catch (error) {
    return { error: `the values are not plain data: ${String((error as Error)?.message ?? error).split('\n')[0]}` };
  }
}

/**
 * Free-form values a user gave, as YAML text or as an object. YAML is read with anchors and
 * aliases resolved (and alias expansion bounded), so what we emit is plain data.
 */
export function readUserValues(input: unknown): UserValues {
  if (input === undefined) return { values: {} };
  if (isMap(input)) return plainData(input);
  if (typeof input !== 'string') return { error: `values must be a YAML text or an object, not ${Array.isArray(input) ? 'a list' : typeof input}` };
  try {
    const parsed: unknown = parse(input, { maxAliasCount: 100, uniqueKeys: true });
    if (parsed === null || parsed === undefined) return { values: {} };
    if (!isMap(parsed)) return { error: 'the YAML is not a map of values' };
    return depthOf(parsed) > MAX_DEPTH ? { error: `the values nest deeper than ${MAX_DEPTH} levels` } : { values: parsed };
  } catch (error) {
    return { error: `the YAML does not parse: ${(error as Error).message.split('\n')[0]}` };
  }
}
