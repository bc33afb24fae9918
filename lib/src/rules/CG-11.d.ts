import { Rule } from './rule';
export declare const CG11: Rule;
