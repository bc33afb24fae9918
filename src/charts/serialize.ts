import { Document, isScalar, visit } from 'yaml';
import { Values } from './merge';

/**
 * Values as the YAML document Helm reads: keys sorted, so the same values always give the same
 * text (and a readable plan diff). Helm reads YAML 1.1, so the text is written as YAML 1.1: a
 * string such as `on`, `y` or `0b101` is quoted, or Helm would read a boolean or a number. A key
 * `<<` is a merge key in YAML 1.1 (it would set keys of its parent that no rule saw): it is
 * written as an explicit string, so it stays the plain key it was in the values.
 */
export function toYaml(values: Values): string {
  const doc = new Document(values, { version: '1.1', sortMapEntries: true, aliasDuplicateObjects: false });
  visit(doc, {
    Pair: (_, pair) => {
      if (isScalar(pair.key) && pair.key.value === '<<') Object.assign(pair.key, { type: 'QUOTE_DOUBLE', tag: 'tag:yaml.org,2002:str' });
    },
  });
  return doc.toString({ lineWidth: 0 });
}
