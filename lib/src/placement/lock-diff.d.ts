import { Lock } from './lock';
/** What differs between two locks, one line per virtual cluster, for a frozen synth's error. */
export declare function lockChanges(before: Lock, after: Lock): string[];
