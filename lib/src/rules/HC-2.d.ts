import { Rule } from './rule';
export declare const HC2: Rule;
