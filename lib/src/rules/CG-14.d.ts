import { Rule } from './rule';
export declare const CG14: Rule;
