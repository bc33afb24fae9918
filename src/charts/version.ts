/** Exact chart versions (`0.36.1`): a pinned chart names one release, never a range. */
const EXACT = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export function parseVersion(version: unknown): [number, number, number] | undefined {
  const match = typeof version === 'string' ? EXACT.exec(version) : null;
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/** A chart's major.minor from which something holds. */
export interface Gate {
  readonly major: number;
  readonly minor: number;
}

/** The vcluster.yaml values format we write (CG-16); from here host path mapping is a vCluster Pro feature (CG-18). */
export const VCLUSTER_VALUES_FORMAT: Gate = { major: 0, minor: 20 };
/** The limit range takes a `max` (the namespace's own bound on a container). */
export const VCLUSTER_LIMIT_RANGE_MAX: Gate = { major: 0, minor: 21 };
/** k3s is gone: k8s is the only distribution (CG-15). */
export const VCLUSTER_WITHOUT_K3S: Gate = { major: 0, minor: 33 };
/** The volume-snapshot keys the chart's templates refuse from here (vcluster-removed-keys.ts, CG-17). */
export const VCLUSTER_WITHOUT_VOLUME_SNAPSHOTS: Gate = { major: 0, minor: 36 };
/** vcluster renders `controlPlane.tlsRoute`, a Gateway API TLSRoute, for its control plane. */
export const VCLUSTER_TLS_ROUTE: Gate = { major: 0, minor: 34 };

/** `0.33`, as rule texts quote a gate. */
export function gateText(gate: Gate): string {
  return `${gate.major}.${gate.minor}`;
}

/** Whether an exact version is at or after the gate. */
export function isAtLeast(version: unknown, gate: Gate): boolean {
  const parsed = parseVersion(version);
  return parsed !== undefined && (parsed[0] > gate.major || (parsed[0] === gate.major && parsed[1] >= gate.minor));
}
