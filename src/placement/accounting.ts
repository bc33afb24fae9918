/**
 * What a virtual cluster takes, in one place: placement charges it to its host, VC-4 checks
 * the host's total, OQ-1 its owner's. A paused virtual cluster frees its CPU and memory (its
 * control plane is scaled to zero) and keeps its storage (its volume stays, and its IP).
 */
import { VirtualCluster } from '../model/fleet';
import { RESOURCE_NAMES, ResourceName, Resources } from '../model/types';

export const FREED_WHEN_PAUSED: readonly ResourceName[] = ['cpu', 'memory'];

/** What a virtual cluster counts for, in whole units; a request that is not a quantity counts as nothing (VC-2 reports it). */
export function chargeOf(vc: VirtualCluster): Resources<number> {
  const [cpu, memory, storage] = RESOURCE_NAMES.map((resource) => (vc.paused && FREED_WHEN_PAUSED.includes(resource) ? 0 : (vc.request[resource] ?? 0)));
  return { cpu, memory, storage };
}

/** Adds a charge to a running total. */
export function addCharge(total: { cpu: number; memory: number; storage: number }, charge: Resources<number>): void {
  for (const resource of RESOURCE_NAMES) total[resource] += charge[resource];
}

/** Capacity × oversubscription, in whole units; undefined where the capacity does not parse. */
export function limitOf(capacity: Resources<number | undefined>, oversubscriptionPercent: number): Resources<number | undefined> {
  const [cpu, memory, storage] = RESOURCE_NAMES.map((resource) => {
    const amount = capacity[resource];
    return amount === undefined ? undefined : (amount * oversubscriptionPercent) / 100;
  });
  return { cpu, memory, storage };
}
