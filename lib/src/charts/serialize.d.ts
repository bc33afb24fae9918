import { Values } from './merge';
/** Values as the YAML document Helm reads: keys sorted, so the same values always give the same text (and a readable plan diff). */
export declare function toYaml(values: Values): string;
