/** Exit code of `review-plan --fail-on-destroy` when a virtual cluster would lose its data: distinct from 1, "could not review". */
export declare const EXIT_DATA_LOSS = 2;
/** Runs the CLI on process.argv-style arguments and returns the exit code; never throws, never exits the process. */
export declare function main(argv: readonly string[]): Promise<number>;
