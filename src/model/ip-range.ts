import * as ipaddr from 'ipaddr.js';

/** One MetalLB pool entry (`10.0.0.0/28` or `10.0.0.10-10.0.0.20`) as an inclusive range of addresses. */
export interface IpRange {
  readonly text: string;
  readonly family: 'ipv4' | 'ipv6';
  readonly start: bigint;
  readonly end: bigint;
}

export type IpRangeResult = { range: IpRange } | { error: string };

function toBigInt(address: ipaddr.IPv4 | ipaddr.IPv6): bigint {
  return address.toByteArray().reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);
}

/**
 * An address as Go's net.ParseIP (MetalLB, Kubernetes) reads it: IPv4 only in dotted decimal
 * without leading zeros (ipaddr.js alone would also take octal, hex and 32-bit forms), IPv6 without a zone.
 */
function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const trimmed = text.trim();
  if (ipaddr.IPv4.isValidFourPartDecimal(trimmed)) return ipaddr.IPv4.parse(trimmed);
  if (!trimmed.includes('%') && ipaddr.IPv6.isValid(trimmed)) return ipaddr.IPv6.parse(trimmed);
  return undefined;
}

/** `address/bits`, strictly: a decimal prefix length without leading zeros, within the family's width. */
function parseCidr(text: string): { network: ipaddr.IPv4 | ipaddr.IPv6; bits: number } | undefined {
  const parts = text.trim().split('/');
  if (parts.length !== 2 || !/^(0|[1-9][0-9]{0,2})$/.test(parts[1])) return undefined;
  const network = parseAddress(parts[0]);
  const bits = Number(parts[1]);
  if (!network || bits > (network.kind() === 'ipv4' ? 32 : 128)) return undefined;
  return { network, bits };
}

/** Parses a pool entry the way MetalLB reads `IPAddressPool.spec.addresses`. */
/** Go reads ::ffff:a.b.c.d as the IPv4 address a.b.c.d: counted as IPv6 here, it would overlap an IPv4 pool unseen. */
function isMapped(address: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  return address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress();
}

const MAPPED = (text: string) => `'${text}' holds an IPv4-mapped IPv6 address: write the IPv4 address itself`;

export function parseIpRange(text: unknown): IpRangeResult {
  if (typeof text !== 'string' || text.trim() === '') return { error: 'an empty address range' };
  // MetalLB reads a CIDR with Go's net.ParseCIDR, which refuses surrounding spaces: say so here rather than at apply.
  if (text !== text.trim()) return { error: `'${text}' has spaces around it` };
  if (text.includes('/')) {
    const cidr = parseCidr(text);
    if (!cidr) return { error: `'${text}' is not a CIDR (dotted-decimal IPv4 or IPv6 address, then /prefix length)` };
    const { network, bits } = cidr;
    if (isMapped(network)) return { error: MAPPED(text) };
    const width = network.kind() === 'ipv4' ? 32 : 128;
    const first = toBigInt(network);
    const hostBits = BigInt(width - bits);
    const start = (first >> hostBits) << hostBits;
    const range: IpRange = { text, family: network.kind(), start, end: start + (1n << hostBits) - 1n };
    if (start !== first) return { error: `'${text}' has host bits set: the network is ${addressAt(range, 0n)}/${bits}` };
    return { range };
  }
  const parts = text.split('-');
  if (parts.length !== 2) return { error: `'${text}' is neither a CIDR nor a 'first-last' range` };
  const [from, to] = parts.map(parseAddress);
  if (!from || !to) return { error: `'${text}' holds an address that is not IPv4 or IPv6` };
  if (isMapped(from) || isMapped(to)) return { error: MAPPED(text) };
  if (from.kind() !== to.kind()) return { error: `'${text}' mixes IPv4 and IPv6` };
  const start = toBigInt(from);
  const end = toBigInt(to);
  if (end < start) return { error: `'${text}' runs backwards (its first address is after its last)` };
  return { range: { text, family: from.kind(), start, end } };
}

