import { Rule } from './rule';
export declare const CG3: Rule;
