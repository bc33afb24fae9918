import { TerraformStack } from 'cdktf';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { Values } from '../src/charts/merge';
import { libraryYaml, misreadUnderYaml11, toYaml } from '../src/charts/serialize';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind } from '../constructs';
import { releaseValues, synthStacks, testApp } from './support/synth';

/** Today's serialization: the `yaml` library with the options the project has always used. */
const library = (values: Values): string => stringify(values, { sortMapEntries: true, lineWidth: 0, aliasDuplicateObjects: false });
const read11 = (text: string): unknown => parse(text, { version: '1.1' });
const read12 = (text: string): unknown => parse(text, { version: '1.2' });

/** Names that mean something else to YAML 1.1 (Helm's parser) or 1.2 unquoted. */
const TRICKY = [
  'on',
  'On',
  'ON',
  'off',
  'yes',
  'Yes',
  'no',
  'NO',
  'y',
  'Y',
  'n',
  'N',
  'true',
  'False',
  'null',
  'Null',
  '~',
  '',
  '0b101',
  '-0b1',
  '0o17',
  '0O17',
  '0x1F',
  '0X1F',
  '017',
  '0_7',
  '1_000',
  '1_',
  '12:30:00',
  '1:5',
  '-1:30',
  '1:60',
  '190:20:30.5',
  '.inf',
  '-.Inf',
  '.NaN',
  '.',
  '._',
  '+.',
  '1.',
  '.5',
  '1e5',
  'e5',
  'E-5',
  '1_0e5',
  '1.2.3',
  '10.0.0.1',
  '2001-12-14',
  '2001-12-14 21:59:43.10 -5',
  '<<',
  '=',
  '-',
  '?',
  ':',
  '-x',
  '?x',
  ':x',
  'x:',
  'a: b',
  'a #b',
  'a#b',
  '#c',
  '@x',
  '`x',
  '!x',
  '%x',
  '*x',
  '&x',
  '|x',
  '>x',
  '{x',
  'x}',
  '[x',
  'x]',
  ',x',
  'x,y',
  ' x',
  'x ',
  'a\tb',
  "a'b",
  'a"b',
  `a"'b`,
  'é',
  'vc-00001',
  'metallb.io/address-pool',
  'https://10.0.0.1:443',
  '4Gi',
  '2048Mi',
  '1',
  '-1',
  '+1',
  '---x',
  '...',
  'two\nlines',
  'trailing\n',
  'ctl\u0001',
  'nel\u0085x',
  '$${x}',
  '%%{x}',
];

const text = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 6 }), fc.stringMatching(/^[a-z0-9.:_\-+ #'"]{0,8}$/));
const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.double({ noDefaultInfinity: false }).filter((n) => !Object.is(n, -0)),
  fc.boolean(),
  fc.constant(null),
);
const { tree } = fc.letrec<{ tree: unknown; map: Values; list: unknown[] }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('map'), tie('list')),
  map: fc.dictionary(text, tie('tree'), { maxKeys: 5 }),
  list: fc.array(tie('tree'), { maxLength: 4 }),
}));
const values = fc.dictionary(text, tree, { minKeys: 0, maxKeys: 6 });

/** Any string of the tree that YAML 1.1 would misread as a plain scalar. */
function anyMisread(value: unknown): boolean {
  if (typeof value === 'string') return misreadUnderYaml11(value);
  if (Array.isArray(value)) return value.some(anyMisread);
  if (value !== null && typeof value === 'object') return Object.entries(value).some(([key, item]) => misreadUnderYaml11(key) || anyMisread(item));
  return false;
}

/** JSON with sorted keys: values compare as Helm hands them on (key order and -0 do not matter). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Values)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}
/** Whether a text reads back as the values under YAML 1.1 (a text that does not parse, e.g. with `on` and `ON` as keys, does not). */
function readsBackUnder11(text: string, value: Values): boolean {
  try {
    return canonical(read11(text)) === canonical(value);
  } catch {
    return false;
  }
}
const same = (text: string, read: (t: string) => unknown, value: Values): void => expect(canonical(read(text))).toBe(canonical(value));

