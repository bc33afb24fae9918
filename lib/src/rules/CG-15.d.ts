import { Rule } from './rule';
export declare const CG15: Rule;
