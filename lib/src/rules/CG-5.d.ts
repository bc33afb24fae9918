import { Rule } from './rule';
export declare const CG5: Rule;
