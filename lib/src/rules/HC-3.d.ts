import { Rule } from './rule';
export declare const HC3: Rule;
