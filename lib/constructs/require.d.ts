import { Construct } from 'constructs';
import type { ClusterGroup } from './cluster-group';
/** A construct of the wrong kind is a programming error: refused at once, with what was expected. */
export declare function requireGroup(scope: Construct, group: unknown, prop: string): ClusterGroup;
