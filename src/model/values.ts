/** Helm values, and any JSON object: a map of keys to values. */
export type Values = { [key: string]: unknown };

/** A plain map (a JSON object): not null, not a list. The one such check of the code base. */
export function isMap(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
