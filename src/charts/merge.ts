import { isMap, Values } from '../model/values';

export type { Values };

/** Helm's way of layering values: maps merge key by key, lists and scalars replace. */
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
