import { Rule } from './rule';
export declare const CG9: Rule;
