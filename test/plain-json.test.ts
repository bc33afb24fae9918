import { App, TerraformOutput, TerraformResource, TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { dirname, join } from 'path';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind } from '../constructs';
import { PlainJson, stableJson } from '../constructs/plain-json';
import { testApp } from './support/synth';

/** cdktf's own JSON writer, the one whose layout the spliced maps must match. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cdktfStringify = require(require.resolve('json-stable-stringify', { paths: [dirname(require.resolve('cdktf'))] })) as (value: unknown, options: { space: number }) => string;

/** Two groups, a host with no virtual cluster (an empty `for_each`), names that sort differently as numbers and as text. */
function fleet(stack: TerraformStack): void {
  const lb = new ClusterGroup(stack, 'Lb', { name: 'lb', endpointType: EndpointType.LOAD_BALANCER });
  for (const name of ['h2', 'h10', 'empty']) {
    lb.addHost(name, {
      name,
      kind: HostKind.PRIVATE_CLOUD,
      capacity: { cpu: name === 'empty' ? '1' : '64', memory: '256Gi', storage: '1Ti' },
      connection: Connection.kubeconfig('/k', name),
      endpoint: HostEndpoint.metallb({ addressPools: [name === 'h2' ? '10.0.0.0/28' : name === 'h10' ? '10.0.1.0/28' : '10.0.2.0/28'] }),
    });
  }
  for (const name of ['v10', 'v9', 'a-1', 'b']) lb.addVirtualCluster(`V${name}`, { name, host: name === 'v9' ? 'h10' : 'h2' });
  const ingress = new ClusterGroup(stack, 'In', { name: 'in', endpointType: EndpointType.INGRESS });
  // A construct ID beyond ASCII: it lands in the metadata of the host's resource bodies, which our writer writes.
  ingress.addHost('i-é☕𝄞', {
    name: 'i',
    kind: HostKind.PRIVATE_CLOUD,
    capacity: { cpu: '64', memory: '256Gi', storage: '1Ti' },
    connection: Connection.kubeconfig('/k', 'i'),
    endpoint: HostEndpoint.ingressNginx(),
    wildcardDns: '*.apps.example.com',
  });
  // Text beyond ASCII, and a piece larger than a write (a megabyte) on its own.
  const annotations = { note: '${var.x} %{ if true }', text: 'café ☕ 𝄞 \u2028', large: 'x'.repeat(1 << 19) + 'é'.repeat(1 << 18) };
  ingress.addVirtualCluster('W', { name: 'w', values: { controlPlane: { statefulSet: { annotations } } } });
}

function synthesized(): { app: App; text: string } {
  const app = testApp();
  fleet(new TerraformStack(app, 's'));
  app.synth();
  return { app, text: readFileSync(join(app.outdir, 'stacks', 's', 'cdk.tf.json'), 'utf8') };
}

