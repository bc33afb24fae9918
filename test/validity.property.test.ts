import fc from 'fast-check';
import { parse } from 'yaml';
import { releasesByHost } from '../src/emit/instances';
import { toYaml } from '../src/charts/serialize';
import { GroupSpec, HostSpec, Model, VirtualClusterSpec } from '../src/model/types';
import { itWithCharts, vclusterErrors } from './support/charts';
import { group, run } from './support/model';

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);

/** Random valid groups: LoadBalancer (MetalLB pools sized to the virtual clusters) or Ingress (distinct wildcards), hosts big enough for all. */
const validModel: fc.Arbitrary<Model> = fc
  .record({
    ingress: fc.boolean(),
    hostNames: fc.uniqueArray(label, { minLength: 1, maxLength: 5 }),
    vcs: fc.uniqueArray(
      fc.record({ name: label, cpu: fc.constantFrom('4', '5', '6', '4500m'), memory: fc.constantFrom('4Gi', '6Gi', '8Gi'), paused: fc.boolean(), pin: fc.option(fc.nat(4), { nil: undefined }) }),
      { selector: (v) => v.name, maxLength: 25 },
    ),
  })
  .map(({ ingress, hostNames, vcs }) => {
    const g: GroupSpec = group({ endpointType: ingress ? 'Ingress' : 'LoadBalancer' });
    const hosts: HostSpec[] = hostNames.map((name, i) => ({
      path: `app/lb/host-${name}`,
      name: `host-${name}`,
      group: 'app/lb',
      kind: 'private-cloud',
      scope: { kind: 'tenant' },
      capacity: { cpu: '200', memory: '400Gi', storage: '2Ti' },
      connection: { kind: 'kubeconfig', path: '/k', context: `host-${name}` },
      endpoint: ingress ? { kind: 'ingress-nginx', className: 'nginx' } : { kind: 'metallb', pools: [`10.${i}.0.0/24`], bgpPeers: [] },
      wildcardDns: ingress ? `*.apps.${name}.example.com` : undefined,
    }));
    const virtualClusters: VirtualClusterSpec[] = vcs.map((v) => ({
      path: `app/lb/vc-${v.name}`,
      name: `vc-${v.name}`,
      group: 'app/lb',
      host: v.pin === undefined ? undefined : hosts[v.pin % hosts.length].name,
      resources: { cpu: v.cpu, memory: v.memory, storage: '2Gi' },
      paused: v.paused,
    }));
    return { groups: [g], hosts, virtualClusters };
  });

type Injection = { rule: string; inject: (m: Model) => Model };

const withGroup = (m: Model, change: Partial<GroupSpec>): Model => ({ ...m, groups: [{ ...m.groups[0], ...change }] });
const withHost = (m: Model, change: Partial<HostSpec>): Model => ({ ...m, hosts: [{ ...m.hosts[0], ...change }, ...m.hosts.slice(1)] });
const withVc = (m: Model, change: Partial<VirtualClusterSpec>): Model => ({ ...m, virtualClusters: [{ ...m.virtualClusters[0], ...change }, ...m.virtualClusters.slice(1)] });

/** One violation of one rule, each independent of the model's other choices. */
const injections: Injection[] = [
  { rule: 'CG-1', inject: (m) => withGroup(m, { name: 'Not A Label' }) },
  { rule: 'CG-13', inject: (m) => withGroup(m, { oversubscriptionPercent: 99 }) },
  { rule: 'CG-14', inject: (m) => withGroup(m, { maxPerVirtualCluster: { ...m.groups[0].maxPerVirtualCluster, memory: '8GB' } }) },
  { rule: 'CG-15', inject: (m) => withGroup(m, { distribution: 'k0s' }) },
  { rule: 'CG-16', inject: (m) => withGroup(m, { vclusterChartVersion: '^0.36.0' }) },
  { rule: 'CG-17', inject: (m) => withGroup(m, { values: 'controlPlane: [unclosed' }) },
  { rule: 'CG-7', inject: (m) => withHost(m, { kind: 'imported-read-only' }) },
  {
    rule: 'HC-1',
    inject: (m) => ({
      ...m,
      hosts: [{ ...m.hosts[0], name: 'Host_1' }, ...m.hosts.slice(1)],
      virtualClusters: m.virtualClusters.map((v) => (v.host === m.hosts[0].name ? { ...v, host: undefined } : v)),
    }),
  },
  { rule: 'HC-2', inject: (m) => withHost(m, { capacity: { ...m.hosts[0].capacity, storage: '2TB' } }) },
  { rule: 'HC-5', inject: (m) => withHost(m, { connection: { kind: 'kubeconfig', path: '' } }) },
];

const vcInjections: Injection[] = [
  { rule: 'VC-1', inject: (m) => withVc(m, { name: 'Upper' }) },
  { rule: 'VC-2', inject: (m) => withVc(m, { resources: { cpu: '7', memory: '4Gi', storage: '2Gi' } }) },
  { rule: 'VC-3', inject: (m) => withVc(m, { host: 'not-a-member' }) },
];

describe('random valid topologies', () => {
  it('always pass every rule', () => {
    fc.assert(
      fc.property(validModel, (model) => run(model).errors.length === 0),
      { numRuns: 150 },
    );
  });

  itWithCharts('always emit vcluster values the chart schema accepts, serialized without loss', () => {
    fc.assert(
      fc.property(validModel, (model) => {
        for (const list of releasesByHost(run(model)).values()) {
          for (const release of list) {
            expect(vclusterErrors('0.36.1', release.values)).toEqual([]);
            expect(parse(toYaml(release.values))).toEqual(release.values);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('with one injected violation fail with exactly that rule', () => {
    const injection = fc.constantFrom(...injections);
    fc.assert(
      fc.property(validModel, injection, (model, { rule, inject }) => {
        expect([...new Set(run(inject(model)).errors.map((f) => f.rule))]).toEqual([rule]);
      }),
      { numRuns: 150 },
    );
    const withVcs = validModel.filter((m) => m.virtualClusters.length > 0);
    fc.assert(
      fc.property(withVcs, fc.constantFrom(...vcInjections), (model, { rule, inject }) => {
        expect([...new Set(run(inject(model)).errors.map((f) => f.rule))]).toEqual([rule]);
      }),
      { numRuns: 100 },
    );
  });
});
