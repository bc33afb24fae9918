/** One MetalLB pool entry (`10.0.0.0/28` or `10.0.0.10-10.0.0.20`) as an inclusive range of addresses. */
export interface IpRange {
    readonly text: string;
    readonly family: 'ipv4' | 'ipv6';
    readonly start: bigint;
    readonly end: bigint;
}
export type IpRangeResult = {
    range: IpRange;
} | {
    error: string;
};
/** Parses a pool entry the way MetalLB reads `IPAddressPool.spec.addresses`. */
export declare function parseIpRange(text: unknown): IpRangeResult;
/** The number of addresses in a range. */
export declare function rangeSize(range: IpRange): bigint;
/** The address at a position of a range, in the family's usual text form. */
export declare function addressAt(range: IpRange, offset: bigint): string;
/** The position of an address inside a range, or undefined when it lies outside. */
export declare function offsetOf(range: IpRange, address: string): bigint | undefined;
/**
 * Pairs of overlapping ranges, found by sorting (O(n log n)): each range is compared with
 * the furthest-reaching range before it, so every overlap is reported at least once.
 */
export declare function overlaps<T extends {
    range: IpRange;
}>(items: readonly T[]): Array<[T, T]>;
/** Whether a CIDR (for `loadBalancerSourceRanges`) is valid. */
export declare function isCidr(text: unknown): boolean;
