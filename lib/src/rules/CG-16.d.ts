import { Rule } from './rule';
export declare const CG16: Rule;