/** The number of addresses in a range. */
export function rangeSize(range: IpRange): bigint {
  return range.end - range.start + 1n;
}

/**
 * Whether MetalLB's `avoidBuggyIPs` keeps an address out of a pool: an IPv4 address ending in .0
 * or .255, which firmware of many routers and hosts treats as a network or broadcast address.
 */
export function isBuggyAddress(range: IpRange, offset: bigint): boolean {
  const last = (range.start + offset) & 0xffn;
  return range.family === 'ipv4' && (last === 0n || last === 255n);
}

/** ⌊a / b⌋ for a positive b (BigInt division rounds toward zero). */
function floorDiv(a: bigint, b: bigint): bigint {
  return a >= 0n ? a / b : -((-a + b - 1n) / b);
}

/** The addresses of a range MetalLB hands out with `avoidBuggyIPs` (all of an IPv6 range). */
export function usableSize(range: IpRange): bigint {
  if (range.family !== 'ipv4') return rangeSize(range);
  // Values ≡ r (mod 256) in [start, end], for r = 0 and r = 255.
  const count = (r: bigint) => floorDiv(range.end - r, 256n) - floorDiv(range.start - 1n - r, 256n);
  return rangeSize(range) - count(0n) - count(255n);
}

/** The address at a position of a range, in the family's usual text form. */
export function addressAt(range: IpRange, offset: bigint): string {
  const value = range.start + offset;
  const bytes = range.family === 'ipv4' ? 4 : 16;
  const array: number[] = [];
  for (let i = bytes - 1; i >= 0; i--) array.push(Number((value >> BigInt(i * 8)) & 0xffn));
  return ipaddr.fromByteArray(array).toString();
}

/** The position of an address inside a range, or undefined when it lies outside. */
export function offsetOf(range: IpRange, address: string): bigint | undefined {
  const parsed = parseAddress(address);
  if (!parsed || parsed.kind() !== range.family) return undefined;
  const value = toBigInt(parsed);
  return value >= range.start && value <= range.end ? value - range.start : undefined;
}

/**
 * Pairs of overlapping ranges, found by sorting (O(n log n)): each range is compared with
 * the furthest-reaching range before it, so every overlap is reported at least once.
 */
export function overlaps<T extends { range: IpRange }>(items: readonly T[]): Array<[T, T]> {
  const sorted = [...items].sort((a, b) =>
    a.range.family !== b.range.family ? (a.range.family < b.range.family ? -1 : 1) : a.range.start < b.range.start ? -1 : a.range.start > b.range.start ? 1 : 0,
  );
  const found: Array<[T, T]> = [];
  let reach: T | undefined;
  for (const item of sorted) {
    if (reach && reach.range.family === item.range.family && item.range.start <= reach.range.end) found.push([reach, item]);
    if (!reach || reach.range.family !== item.range.family || item.range.end > reach.range.end) reach = item;
  }
  return found;
}

/** An address in one text form (IPv4-mapped IPv6 as IPv4), so that two spellings of one address compare equal; undefined when it is none. */
export function canonicalAddress(text: string): string | undefined {
  if (text.trim() !== text) return undefined;
  const parsed = parseAddress(text);
  if (!parsed) return undefined;
  return parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress() ? (parsed as ipaddr.IPv6).toIPv4Address().toString() : parsed.toString();
}

/** Whether a text is one IPv4 or IPv6 address, as Go reads it (a BGP peer's address). */
export function isIpAddress(text: unknown): boolean {
  return typeof text === 'string' && text.trim() === text && parseAddress(text) !== undefined;
}

/** Whether a CIDR (for `loadBalancerSourceRanges`) is valid. */
export function isCidr(text: unknown): boolean {
  return typeof text === 'string' && parseCidr(text) !== undefined;
}
