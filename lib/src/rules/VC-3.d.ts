import { Rule } from './rule';
export declare const VC3: Rule;
