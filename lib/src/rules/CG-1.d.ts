import { Rule } from './rule';
export declare const CG1: Rule;
