import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { renderReviewMarkdown } from './markdown';
import { ReviewView } from './view';

/** The format version of review.json (its JSON Schema ships as schemas/review.schema.json): it changes when a field changes meaning or goes. */
export const REVIEW_FORMAT_VERSION = 1;

/** Writes review.md and review.json (with the capacity figures) beside the synthesized stacks, into `dir`, made where missing. */
export function writeReviewFiles(dir: string, view: ReviewView): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'review.json'), `${JSON.stringify({ formatVersion: REVIEW_FORMAT_VERSION, ...view }, null, 2)}\n`);
  writeFileSync(join(dir, 'review.md'), renderReviewMarkdown(view));
}