describe('large maps written as plain JSON into cdk.tf.json', () => {
  const { text } = synthesized();

  it("are laid out byte for byte as cdktf's writer lays out the whole document", () => {
    expect(text).not.toContain('plain-json');
    expect(text).toBe(cdktfStringify(JSON.parse(text), { space: 2 }));
  });

  it('hold what cdktf resolves them to without the splice (Testing.synth)', () => {
    const app = Testing.app({ context: { 'cluster-groups:lockFile': false, 'cluster-groups:quiet': true } });
    const stack = new TerraformStack(app, 's');
    fleet(stack);
    const strip = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, item) => (key === '//' ? undefined : item)));
    const plain = JSON.parse(Testing.synth(stack, true));
    const spliced = JSON.parse(text);
    expect(strip(spliced.resource)).toEqual(strip(plain.resource));
    expect(strip(spliced.output)).toEqual(strip(plain.output));
    expect(spliced.provider).toEqual(plain.provider);
    expect(Object.keys(plain.resource.helm_release.vcluster_h2.for_each)).toEqual(['a-1', 'b', 'v10']);
  });

  it("go through cdktf as any value for a stack's own synthesizer", () => {
    const app = testApp();
    const stack = new TerraformStack(app, 's');
    let written = '';
    stack.synthesizer = { synthesize: () => void (written = JSON.stringify(stack.toTerraform())) };
    fleet(stack);
    app.synth();
    expect(JSON.parse(written).resource.kubernetes_namespace_v1.vcluster_h2.for_each).toEqual({
      'a-1': { enforce: 'baseline', group: 'lb' },
      b: { enforce: 'baseline', group: 'lb' },
      v10: { enforce: 'baseline', group: 'lb' },
    });
  });

  it('include an empty for_each and keys sorted as text (v10 before v9)', () => {
    const json = JSON.parse(text);
    expect(json.resource.helm_release.vcluster_empty.for_each).toEqual({});
    expect(text).toMatch(/"for_each": \{\n {8}\}/);
    expect(Object.keys(json.resource.kubernetes_namespace_v1.vcluster_h2.for_each)).toEqual(['a-1', 'b', 'v10']);
    expect(text.indexOf('"v10": {')).toBeLessThan(text.indexOf('"v9": {'));
  });

  it('hold, where a body has a token, what cdktf resolves it to', () => {
    // A provider block with variables in it, and overrides with variables (a number as text among them) on our releases and namespaces.
    const build = (app: App): TerraformStack => {
      const stack = new TerraformStack(app, 's');
      fleet(stack);
      const group = new ClusterGroup(stack, 'Tok', { name: 'tok', endpointType: EndpointType.LOAD_BALANCER });
      const variable = (name: string) => new TerraformVariable(stack, name, { type: 'string', sensitive: true });
      group.addHost('t', {
        name: 't',
        kind: HostKind.PRIVATE_CLOUD,
        capacity: { cpu: '64', memory: '256Gi', storage: '1Ti' },
        connection: Connection.token({ host: variable('host'), clusterCaCertificate: variable('ca'), token: variable('token') }),
        endpoint: HostEndpoint.metallb({ addressPools: ['10.0.3.0/28'] }),
      });
      group.addVirtualCluster('V', { name: 'v' });
      const timeout = new TerraformVariable(stack, 'timeout', { type: 'number' });
      for (const element of group.node.findAll()) {
        if (!(element instanceof TerraformResource)) continue;
        if (element.friendlyUniqueId === 'vcluster_t') element.addOverride('timeout', timeout.numberValue);
        if (element.friendlyUniqueId === 'metallb_t') element.addOverride('description', `waits ${timeout.numberValue}s`);
        if (element.terraformResourceType === 'kubernetes_namespace_v1') element.addOverride('metadata.annotations', { note: `for ${variable(`note_${element.friendlyUniqueId}`).stringValue}` });
        // A sparse array: cdktf drops its hole.
        // eslint-disable-next-line no-sparse-arrays
        if (element.friendlyUniqueId === 'metallbconfig_t') element.addOverride('set_list', [{ name: 'a', value: ['x', , 'y'] }]);
      }
      return stack;
    };
    const app = testApp();
    build(app);
    app.synth();
    const spliced = JSON.parse(readFileSync(join(app.outdir, 'stacks', 's', 'cdk.tf.json'), 'utf8'));
    const plain = JSON.parse(Testing.synth(build(Testing.app({ context: { 'cluster-groups:lockFile': false, 'cluster-groups:quiet': true } })), true));
    const strip = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, item) => (key === '//' ? undefined : item)));
    expect(strip(spliced.resource)).toEqual(strip(plain.resource));
    expect(spliced.provider).toEqual(plain.provider);
    expect(spliced.provider.helm.find((block: { alias: string }) => block.alias === 't').kubernetes.token).toBe('${var.token}');
    expect(spliced.resource.helm_release.vcluster_t.timeout).toBe('${var.timeout}');
    expect(spliced.resource.helm_release.metallb_t.description).toBe('waits ${var.timeout}s');
    expect(spliced.resource.helm_release.metallbconfig_t.set_list).toEqual([{ name: 'a', value: ['x', 'y'] }]);
    expect(spliced.resource.kubernetes_namespace_v1.vcluster_t.metadata.annotations.note).toBe('for ${var.note_vcluster_t}');
  });

  it('leave to cdktf a body it would change or refuse: number lists, own __proto__ keys, map stand-ins, trees too deep', () => {
    const build = (app: App, overrides: Record<string, unknown>): TerraformStack => {
      const stack = new TerraformStack(app, 's');
      fleet(stack);
      for (const element of stack.node.findAll()) {
        if (!(element instanceof TerraformResource) || element.terraformResourceType !== 'helm_release' || element.friendlyUniqueId !== 'metallb_h2') continue;
        for (const [path, value] of Object.entries(overrides)) element.addOverride(path, value);
      }
      return stack;
    };
    const testing = () => Testing.app({ context: { 'cluster-groups:lockFile': false, 'cluster-groups:quiet': true } });
    const strip = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, item) => (key === '//' ? undefined : item)));
    // What cdktf changes: a number list token resolves (here to its text), an own __proto__ key is dropped.
    for (const [path, value, written] of [
      ['numbers', Token.asNumberList('x'), 'x'],
      ['set_list', [JSON.parse('{"__proto__": "x", "name": "a", "value": ["1"]}')], [{ name: 'a', value: ['1'] }]],
    ] as const) {
      const app = testApp();
      build(app, { [path]: value });
      app.synth();
      const release = JSON.parse(readFileSync(join(app.outdir, 'stacks', 's', 'cdk.tf.json'), 'utf8')).resource.helm_release.metallb_h2;
      expect(release[path]).toEqual(written);
      expect(strip(release)).toEqual(strip(JSON.parse(Testing.synth(build(testing(), { [path]: value }), true)).resource.helm_release.metallb_h2));
    }
    // What cdktf refuses, and so must this synth.
    const deep = (levels: number): unknown => (levels === 0 ? 'leaf' : { d: deep(levels - 1) });
    for (const refused of [Token.ANY_MAP_TOKEN_VALUE, Token.STRING_MAP_TOKEN_VALUE, Token.NUMBER_MAP_TOKEN_VALUE, deep(210)]) {
      const app = testApp();
      build(app, { refused });
      expect(() => app.synth()).toThrow();
    }
  });

  it('go through cdktf, maps and bodies alike, when the stack has overrides of its own', () => {
    // cdktf merges a stack's overrides into the resolved document: into a placeholder, they would replace the map or body.
    const build = (app: App): TerraformStack => {
      const stack = new TerraformStack(app, 's');
      fleet(stack);
      stack.addOverride('resource.helm_release.metallb_h2.timeout', 999);
      stack.addOverride('provider.kubernetes.0.insecure', true);
      stack.addOverride('resource.kubernetes_namespace_v1.vcluster_h2.for_each.b.group', 'overridden');
      return stack;
    };
    const app = testApp();
    build(app);
    app.synth();
    const text = readFileSync(join(app.outdir, 'stacks', 's', 'cdk.tf.json'), 'utf8');
    expect(text).not.toContain('plain-json');
    const spliced = JSON.parse(text);
    const plain = JSON.parse(Testing.synth(build(Testing.app({ context: { 'cluster-groups:lockFile': false, 'cluster-groups:quiet': true } })), true));
    const strip = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, item) => (key === '//' ? undefined : item)));
    expect(strip(spliced.resource)).toEqual(strip(plain.resource));
    expect(spliced.provider).toEqual(plain.provider);
    expect(spliced.resource.helm_release.metallb_h2).toMatchObject({ chart: 'metallb', timeout: 999 });
    expect(spliced.provider.kubernetes[0]).toMatchObject({ alias: expect.any(String), insecure: true });
    expect(spliced.resource.kubernetes_namespace_v1.vcluster_h2.for_each).toMatchObject({ b: { enforce: 'baseline', group: 'overridden' }, v10: { group: 'lb' } });
  });

  it('keep one placeholder per body, however often the stack is rendered', () => {
    const app = testApp();
    const stack = new TerraformStack(app, 's');
    fleet(stack);
    app.synth();
    const count = (): number => (PlainJson.of(stack) as unknown as { values: unknown[] }).values.length;
    const after = count();
    Testing.synth(stack);
    Testing.synth(stack);
    expect(count()).toBe(after);
  });

  it("write no user's text that looks like a placeholder as a map", () => {
    const app = testApp();
    const stack = new TerraformStack(app, 's');
    fleet(stack);
    new TerraformOutput(stack, 'looks_like_one', { value: '\u0000cluster-groups:plain-json:0' });
    app.synth();
    const json = JSON.parse(readFileSync(join(app.outdir, 'stacks', 's', 'cdk.tf.json'), 'utf8'));
    expect(json.output.looks_like_one.value).toBe('\u0000cluster-groups:plain-json:0');
  });

  it('matches json-stable-stringify where the engine would order or lay out otherwise', () => {
    // Index-like keys (listed first, in numeric order, by the engine), empty objects and arrays
    // (two lines in cdktf's writer), undefined members and items, __proto__ as a key.
    const awkward = JSON.parse('{"__proto__": {"b": 1, "a": [2, {}]}}');
    const values: unknown[] = [
      { '10': 1, '9': 2, a: 3 },
      { x: { '0': 'a', '01': 'b' } },
      { x: {}, y: [] },
      { x: [1, undefined, 2] },
      { x: { y: undefined } },
      { x: undefined, y: 1 },
      { m: awkward },
      [[], [[]], {}],
    ];
    for (const value of values) {
      expect(`{\n  "k": ${stableJson({ e: value }, '  ')}\n}`).toBe(cdktfStringify({ k: { e: value } }, { space: 2 }));
    }
  });

  it('matches json-stable-stringify for any JSON value at any depth', () => {
    const json = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, fc.nat(4), (value, depth) => {
        const indent = '  '.repeat(depth);
        const wrapped = cdktfStringify({ k: value }, { space: 2 });
        expect(`{\n  "k": ${stableJson(value, '  ')}\n}`).toBe(wrapped);
        expect(stableJson(value, indent).length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
