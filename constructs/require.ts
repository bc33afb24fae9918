import { Construct } from 'constructs';
import { ReceivedValue, WrongProp } from '../src/model/types';
import { BRANDS, hasBrand } from './brand';
import type { ClusterGroup } from './cluster-group';
import { ClusterGroupsRegistry } from './registry';

/** A value as received: another construct by its path and class (what a user recognises), anything else as it is. */
export function received(value: unknown): ReceivedValue {
  return value instanceof Construct ? { kind: 'construct', path: value.node.path, className: value.constructor.name } : { kind: 'value', value };
}

/** Records a prop of the wrong kind as it was received; the rule that owns the prop reports it at synth. */
function recordWrongProp(scope: Construct, owner: WrongProp['owner'], prop: WrongProp['prop'], value: unknown): void {
  ClusterGroupsRegistry.of(scope).addWrongProp({ path: scope.node.path, owner, prop, value: received(value) });
}

/** The group a host or virtual cluster names, or undefined (recorded) when it is not a ClusterGroup. */
export function groupOf(scope: Construct, group: unknown, owner: 'host' | 'virtual-cluster'): ClusterGroup | undefined {
  if (hasBrand(group, BRANDS.group)) return group as ClusterGroup;
  recordWrongProp(scope, owner, 'group', group);
  return undefined;
}

/** The spec inside one of our option classes (Scope, Connection, HostEndpoint), or undefined (recorded) for anything else. */
export function specOf<T>(
  scope: Construct,
  owner: WrongProp['owner'],
  prop: WrongProp['prop'],
  value: unknown,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  type: Function & { prototype: { _spec: T } },
): T | undefined {
  if (value instanceof type) return (value as { _spec: T })._spec;
  recordWrongProp(scope, owner, prop, value);
  return undefined;
}

/** A flag as given: true or false, or undefined (recorded when it is something else, "false" say, which JavaScript reads as true). */
export function flagOf(scope: Construct, owner: WrongProp['owner'], prop: 'paused' | 'diskBackup' | 'kubeconfigOutput', value: unknown): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  recordWrongProp(scope, owner, prop, value);
  return undefined;
}

/**
 * A list prop as a list, for JavaScript callers and loose types: one value stands for a list of
 * one, so a string pool is one pool (not its characters) and the rules judge each entry.
 */
export function listOf<T>(value: readonly T[] | T | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...(value as T[])] : [value as T];
}
