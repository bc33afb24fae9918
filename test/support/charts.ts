import Ajv, { ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { mergeValues, Values } from '../../src/charts/merge';

/** The upstream chart data beside the project (../shared/charts): test fixtures, not shipped. */
export const CHARTS = join(__dirname, '..', '..', '..', 'shared', 'charts');
export const chartsPresent = existsSync(CHARTS);

const validators = new Map<string, ValidateFunction>();

/** Compiles each schema once: compiling the vcluster schema costs far more than using it. */
function validator(file: string, draft2020: boolean): ValidateFunction {
  let validate = validators.get(file);
  if (!validate) {
    const schema = readJson(file);
    delete schema.$schema;
    const options = { strict: false, allErrors: true, logger: false as const };
    validate = draft2020 ? new Ajv2020(options).compile(schema) : new Ajv(options).compile(schema);
    validators.set(file, validate);
  }
  return validate;
}

function readJson(file: string): Values {
  return JSON.parse(readFileSync(join(CHARTS, file), 'utf8'));
}

export function readYaml(file: string): Values {
  return parse(readFileSync(join(CHARTS, file), 'utf8'));
}

/** Errors of vcluster values against that chart version's own schema. */
export function vclusterErrors(version: string, values: Values): string[] {
  const validate = validator(`vcluster/schemas-by-version/values.schema.${version}.json`, true);
  return validate(values) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

/** Errors of MetalLB values merged over the chart's defaults, as Helm validates them. */
export function metallbErrors(values: Values): string[] {
  const validate = validator('metallb/0.16.1/values.schema.json', false);
  const merged = mergeValues(readYaml('metallb/0.16.1/values.yaml'), values);
  return validate(merged) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Errors of one MetalLB configuration object against its CRD's schema. */
export function metallbObjectErrors(object: Values): string[] {
  const [, version] = String(object.apiVersion).split('/');
  const file = `metallb/0.16.1/crs/${String(object.kind)}.metallb.io.${version}.json`;
  if (!existsSync(join(CHARTS, file))) return [`no CRD schema ${file}`];
  const validate = validator(file, false);
  return validate(object) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Paths of emitted ingress-nginx values that the chart's values.yaml does not have (free maps such as extraArgs take any key). */
export function unknownIngressNginxKeys(values: Values, defaults: Values = readYaml('ingress-nginx/4.15.1/values.yaml'), prefix = ''): string[] {
  return Object.entries(values).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    if (!(key in defaults)) return [path];
    const known = defaults[key];
    const isMap = (x: unknown): x is Values => typeof x === 'object' && x !== null && !Array.isArray(x);
    if (isMap(value) && isMap(known) && Object.keys(known).length > 0) return unknownIngressNginxKeys(value, known, `${path}.`);
    return [];
  });
}
