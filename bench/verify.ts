/**
 * Checks that ours and raw synthesized the same resources: ours' `for_each` resources are
 * expanded into one instance per key, every resource is named by what it is (type,
 * provider alias, Kubernetes/Helm name) instead of its Terraform address, references
 * and depends_on are rewritten to those names, and the bodies are compared.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Body = { [key: string]: Json };

function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function mapStrings(value: Json, f: (text: string) => string): Json {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, f));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, f)]));
  return value;
}

interface Instance {
  readonly address: string;
  readonly forEach: boolean;
  readonly body: Body;
}

function identity(type: string, body: Body): string {
  const name = type === 'kubernetes_namespace_v1' ? (body.metadata as Body).name : body.name;
  return `${type}|${String(body.provider)}|${String(name)}`;
}

/** Every resource instance of a synthesized stack, keyed by identity, with references rewritten. */
function instancesOf(file: string): { resources: Map<string, string>; outputs: string; providers: string } {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { resource: Record<string, Record<string, Body>>; output?: Body; provider?: Body };
  const instances: Instance[] = [];
  for (const [type, byName] of Object.entries(doc.resource)) {
    for (const [name, raw] of Object.entries(byName)) {
      const { '//': _meta, for_each: forEach, ...body } = raw;
      void _meta;
      const address = `${type}.${name}`;
      if (forEach && typeof forEach === 'object' && !Array.isArray(forEach)) {
        for (const [key, value] of Object.entries(forEach)) {
          const expanded = mapStrings(body, (text) =>
            text === '${each.value.values}' && value !== null && typeof value === 'object' && !Array.isArray(value)
              ? String(value.values)
              : text
                  .split('${each.key}')
                  .join(key)
                  .replace(/\$\{each\.value(?:\.(\w+))?\}/g, (whole, field: string | undefined) => {
                    const got: unknown = field === undefined ? value : value !== null && typeof value === 'object' ? (value as Body)[field] : undefined;
                    return typeof got === 'string' ? got : whole;
                  }),
          ) as Body;
          instances.push({ address, forEach: true, body: { ...expanded, __type: type } });
        }
      } else {
        instances.push({ address, forEach: false, body: { ...body, __type: type } });
      }
    }
  }
  // A plain address names one identity; a for_each address names the instance of the same key.
  const byAddress = new Map<string, string>();
  for (const instance of instances) if (!instance.forEach) byAddress.set(instance.address, identity(String(instance.body.__type), instance.body));
  const resources = new Map<string, string>();
  for (const instance of instances) {
    const type = String(instance.body.__type);
    const key = type === 'kubernetes_namespace_v1' ? String((instance.body.metadata as Body).name) : String(instance.body.name);
    const resolve = (address: string): string => {
      const plain = byAddress.get(address);
      if (plain) return plain;
      const [depType] = address.split('.');
      const provider = String(instance.body.provider).replace(/^helm\./, 'kubernetes.');
      return `${depType}|${depType === 'kubernetes_namespace_v1' ? provider : instance.body.provider}|${key}`;
    };
    const body = mapStrings(instance.body, (text) => text.replace(/\$\{([a-z0-9_]+\.[A-Za-z0-9_-]+)\.metadata\[0\]\.name\}/g, (_m, address: string) => `<name of ${resolve(address)}>`)) as Body;
    if (Array.isArray(body.depends_on)) body.depends_on = (body.depends_on as string[]).map(resolve).sort();
    const id = identity(type, body);
    if (resources.has(id)) throw new Error(`${file}: two resources are ${id}`);
    resources.set(id, canonical(body));
  }
  const outputs = canonical(Object.fromEntries(Object.entries(doc.output ?? {}).map(([name, body]) => [name, { description: (body as Body).description, value: (body as Body).value }])));
  const providers = canonical(Object.fromEntries(Object.entries(doc.provider ?? {}).map(([name, list]) => [name, [...(list as Body[])].map((p) => canonical(p)).sort()])));
  return { resources, outputs, providers };
}

/** Differences between the two stacks (empty when they are the same resources). */
export function compareStacks(oursOutdir: string, rawOutdir: string, stack: string): { resources: number; differences: string[] } {
  const ours = instancesOf(join(oursOutdir, 'stacks', stack, 'cdk.tf.json'));
  const raw = instancesOf(join(rawOutdir, 'stacks', stack, 'cdk.tf.json'));
  const differences: string[] = [];
  if (ours.providers !== raw.providers) differences.push('providers differ');
  if (ours.outputs !== raw.outputs) differences.push('outputs differ');
  for (const [id, body] of ours.resources) {
    const other = raw.resources.get(id);
    if (other === undefined) differences.push(`only in ours: ${id}`);
    else if (other !== body) differences.push(`differs: ${id}\n  ours ${body.slice(0, 400)}\n  raw  ${other.slice(0, 400)}`);
  }
  for (const id of raw.resources.keys()) if (!ours.resources.has(id)) differences.push(`only in raw: ${id}`);
  return { resources: ours.resources.size, differences };
}
