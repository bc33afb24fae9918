import { Rule } from './rule';
export declare const CG7: Rule;
