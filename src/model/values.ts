/** Helm values, and any JSON object: a map of keys to values. */
export type Values = { [key: string]: unknown };

/** A plain map (a JSON object): not null, not a list. The one such check of the code base. */
export function isMap(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object made as `{}` or `Object.create(null)`: not a class's instance (a Date, a Map, a token), whose own keys would not say all it is. */
export function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
