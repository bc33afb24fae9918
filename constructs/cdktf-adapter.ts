/**
 * The one file that reaches into cdktf beyond its package entry: a move to another release or
 * fork of the framework (cdktn) starts here. Everything else in constructs/ uses cdktf's public
 * entry only.
 */
import { IStackSynthesizer } from 'cdktf';
import { IConstruct } from 'constructs';
import { addCustomSynthesis, StackSynthesizer } from 'cdktf/lib/synthesize/synthesizer';

/** Runs `write(outdir)` when the construct's stack is synthesized, after its validations passed and before cdktf writes the stack. */
export function onSynthesize(construct: IConstruct, write: (outdir: string) => void): void {
  addCustomSynthesis(construct, { onSynthesize: (session) => write(session.outdir) });
}

/** Whether a stack writes its cdk.tf.json with cdktf's own synthesizer (not one of the user's). */
export function isCdktfSynthesizer(synthesizer: IStackSynthesizer): boolean {
  return synthesizer instanceof StackSynthesizer;
}

/**
 * Whether the app was made by cdktf's `Testing.app()`: it stubs the cdktf version in the context (a
 * `cdktf synth` sets the real one, a plain `new App()` none). Such an app belongs to a unit test.
 */
export function isTestingApp(construct: IConstruct): boolean {
  return construct.node.tryGetContext('cdktfVersion') === 'stubbed';
}
