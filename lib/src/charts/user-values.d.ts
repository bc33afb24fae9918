import { Values } from './merge';
export type UserValues = {
    values: Values;
} | {
    error: string;
};
/**
 * Free-form values a user gave, as YAML text or as an object. YAML is read with anchors and
 * aliases resolved (and alias expansion bounded), so what we emit is plain data.
 */
export declare function readUserValues(input: unknown): UserValues;
