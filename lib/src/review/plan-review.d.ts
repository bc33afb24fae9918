import type { ReviewView } from './view';
/**
 * What a Terraform plan (`terraform show -json tfplan`) does to each group, host and
 * virtual cluster, with the changes that lose a virtual cluster's data first.
 * Pure on purpose: the CLI reads plans without loading cdktf or constructs.
 */
/** The input is not a Terraform plan in JSON format 1.x; the message is one line. */
export declare class PlanFormatError extends Error {
    constructor(message: string);
}
/** `other` covers actions newer than this reader (e.g. "forget"): shown as planned, never counted as data loss. */
export type ChangeKind = 'create' | 'update' | 'replace' | 'delete' | 'other';
export interface PlannedChange {
    readonly address: string;
    readonly kind: ChangeKind;
    /** The plan's own action list: it tells "delete, create" from "create, delete". */
    readonly actions: readonly string[];
    /** What the resource is to its host or virtual cluster; null for resources that are not ours. */
    readonly role: string | null;
    /** Why Terraform plans this, in words, where the plan says. */
    readonly reason: string | null;
}
export interface VirtualClusterChanges {
    readonly name: string;
    readonly changes: readonly PlannedChange[];
}
export interface HostChanges {
    /** The host's name from review.json, or the address suffix when no view knows it. */
    readonly name: string;
    readonly alias: string;
    /** `module.x` when the stack was composed into a module; empty at the root. */
    readonly module: string;
    /** Changes to what serves the host's endpoint (MetalLB, ingress-nginx). */
    readonly changes: readonly PlannedChange[];
    readonly virtualClusters: readonly VirtualClusterChanges[];
}
export interface GroupChanges {
    /** The group's key, or UNKNOWN_GROUP. */
    readonly name: string;
    readonly hosts: readonly HostChanges[];
}
/** A virtual cluster whose release or namespace is replaced or destroyed. */
export interface DataLoss {
    readonly virtualCluster: string;
    readonly group: string;
    readonly host: string;
    readonly module: string;
    readonly changes: readonly PlannedChange[];
}
export interface PlanReview {
    readonly counts: Readonly<Record<ChangeKind, number>>;
    readonly dataLoss: readonly DataLoss[];
    readonly groups: readonly GroupChanges[];
    /** Changes to resources this library did not create. */
    readonly other: readonly PlannedChange[];
}
export declare const UNKNOWN_GROUP = "(unknown group)";
/**
 * Classifies every change of a plan and places it under its group, host and virtual
 * cluster, using review.json views where given and the address scheme otherwise.
 * Throws PlanFormatError when `plan` is not a Terraform plan in JSON format 1.x.
 */
export declare function reviewPlan(plan: unknown, views: readonly ReviewView[] | undefined): PlanReview;
/** The review as Markdown for a pull request comment: data loss first, then group by group. */
export declare function renderPlanReview(review: PlanReview): string;
