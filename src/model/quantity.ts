/**
 * Kubernetes resource quantities (`64`, `500m`, `256Gi`, `2Ti`, `1e3`), as the API server
 * accepts them, reduced to a plain number of base units (cores, bytes).
 */
// A leading `+` is part of Kubernetes' grammar (`+32` is 32).
const QUANTITY = /^\+?(\d+(?:\.\d*)?|\.\d+)(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?$/;

const SUFFIX: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/** The quantity in base units, or undefined when Kubernetes would refuse it (negative quantities are refused too: no capacity is negative). */
export function parseQuantity(text: unknown): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) && text >= 0 ? text : undefined;
  if (typeof text !== 'string') return undefined;
  const match = QUANTITY.exec(text);
  if (!match) return undefined;
  const [, digits, exponent, suffix] = match;
  const scale = exponent ? 10 ** Number(exponent.slice(1)) : suffix ? SUFFIX[suffix] : 1;
  const value = Number(digits) * scale;
  return Number.isFinite(value) ? value : undefined;
}

const GI = 2 ** 30;

/** The unit a resource is counted in. */
export function unitOf(resource: 'cpu' | 'memory' | 'storage'): 'cores' | 'bytes' {
  return resource === 'cpu' ? 'cores' : 'bytes';
}

/** A human reading of an amount: cores as `4` / `1.5`, bytes in Gi with at most two decimals. */
export function formatAmount(value: number, unit: 'cores' | 'bytes'): string {
  const scaled = unit === 'bytes' ? value / GI : value;
  const text = String(Math.round(scaled * 100) / 100);
  return unit === 'bytes' ? `${text}Gi` : text;
}
