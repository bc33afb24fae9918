import { Rule } from './rule';
export declare const VC6: Rule;
