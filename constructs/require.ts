import { Construct } from 'constructs';
import { finding, show } from '../src/rules/rule';
import { BRANDS, hasBrand } from './brand';
import type { ClusterGroup } from './cluster-group';
import { ClusterGroupsRegistry } from './registry';

/** What a user sees of a value of the wrong kind: the construct's path and class, or its type. */
function describe(value: unknown): string {
  if (value instanceof Construct) return `the construct ${value.node.path} (${value.constructor.name})`;
  return value === undefined ? 'nothing' : `${typeof value} ${show(value)}`;
}

/**
 * A prop of the wrong kind (a construct or value where another was expected) is reported
 * at synth with the other findings, under the rule it serves, instead of a throw from deep
 * inside a constructor: the user sees every mistake at once, without a stack trace.
 */
export function reportProp(scope: Construct, rule: string, prop: string, value: unknown, expected: string, fix: string): void {
  ClusterGroupsRegistry.of(scope).addInputFinding(finding(rule, 'error', scope.node.path, `'${prop}': ${describe(value)}`, expected, fix));
}

/** The group a host or virtual cluster names, or undefined (reported) when it is not a ClusterGroup. */
export function groupOf(scope: Construct, group: unknown, rule: string): ClusterGroup | undefined {
  if (hasBrand(group, BRANDS.group)) return group as ClusterGroup;
  reportProp(scope, rule, 'group', group, 'a ClusterGroup', 'pass the ClusterGroup this belongs to, or use group.addHost(...) / group.addVirtualCluster(...)');
  return undefined;
}

/** The spec inside one of our option classes (Scope, Connection, HostEndpoint), or undefined (reported) for anything else. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function specOf<T>(scope: Construct, rule: string, prop: string, value: unknown, type: Function & { prototype: { spec: T } }, expected: string): T | undefined {
  if (value instanceof type) return (value as { spec: T }).spec;
  reportProp(scope, rule, prop, value, expected, `build it with ${expected}`);
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
