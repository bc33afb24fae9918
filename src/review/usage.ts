import { formatAmount } from '../model/quantity';
import { ResourceUse } from './view';

const BAR_WIDTH = 10;

/** `[######----] 6/10 (60%)`: a share of capacity × oversubscription, readable in a terminal and in Markdown code. */
export function usageBar(use: ResourceUse, unit: 'cores' | 'bytes'): string {
  if (use.limit === null || use.limit <= 0) return `${formatAmount(use.used, unit)}/?`;
  const share = use.used / use.limit;
  const filled = Math.min(BAR_WIDTH, Math.round(share * BAR_WIDTH));
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${formatAmount(use.used, unit)}/${formatAmount(use.limit, unit)} (${Math.round(share * 100)}%)`;
}
