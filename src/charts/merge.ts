/** Helm's way of layering values: maps merge key by key, lists and scalars replace. */
export type Values = { [key: string]: unknown };

export function isMap(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function mergeValues(...layers: ReadonlyArray<Values | undefined>): Values {
  const result: Values = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer)) {
      const current = result[key];
      result[key] = isMap(current) && isMap(value) ? mergeValues(current, value) : value;
    }
  }
  return result;
}
