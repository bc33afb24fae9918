import { Rule } from './rule';
export declare const VC1: Rule;
