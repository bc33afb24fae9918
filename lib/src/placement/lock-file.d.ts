import { Lock } from './lock';
/**
 * The lock file on disk. One file serves every stack of an app: each stack owns the entry
 * under its name (`stacks.<name>`), and leaves the others as they are.
 */
export declare class LockFile {
    private readonly stack;
    readonly frozen: boolean;
    readonly path?: string;
    private loaded?;
    constructor(path: string | undefined, stack: string, frozen: boolean);
    private readAll;
    /** This stack's lock, or an empty one when there is no file yet. */
    read(): Lock;
    /** The file's text once this stack's entry is replaced by the given lock. */
    private render;
    /** Writes the lock unless frozen or unchanged: a synth that changes nothing leaves the tree clean. */
    write(lock: Lock): void;
}
