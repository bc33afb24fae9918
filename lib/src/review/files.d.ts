import { Evaluation } from '../evaluate';
/** Writes review.md and review.json (with the capacity figures) beside the synthesized stacks. */
export declare function writeReviewFiles(dir: string, evaluation: Evaluation): void;
