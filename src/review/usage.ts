import { formatBase } from '../model/quantity';
import { ResourceName } from '../model/types';
import { ResourceUse } from './view';

const BAR_WIDTH = 10;

/** `[######----] 6/10 (60%)`: a share of capacity × oversubscription, readable in a terminal and in Markdown code. */
export function usageBar(use: ResourceUse, resource: ResourceName): string {
  if (use.limit === null || use.limit <= 0) return `${formatBase(resource, use.used)}/?`;
  const share = use.used / use.limit;
  const filled = Math.min(BAR_WIDTH, Math.round(share * BAR_WIDTH));
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${formatBase(resource, use.used)}/${formatBase(resource, use.limit)} (${Math.round(share * 100)}%)`;
}
