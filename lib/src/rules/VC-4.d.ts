import { Rule } from './rule';
export declare const VC4: Rule;
