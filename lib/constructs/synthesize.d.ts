import { App } from 'cdktf';
/**
 * `app.synth()` for an app's main file: a failed validation prints its findings, one per
 * line, without a stack trace, and exits 1 (what `cdktf synth` reports as a failed synth).
 */
export declare function synthesize(app: App): void;
