import { App, TerraformStack } from 'cdktf';
import { existsSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind, MoveAcknowledgement, Scope } from '../../constructs';
import { synthStacks, TerraformJson, testApp } from '../support/synth';

/** A host of the test fleet: its pool is derived from its `pool` number, so that a renamed host keeps its pool. */
export interface FleetHost {
  readonly name: string;
  readonly pool: number;
  readonly formerName?: string;
}

export interface FleetVirtualCluster {
  readonly name: string;
  readonly host?: string;
  readonly acknowledgeMove?: MoveAcknowledgement;
}

/** One LoadBalancer group of MetalLB hosts in stack `fleet`, described as plain data so that a test can edit it step by step. */
export interface Fleet {
  /** @default "fleet" */
  readonly stack?: string;
  readonly group?: string;
  readonly project?: string;
  readonly acknowledgeMoves?: MoveAcknowledgement;
  readonly hosts: readonly FleetHost[];
  readonly virtualClusters: readonly FleetVirtualCluster[];
}

export function tempLockPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'cg-lock-')), 'cluster-groups.lock.json');
}

export function tempOutdir(): string {
  return mkdtempSync(join(tmpdir(), 'cg-out-'));
}

/** The app of a fleet: the lock at `lockFile`, output in `outdir` (a fresh folder unless given: a second synth into one folder sees the first's output). */
export function fleetApp(fleet: Fleet, lockFile: string | false, context: Record<string, unknown> = {}, outdir?: string): App {
  const app = outdir ? new App({ outdir, context: { 'cluster-groups:lockFile': lockFile, 'cluster-groups:quiet': true, ...context } }) : testApp({ 'cluster-groups:lockFile': lockFile, ...context });
  const stack = new TerraformStack(app, fleet.stack ?? 'fleet');
  const group = new ClusterGroup(stack, 'Group', {
    name: fleet.group ?? 'lb',
    endpointType: EndpointType.LOAD_BALANCER,
    scope: fleet.project ? Scope.project(fleet.project) : undefined,
    acknowledgeMoves: fleet.acknowledgeMoves,
  });
  for (const host of fleet.hosts) {
    group.addHost(host.name, {
      name: host.name,
      formerName: host.formerName,
      kind: HostKind.PRIVATE_CLOUD,
      capacity: { cpu: '256', memory: '1Ti', storage: '10Ti' },
      connection: Connection.kubeconfig('~/.kube/config', `cluster-${host.pool}`),
      endpoint: HostEndpoint.metallb({ addressPools: [`10.${host.pool}.0.0/24`] }),
    });
  }
  for (const vc of fleet.virtualClusters) group.addVirtualCluster(vc.name, { name: vc.name, host: vc.host, acknowledgeMove: vc.acknowledgeMove });
  return app;
}

export interface Synthesized {
  readonly json: TerraformJson;
  readonly warnings: string[];
}

/** Synthesizes the fleet (validations on); throws the synth's error. */
export function synthFleet(fleet: Fleet, lockFile: string | false, context: Record<string, unknown> = {}, outdir?: string): Synthesized {
  const app = fleetApp(fleet, lockFile, context, outdir);
  const json = synthStacks(app).fleet;
  const review = join(app.outdir, 'cluster-groups', 'fleet', 'review.json');
  const warnings = existsSync(review) ? (JSON.parse(readFileSync(review, 'utf8')).warnings as Array<{ message: string }>).map((w) => w.message) : [];
  return { json, warnings };
}

/** The message of the error a synth throws; fails the test when it does not throw. */
export function synthError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the synth did not throw');
}

/** Where each virtual cluster's release is: name → its Terraform address. */
export function releaseAddresses(json: TerraformJson): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, release] of Object.entries<TerraformJson>(json.resource?.helm_release ?? {})) {
    if (!name.startsWith('vcluster_')) continue;
    for (const key of Object.keys(release.for_each ?? {})) out[key] = `helm_release.${name}["${key}"]`;
  }
  return out;
}

/** This stack's entry of the lock file: group → name → "host ip". */
export function lockedPlaces(file: string): Record<string, Record<string, string>> {
  const groups = JSON.parse(readFileSync(file, 'utf8')).stacks.fleet.groups as Record<string, { virtualClusters: Record<string, { host: string; ip?: string }> }>;
  return Object.fromEntries(Object.entries(groups).map(([key, group]) => [key, Object.fromEntries(Object.entries(group.virtualClusters).map(([name, vc]) => [name, `${vc.host} ${vc.ip ?? '-'}`]))]));
}
