import { Rule } from './rule';
export declare const HC1: Rule;
