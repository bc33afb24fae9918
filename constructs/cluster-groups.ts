import { App } from 'cdktf';
import { IConstruct } from 'constructs';
import { terminalText } from '../src/review/inert';
import { ClusterGroupsRegistry, CONTEXT_FROZEN, CONTEXT_LOCK_FILE, CONTEXT_QUIET } from './registry';

/** Options of {@link ClusterGroups.synthesize}. */
export interface SynthesizeOptions {
  /**
   * Whether a failed synth sets `process.exitCode` to 1, so that the app's process (run by `cdktf synth`)
   * ends with 1 once it is done, which cdktf reports as a failed synth. Set it to false where the
   * process is not yours (a test runner, a tool that synthesizes several apps).
   * @default true
   */
  readonly setExitCode?: boolean;
}

/** Whether a finding fails the synth. */
export enum FindingSeverity {
  /** Fails the synth: nothing is written. */
  ERROR = 'error',
  /** Printed and written to the review; the synth goes on. */
  WARNING = 'warning',
}

/** One finding of the group rules, as data: what a synth prints as `[RULE] path: received …; expected …. Fix: …`. */
export interface ClusterGroupFinding {
  /** The rule's ID, e.g. `VC-4` (`cdktf-cluster-groups explain VC-4`). */
  readonly rule: string;
  /** An error fails the synth; a warning is printed and written to the review. */
  readonly severity: FindingSeverity;
  /** The construct path it is about (or the lock file's path, for a lock that cannot be read). */
  readonly path: string;
  /** What the rule found. */
  readonly received: string;
  /** What it expects instead. */
  readonly expected: string;
  /** How to fix it. */
  readonly fix: string;
  /** The whole message, as printed. */
  readonly message: string;
}

/** What an app's main file and a test call, and the context keys an app may set: static members, so that every language jsii serves has them. */
export class ClusterGroups {
  /** Context key (cdktf.json `context`, or the App's): path of the placement lock file, relative to the app's folder (the one holding cdktf.json), or `false` for none. Default `cluster-groups.lock.json`; `false` in an app made by cdktf's `Testing.app()`. */
  static readonly CONTEXT_LOCK_FILE: string = CONTEXT_LOCK_FILE;
  /** Context key: `true` makes a lock change an error (PL-1). Default: true when the environment's `CI` is true, 1 or yes (any case). */
  static readonly CONTEXT_FROZEN: string = CONTEXT_FROZEN;
  /** Context key: `true` stops the summary printed at synth. Default false; true in an app made by cdktf's `Testing.app()`. */
  static readonly CONTEXT_QUIET: string = CONTEXT_QUIET;

  /**
   * `app.synth()` for an app's main file: a failed synth prints its findings, one per line, without a
   * stack trace, to standard error, sets the process's exit code to 1 (see {@link SynthesizeOptions}) and
   * returns false. It never ends the process itself, so a caller may go on; read findings as data with
   * {@link ClusterGroups.findingsOf}. In another language (Python, …) the exit code set is that of jsii's
   * Node process, not the app's: end the app with 1 when this returns false.
   * @returns whether the synth succeeded
   */
  static synthesize(app: App, options: SynthesizeOptions = {}): boolean {
    try {
      app.synth();
      return true;
    } catch (error) {
      process.stderr.write(`${terminalText((error as Error).message)}\n`);
      if (options.setExitCode !== false) process.exitCode = 1;
      return false;
    }
  }

  /**
   * Every finding of the groups, hosts and virtual clusters of the stack that holds `scope`, errors
   * first, as data: evaluates the rules once (placement included) without synthesizing, writing or
   * printing anything. Empty for a stack with none of our constructs. For a `Fleet`, or any stack it
   * created, the fleet's findings: its rules span all its stacks. For unit tests and tools that must
   * not parse a failed synth's message.
   */
  static findingsOf(scope: IConstruct): ClusterGroupFinding[] {
    const evaluation = ClusterGroupsRegistry.existing(scope)?.evaluation;
    return (evaluation?.findings ?? []).map(({ rule, severity, path, received, expected, fix, message }) => ({
      rule,
      severity: severity === 'error' ? FindingSeverity.ERROR : FindingSeverity.WARNING,
      path,
      received,
      expected,
      fix,
      message,
    }));
  }

  private constructor() {}
}
