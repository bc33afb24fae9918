import { Evaluation } from '../evaluate';
/** The short report printed at synth: groups, hosts with capacity use, where each virtual cluster went and how it is reached, warnings. */
export declare function renderSummary(evaluation: Evaluation, stack: string): string;
