import { Rule } from './rule';
export declare const CG13: Rule;
