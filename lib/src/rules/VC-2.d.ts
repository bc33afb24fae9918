import { Rule } from './rule';
export declare const VC2: Rule;
