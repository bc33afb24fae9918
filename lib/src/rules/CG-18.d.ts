import { Rule } from './rule';
export declare const CG18: Rule;
