import { parse } from 'yaml';
import { isMap, Values } from './values';

export type UserValues = { values: Values } | { error: string };

/**
 * Free-form values a user gave, as YAML text or as an object. YAML is read with anchors and
 * aliases resolved (and alias expansion bounded), so what we emit is plain data.
 */
export function readUserValues(input: unknown): UserValues {
  if (input === undefined) return { values: {} };
  if (isMap(input)) return { values: JSON.parse(JSON.stringify(input)) as Values };
  if (typeof input !== 'string') return { error: `values must be a YAML text or an object, not ${Array.isArray(input) ? 'a list' : typeof input}` };
  try {
    const parsed: unknown = parse(input, { maxAliasCount: 100, uniqueKeys: true });
    if (parsed === null || parsed === undefined) return { values: {} };
    if (!isMap(parsed)) return { error: 'the YAML is not a map of values' };
    return { values: parsed };
  } catch (error) {
    return { error: `the YAML does not parse: ${(error as Error).message.split('\n')[0]}` };
  }
}
