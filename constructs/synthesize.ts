import { App } from 'cdktf';
import { terminalText } from '../src/review/inert';

/**
 * `app.synth()` for an app's main file: a failed validation prints its findings, one per
 * line, without a stack trace, and exits 1 (what `cdktf synth` reports as a failed synth).
 */
export function synthesize(app: App): void {
  try {
    app.synth();
  } catch (error) {
    process.stderr.write(`${terminalText((error as Error).message)}\n`);
    process.exit(1);
  }
}
