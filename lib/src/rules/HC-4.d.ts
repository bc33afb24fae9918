import { Rule } from './rule';
export declare const HC4: Rule;
