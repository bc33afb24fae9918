import { stringify } from 'yaml';
import { Values } from './merge';

/** Values as the YAML document Helm reads: keys sorted, so the same values always give the same text (and a readable plan diff). */
export function toYaml(values: Values): string {
  return stringify(values, { sortMapEntries: true, lineWidth: 0, aliasDuplicateObjects: false });
}
