import { ValidateFunction } from 'ajv/dist/2020';
/** The validator of a chart version's values, or undefined when no schema of that minor is shipped. */
export declare function vclusterValidator(version: string): ValidateFunction | undefined;
/** Ajv's errors as short lines a user can find in their values: `/controlPlane/foo: must NOT have additional properties (foo)`. */
export declare function describeErrors(validate: ValidateFunction): string[];
