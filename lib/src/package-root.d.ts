/** The package's own folder, found from this file whether it runs from source or from the compiled output. */
export declare function packageRoot(): string;
