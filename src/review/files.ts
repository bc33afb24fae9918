import { writeFileSync } from 'fs';
import { join } from 'path';
import { Evaluation } from '../evaluate';
import { renderReviewMarkdown } from './markdown';
import { viewOf } from './view';

/** Writes review.md and review.json (with the capacity figures) beside the synthesized stacks. */
export function writeReviewFiles(dir: string, evaluation: Evaluation): void {
  const view = viewOf(evaluation);
  writeFileSync(join(dir, 'review.json'), `${JSON.stringify(view, null, 2)}\n`);
  writeFileSync(join(dir, 'review.md'), renderReviewMarkdown(view));
}
