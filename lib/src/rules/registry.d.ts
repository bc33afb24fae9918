import { Rule } from './rule';
/** Every rule, in the order of DOMAIN.md. */
export declare const RULES: readonly Rule[];
export declare function findRule(id: string): Rule | undefined;
