import { Rule } from './rule';
export declare const CG4: Rule;
