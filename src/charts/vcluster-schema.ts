import type { ValidateFunction } from 'ajv';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { packageRoot } from '../package-root';
import { parseVersion } from './version';

/**
 * The vcluster values schemas shipped with the package (the last patch of each minor from
 * 0.20): a version is checked against its own schema or, for another patch, its minor's.
 */
const compiled = new Map<string, ValidateFunction | undefined>();

function schemaFile(version: string): string | undefined {
  const parsed = parseVersion(version);
  if (!parsed) return undefined;
  const dir = join(packageRoot(), 'schemas', 'vcluster');
  const exact = join(dir, `values.schema.${version}.json`);
  if (existsSync(exact)) return exact;
  const minor = `values.schema.${parsed[0]}.${parsed[1]}.`;
  const sibling = readdirSync(dir).find((file) => file.startsWith(minor));
  return sibling ? join(dir, sibling) : undefined;
}

/** The validator of a chart version's values, or undefined when no schema of that minor is shipped. */
export function vclusterValidator(version: string): ValidateFunction | undefined {
  if (!compiled.has(version)) {
    const file = schemaFile(version);
    // Loaded on first use: most synths have no free-form values, and ajv costs ~10 ms to import.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { default: Ajv2020 } = require('ajv/dist/2020') as typeof import('ajv/dist/2020');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    compiled.set(version, file ? ajv.compile(JSON.parse(readFileSync(file, 'utf8'))) : undefined);
  }
  return compiled.get(version);
}

/** Ajv's errors as short lines a user can find in their values: `/controlPlane/foo: must NOT have additional properties (foo)`. */
export function describeErrors(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((error) => {
    const extra = error.keyword === 'additionalProperties' ? ` (${(error.params as { additionalProperty: string }).additionalProperty})` : '';
    return `${error.instancePath || '/'}: ${error.message ?? error.keyword}${extra}`;
  });
}
