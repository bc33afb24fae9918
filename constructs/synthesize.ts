import { App } from 'cdktf';
import { terminalText } from '../src/review/inert';

/** Options of {@link synthesize}. */
export interface SynthesizeOptions {
  /**
   * Whether a failed synth sets `process.exitCode` to 1, so that the app's process (run by `cdktf synth`)
   * ends with 1 once it is done, which cdktf reports as a failed synth. Set it to false where the
   * process is not yours (a test runner, a tool that synthesizes several apps).
   * @default true
   */
  readonly setExitCode?: boolean;
}

/**
 * `app.synth()` for an app's main file: a failed synth prints its findings, one per line, without a
 * stack trace, to standard error, sets the process's exit code to 1 (see {@link SynthesizeOptions}) and
 * returns false. It never ends the process itself, so a caller may go on; read findings as data with
 * `findingsOf`.
 * @returns whether the synth succeeded
 */
export function synthesize(app: App, options: SynthesizeOptions = {}): boolean {
  try {
    app.synth();
    return true;
  } catch (error) {
    process.stderr.write(`${terminalText((error as Error).message)}\n`);
    if (options.setExitCode !== false) process.exitCode = 1;
    return false;
  }
}
