export declare function parseVersion(version: unknown): [number, number, number] | undefined;
/** Whether an exact version is at or after major.minor. */
export declare function isAtLeast(version: unknown, major: number, minor: number): boolean;
