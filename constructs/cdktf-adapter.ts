/**
 * The one file that reaches into cdktf beyond its package entry: a move to another release or
 * fork of the framework (cdktn) starts here. Everything else in constructs/ uses cdktf's public
 * entry only.
 */
import { IConstruct } from 'constructs';
import { addCustomSynthesis } from 'cdktf/lib/synthesize/synthesizer';

/** Runs `write(outdir)` when the construct's stack is synthesized, after its validations passed and before cdktf writes the stack. */
export function onSynthesize(construct: IConstruct, write: (outdir: string) => void): void {
  addCustomSynthesis(construct, { onSynthesize: (session) => write(session.outdir) });
}