describe('values YAML', () => {
  it('is the library text, written directly, for every tree of the shapes we emit', () => {
    fc.assert(
      fc.property(values, (v) => {
        expect(toYaml(v)).toBe(libraryYaml(v));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back as the same values under YAML 1.2 and YAML 1.1', () => {
    fc.assert(
      fc.property(values, (v) => {
        const yaml = toYaml(v);
        same(yaml, read12, v);
        same(yaml, read11, v);
      }),
      { numRuns: 3000 },
    );
  });

  it("is today's text byte for byte, except where a string would be misread under YAML 1.1", () => {
    fc.assert(
      fc.property(values, (v) => {
        if (!anyMisread(v)) expect(toYaml(v)).toBe(library(v));
        // Quoted beyond the yaml library's own YAML 1.1 reading: Go's 0X/0O/0B numbers, and `<<` as a value too (a merge key to go-yaml).
        else if (toYaml(v) !== library(v)) expect(readsBackUnder11(library(v), v) && !/0[XOB]|<</.test(library(v))).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it.each(['on', 'yes', 'no', 'y', 'n', 'off', 'ON', '~', '0b101', '0o17', '1_000', '12:30:00', '.inf', '2001-12-14', 'e5'])('quotes %s, which YAML 1.1 reads as no string', (name) => {
    const v = { controlPlane: { labels: { team: name } }, [name]: [name] };
    const yaml = toYaml(v);
    expect(yaml).toContain(`team: ${JSON.stringify(name)}`);
    same(yaml, read11, v);
    same(yaml, read12, v);
  });

  it('quotes a << key, which YAML 1.1 reads as a merge', () => {
    const v = { annotations: { '<<': 'x', b: 'z' } };
    expect(library(v)).toContain('<<: x');
    expect(toYaml(v)).toBe('annotations:\n  "<<": x\n  b: z\n');
    same(toYaml(v), read11, v);
  });

  it('quotes what go-yaml v2 reads as a number, though the yaml library reads a string', () => {
    for (const name of ['0X1F', '0O17', '0B101']) expect(toYaml({ k: name })).toBe(`k: "${name}"\n`);
  });

  it('leaves words, addresses, quantities and URLs plain, as before', () => {
    const v = { a: 'vc-00001', b: '10.0.0.16', c: '4Gi', d: 'https://10.0.0.16:443', e: 'metallb.io/address-pool', f: '1.2.3', g: ['x', { h: 1 }] };
    expect(toYaml(v)).toBe(library(v));
    expect(toYaml(v)).toContain('b: 10.0.0.16\n');
  });

  it('writes multi-line text through the library, quoted where YAML 1.1 needs it', () => {
    const v = { manifests: 'a: 1\nb: 2\n', on: 'yes' };
    expect(toYaml(v)).toBe('manifests: |\n  a: 1\n  b: 2\n"on": "yes"\n');
    same(toYaml(v), read11, v);
  });
});

describe('names YAML 1.1 would misread, through the constructs', () => {
  // Group `on`, virtual clusters `yes` and `no`, a BGP peer `on`, an ingress class `yes`, a user's `<<` key.
  const app = testApp();
  const stack = new TerraformStack(app, 's');
  const lb = new ClusterGroup(stack, 'Lb', { name: 'on', endpointType: EndpointType.LOAD_BALANCER });
  lb.addHost('h', {
    name: 'n',
    kind: HostKind.PRIVATE_CLOUD,
    capacity: { cpu: '32', memory: '64Gi', storage: '1Ti' },
    connection: Connection.kubeconfig('/k', 'n'),
    endpoint: HostEndpoint.metallb({ addressPools: ['10.0.0.0/28'], bgpPeers: [{ name: 'on', myAsn: 64500, peerAsn: 64501, peerAddress: '10.0.1.1' }] }),
  });
  lb.addVirtualCluster('Yes', { name: 'yes', values: { controlPlane: { statefulSet: { annotations: { '<<': 'no', owner: 'off' } } } } });
  const ingress = new ClusterGroup(stack, 'In', { name: 'y', endpointType: EndpointType.INGRESS });
  ingress.addHost('i', {
    name: 'i',
    kind: HostKind.PRIVATE_CLOUD,
    capacity: { cpu: '32', memory: '64Gi', storage: '1Ti' },
    connection: Connection.kubeconfig('/k', 'i'),
    endpoint: HostEndpoint.ingressNginx({ className: 'yes' }),
    wildcardDns: '*.apps.example.com',
  });
  ingress.addVirtualCluster('No', { name: 'no' });
  const releases = releaseValues(synthStacks(app).s);

  it.each(releases.map((r) => [r.address, r.values]))('%s: every value reads the same under YAML 1.1 as under 1.2', (_address, text) => {
    expect(canonical(read11(text))).toBe(canonical(read12(text)));
  });

  it('keeps the names as names', () => {
    const config = read11(releases.find((r) => r.address === 'helm_release.metallbconfig_n')!.values) as { objects: Array<{ kind: string; metadata: { name: unknown }; spec: { peers?: unknown[] } }> };
    expect(config.objects.find((o) => o.kind === 'BGPPeer')!.metadata.name).toBe('on');
    expect(config.objects.find((o) => o.kind === 'BGPAdvertisement')!.spec.peers).toEqual(['on']);
    const nginx = read11(releases.find((r) => r.address === 'helm_release.ingress_nginx_i')!.values) as { controller: { ingressClass: unknown } };
    expect(nginx.controller.ingressClass).toBe('yes');
    const vc = read11(releases.find((r) => r.address === 'helm_release.vcluster_n["yes"]')!.values) as { controlPlane: { statefulSet: { annotations: Record<string, unknown> } } };
    expect(vc.controlPlane.statefulSet.annotations).toEqual({ '<<': 'no', owner: 'off' });
  });
});
