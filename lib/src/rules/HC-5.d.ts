import { Rule } from './rule';
export declare const HC5: Rule;
