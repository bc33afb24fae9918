/** Helm's way of layering values: maps merge key by key, lists and scalars replace. */
export type Values = {
    [key: string]: unknown;
};
export declare function isMap(value: unknown): value is Values;
export declare function mergeValues(...layers: ReadonlyArray<Values | undefined>): Values;
