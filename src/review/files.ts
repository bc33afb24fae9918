import { writeFileSync } from 'fs';
import { join } from 'path';
import { renderReviewMarkdown } from './markdown';
import { ReviewView } from './view';

/** Writes review.md and review.json (with the capacity figures) beside the synthesized stacks. */
export function writeReviewFiles(dir: string, view: ReviewView): void {
  writeFileSync(join(dir, 'review.json'), `${JSON.stringify(view, null, 2)}\n`);
  writeFileSync(join(dir, 'review.md'), renderReviewMarkdown(view));
}
