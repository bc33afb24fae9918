import { Rule } from './rule';
export declare const CG10: Rule;
