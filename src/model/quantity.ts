import { ResourceName } from './types';

/**
 * Kubernetes resource quantities (`64`, `500m`, `256Gi`, `2Ti`, `1e3`), as the API server
 * accepts them, read once into whole units: millicores of CPU, bytes of memory and storage.
 * The arithmetic is exact (BigInt), and a fraction of a unit rounds up, as Kubernetes rounds.
 */
// A leading `+` is part of Kubernetes' grammar (`+32` is 32).
const QUANTITY = /^\+?(\d+(?:\.\d*)?|\.\d+)(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?$/;

/** Each suffix as a power of ten or of two. */
const SUFFIX: Record<string, { readonly ten?: number; readonly two?: number }> = {
  n: { ten: -9 },
  u: { ten: -6 },
  m: { ten: -3 },
  k: { ten: 3 },
  M: { ten: 6 },
  G: { ten: 9 },
  T: { ten: 12 },
  P: { ten: 15 },
  E: { ten: 18 },
  Ki: { two: 10 },
  Mi: { two: 20 },
  Gi: { two: 30 },
  Ti: { two: 40 },
  Pi: { two: 50 },
  Ei: { two: 60 },
};

/** Whole units per base unit (a core, a byte) of each resource. */
const UNITS_PER_BASE: Record<ResourceName, number> = { cpu: 1000, memory: 1, storage: 1 };

/**
 * The quantity in whole units of the resource (millicores, bytes), or undefined when Kubernetes
 * would refuse it (negative quantities are refused too: no capacity or request is negative).
 */
export function parseAmount(resource: ResourceName, text: unknown): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) && text >= 0 ? Math.ceil(text * UNITS_PER_BASE[resource]) : undefined;
  if (typeof text !== 'string') return undefined;
  // A fleet repeats a few quantities (the defaults, a handful of sizes) over thousands of
  // virtual clusters: each text is read once per resource, with BigInt arithmetic only then.
  const parsed = PARSED[resource];
  if (parsed.has(text)) return parsed.get(text);
  const value = parseText(resource, text);
  parsed.set(text, value);
  return value;
}

const PARSED: Record<ResourceName, Map<string, number | undefined>> = { cpu: new Map(), memory: new Map(), storage: new Map() };

function parseText(resource: ResourceName, text: string): number | undefined {
  const match = QUANTITY.exec(text);
  if (!match) return undefined;
  const [, digits, exponent, suffix] = match;
  const [whole, fraction = ''] = digits.split('.');
  const scale = suffix ? SUFFIX[suffix] : { ten: exponent ? Number(exponent.slice(1)) : 0 };
  if (Math.abs(scale.ten ?? 0) > 400) return undefined;
  let numerator = BigInt(`${whole}${fraction}` || '0') * BigInt(UNITS_PER_BASE[resource]) * (1n << BigInt(scale.two ?? 0));
  let denominator = 10n ** BigInt(fraction.length);
  const ten = scale.ten ?? 0;
  if (ten >= 0) numerator *= 10n ** BigInt(ten);
  else denominator *= 10n ** BigInt(-ten);
  const value = Number((numerator + denominator - 1n) / denominator);
  return Number.isFinite(value) ? value : undefined;
}

/** An amount in the resource's base unit: cores for CPU, bytes otherwise. */
export function inBaseUnits(resource: ResourceName, amount: number): number {
  return amount / UNITS_PER_BASE[resource];
}

const GI = 2 ** 30;

/** A human reading of a value in base units: cores as `4` / `1.5`, bytes in Gi with at most two decimals. */
export function formatBase(resource: ResourceName, value: number): string {
  const scaled = resource === 'cpu' ? value : value / GI;
  const text = String(Math.round(scaled * 100) / 100);
  return resource === 'cpu' ? text : `${text}Gi`;
}

/** A human reading of an amount of whole units (millicores, bytes). */
export function formatAmount(resource: ResourceName, amount: number): string {
  return formatBase(resource, inBaseUnits(resource, amount));
}
