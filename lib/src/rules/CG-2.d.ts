import { Rule } from './rule';
export declare const CG2: Rule;
