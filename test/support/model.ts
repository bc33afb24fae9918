import { evaluate, Evaluation } from '../../src/evaluate';
import { DEFAULT_MAX_PER_VIRTUAL_CLUSTER } from '../../src/model/defaults';
import { GroupSpec, HostSpec, Model, VirtualClusterSpec } from '../../src/model/types';
import { EMPTY_LOCK, Lock } from '../../src/placement/lock';

/** Plain model builders for rule tests: every default is valid, a test changes one thing. */
export function group(overrides: Partial<GroupSpec> = {}): GroupSpec {
  return {
    path: 'app/lb',
    name: 'lb',
    scope: { kind: 'tenant' },
    endpointType: 'LoadBalancer',
    maxPerVirtualCluster: { ...DEFAULT_MAX_PER_VIRTUAL_CLUSTER },
    oversubscriptionPercent: undefined,
    distribution: undefined,
    diskBackup: false,
    tags: {},
    ...overrides,
  };
}

let hostCount = 0;

export function host(overrides: Partial<HostSpec> = {}): HostSpec {
  hostCount += 1;
  const name = (overrides.name as string | undefined) ?? `h${hostCount}`;
  return {
    path: `app/lb/${name}`,
    name,
    group: 'app/lb',
    kind: 'private-cloud',
    scope: { kind: 'tenant' },
    capacity: { cpu: '32', memory: '128Gi', storage: '1Ti' },
    connection: { kind: 'kubeconfig', path: '~/.kube/config', context: name },
    endpoint: { kind: 'metallb', pools: [`10.${hostCount % 250}.0.0/24`], bgpPeers: [] },
    ...overrides,
  };
}

export function ingressHost(overrides: Partial<HostSpec> = {}): HostSpec {
  const base = host(overrides);
  return { ...base, group: 'app/web', endpoint: { kind: 'ingress-nginx', className: 'nginx' }, wildcardDns: `*.apps.${String(base.name)}.example.com`, ...overrides };
}

export function vc(name: string, overrides: Partial<VirtualClusterSpec> = {}): VirtualClusterSpec {
  return { path: `app/lb/${name}`, name, group: 'app/lb', resources: { cpu: '4', memory: '4Gi', storage: '2Gi' }, paused: false, ...overrides };
}

export function run(model: Partial<Model>, lock: Lock = EMPTY_LOCK): Evaluation {
  return evaluate({ groups: model.groups ?? [], hosts: model.hosts ?? [], virtualClusters: model.virtualClusters ?? [], wrongProps: model.wrongProps }, lock);
}

/** The rule IDs found, errors and warnings apart, for compact assertions. */
export function rulesOf(evaluation: Evaluation): { errors: string[]; warnings: string[] } {
  return { errors: evaluation.errors.map((f) => f.rule), warnings: evaluation.warnings.map((f) => f.rule) };
}

/** A valid LoadBalancer group of two MetalLB hosts and two virtual clusters. */
export function validLbModel(): Model {
  return { groups: [group()], hosts: [host({ name: 'a' }), host({ name: 'b' })], virtualClusters: [vc('team-a'), vc('team-b')] };
}

/** A valid Ingress group of two ingress-nginx hosts and one virtual cluster. */
export function validIngressModel(): Model {
  const web = group({ path: 'app/web', name: 'web', endpointType: 'Ingress' });
  return {
    groups: [web],
    hosts: [ingressHost({ name: 'x', path: 'app/web/x' }), ingressHost({ name: 'y', path: 'app/web/y' })],
    virtualClusters: [vc('site', { path: 'app/web/site', group: 'app/web' })],
  };
}

/** The valid LoadBalancer model with one change, evaluated. */
export function lbWith(change: (model: Model) => Partial<Model>): Evaluation {
  const base = validLbModel();
  return run({ ...base, ...change(base) });
}

/** The valid Ingress model with one change, evaluated. */
export function ingressWith(change: (model: Model) => Partial<Model>): Evaluation {
  const base = validIngressModel();
  return run({ ...base, ...change(base) });
}

/** A lock of the given groups. */
export function lock(groups: Lock['groups']): Lock {
  return { version: 1, groups };
}
