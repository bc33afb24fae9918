/**
 * What a virtual cluster takes, in one place: placement charges it to its host, VC-4 checks
 * the host's total, OQ-1 its owner's. A paused virtual cluster frees nothing: only its control
 * plane is scaled to zero, the pods it synced keep running on the host (a Helm release cannot
 * delete them the way `vcluster pause` does), and its volume and IP stay. Counting what still
 * runs keeps a host from being promised twice.
 */
import { VirtualCluster } from '../model/fleet';
import { RESOURCE_NAMES, ResourceName, Resources } from '../model/types';

/** What pausing frees in the accounting: nothing (see above), unlike DOMAIN's first statement of VC-4. */
export const FREED_WHEN_PAUSED: readonly ResourceName[] = [];

/** What a virtual cluster counts for, in whole units; a request that is not a quantity counts as nothing (VC-2 reports it). */
export function chargeOf(vc: VirtualCluster): Resources<number> {
  const [cpu, memory, storage] = RESOURCE_NAMES.map((resource) => (vc.paused && FREED_WHEN_PAUSED.includes(resource) ? 0 : (vc.request[resource] ?? 0)));
  return { cpu, memory, storage };
}

/** Adds a charge to a running total. */
export function addCharge(total: { cpu: number; memory: number; storage: number }, charge: Resources<number>): void {
  for (const resource of RESOURCE_NAMES) total[resource] += charge[resource];
}

/**
 * Capacity × oversubscription, rounded down to whole units (millicores, bytes): requests are whole
 * units, so a request fits the exact limit exactly when it fits the rounded one, and the review
 * never shows a fraction of a byte. Undefined where the capacity does not parse.
 */
export function limitOf(capacity: Resources<number | undefined>, oversubscriptionPercent: number): Resources<number | undefined> {
  const [cpu, memory, storage] = RESOURCE_NAMES.map((resource) => {
    const amount = capacity[resource];
    if (amount === undefined) return undefined;
    // Exact in BigInt for whole numbers (a product past 2^53 would round); CG-13 refuses any other percentage.
    if (Number.isSafeInteger(amount) && Number.isSafeInteger(oversubscriptionPercent)) return Number((BigInt(amount) * BigInt(oversubscriptionPercent)) / 100n);
    return Math.floor((amount * oversubscriptionPercent) / 100);
  });
  return { cpu, memory, storage };
}
