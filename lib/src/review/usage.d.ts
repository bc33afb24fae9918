import { ResourceUse } from './view';
/** `[######----] 6/10 (60%)`: a share of capacity × oversubscription, readable in a terminal and in Markdown code. */
export declare function usageBar(use: ResourceUse, unit: 'cores' | 'bytes'): string;
