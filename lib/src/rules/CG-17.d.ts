import { Rule } from './rule';
export declare const CG17: Rule;
