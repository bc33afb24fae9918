import Ajv, { ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { mergeValues, Values } from '../../src/charts/merge';
import { unknownKeys } from '../../src/charts/platform-values';
import { ranInCi } from './ci';

/** The upstream chart data beside the project (../shared/charts): test fixtures, not shipped. */
export const CHARTS = join(__dirname, '..', '..', '..', 'shared', 'charts');

/** What the conformance tests read from ../shared/charts: schemas, defaults and whole charts for Helm. */
const REQUIRED = [
  'vcluster/schemas-by-version',
  'vcluster/0.36.1/values.yaml',
  'vcluster/0.36.1/chart/Chart.yaml',
  'metallb/0.16.1/values.schema.json',
  'metallb/0.16.1/crs',
  'metallb/0.16.1/chart/Chart.yaml',
  'ingress-nginx/4.15.1/values.yaml',
  'ingress-nginx/4.15.1/chart/Chart.yaml',
  'gateway-api/1.6.1/standard',
  'envoy-gateway/1.9.0/chart/Chart.yaml',
  'nginx-gateway-fabric/2.6.7/chart/Chart.yaml',
];
const missing = REQUIRED.filter((file) => !existsSync(join(CHARTS, file)));
export const chartsPresent = missing.length === 0;

const missingText = `${missing.map((file) => join(CHARTS, file)).join(', ')} missing: the upstream chart data (see ../shared/charts/README.md) must sit beside the project`;

/**
 * `describe` or `it` for tests that need the upstream charts. Without them a CI run (CI=true)
 * fails, saying what is missing; a local run skips, loudly.
 */
function withCharts(run: typeof describe | typeof it, skip: (name: string, body: () => void) => void, name: string, body: () => void): void {
  if (chartsPresent) return void run(name, body);
  if (ranInCi)
    return void it(`${name}: needs the upstream charts`, () => {
      throw new Error(`${missingText}; chart conformance cannot be skipped in CI`);
    });
  console.warn(`SKIPPED "${name}": ${missingText}`);
  skip(name, body);
}

export const describeWithCharts = (name: string, body: () => void) => withCharts(describe, describe.skip, name, body);
export const itWithCharts = (name: string, body: () => void) => withCharts(it, it.skip, name, body);

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
export function unknownIngressNginxKeys(values: Values): string[] {
  return unknownKeys(values, readYaml('ingress-nginx/4.15.1/values.yaml'));
}

/** What a structural schema's keywords mean to a JSON Schema validator, without the Kubernetes extensions (CEL rules are checked apart). */
function withoutKubernetesKeywords(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutKubernetesKeywords);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !key.startsWith('x-kubernetes-'))
      .map(([key, value]) => [key, withoutKubernetesKeywords(value)]),
  );
}

/** One served version of a CRD file of ../shared/charts. */
export function crdVersion(file: string, version: string): Values {
  const crd = readYaml(file);
  const served = ((crd.spec as Values).versions as Values[]).find((v) => v.name === version);
  if (!served) throw new Error(`${file} has no version ${version}`);
  return served;
}

/** Errors of one object against the schema of its version in a CRD file of ../shared/charts (the Gateway API's, Envoy's). */
export function crdSchemaErrors(file: string, object: Values): string[] {
  const version = String(object.apiVersion).split('/')[1];
  const key = `${file}#${version}`;
  let validate = validators.get(key);
  if (!validate) {
    const schema = (crdVersion(file, version).schema as Values).openAPIV3Schema;
    validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(withoutKubernetesKeywords(schema) as object);
    validators.set(key, validate);
  }
  return validate(object) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
