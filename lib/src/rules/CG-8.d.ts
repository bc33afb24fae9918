import { Rule } from './rule';
export declare const CG8: Rule;
