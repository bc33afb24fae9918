import { Rule } from './rule';
export declare const CG12: Rule;
