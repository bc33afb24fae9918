"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.synthesize = synthesize;
/**
 * `app.synth()` for an app's main file: a failed validation prints its findings, one per
 * line, without a stack trace, and exits 1 (what `cdktf synth` reports as a failed synth).
 */
function synthesize(app) {
    try {
        app.synth();
    }
    catch (error) {
        process.stderr.write(`${error.message}\n`);
        process.exit(1);
    }
}
