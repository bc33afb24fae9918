import { GroupView, ReviewView } from './view';
/** A flowchart of one group: group → hosts → virtual clusters, each with how it is reached. */
export declare function mermaid(group: GroupView, index: number): string;
/** review.md: what a pull request's reviewer needs to see of the groups, rendered by GitHub (Mermaid included). */
export declare function renderReviewMarkdown(view: ReviewView): string;
