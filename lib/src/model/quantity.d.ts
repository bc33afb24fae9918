/** The quantity in base units, or undefined when Kubernetes would refuse it (negative quantities are refused too: no capacity is negative). */
export declare function parseQuantity(text: unknown): number | undefined;
/** A human reading of an amount: cores as `4` / `1.5`, bytes in Gi with at most two decimals. */
export declare function formatAmount(value: number, unit: 'cores' | 'bytes'): string;
