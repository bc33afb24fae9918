import { spawnSync } from 'child_process';
import { shellWord } from '../src/review/inert';
import { TerraformStack } from 'cdktf';
import { readdirSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind } from '../constructs';
import { synthStacks, testApp, TerraformJson } from './support/synth';

const HOSTILE = 'a "quote", a \'quote\', ${var.secret} %{ if true }x%{ endif } {{ .Values.evil }} \n---\nkind: Secret\n&anchor *alias # not a comment';

function synthWith(values: string | Record<string, unknown>, pools = ['10.0.0.0/28']): { json: TerraformJson; outdir: string } {
  const app = testApp();
  const stack = new TerraformStack(app, 's');
  const group = new ClusterGroup(stack, 'G', { name: 'lb', endpointType: EndpointType.LOAD_BALANCER });
  group.addHost('h', {
    name: 'h',
    kind: HostKind.PRIVATE_CLOUD,
    capacity: { cpu: '32', memory: '64Gi', storage: '1Ti' },
    connection: Connection.kubeconfig('/k'),
    endpoint: HostEndpoint.metallb({ addressPools: pools }),
  });
  group.addVirtualCluster('V', { name: 'v', values });
  return { json: synthStacks(app).s, outdir: app.outdir };
}

/** Terraform's reading of a JSON string: `$${` and `%%{` are the literal `${` and `%{`. */
function asTerraformReadsIt(text: string): string {
  return text.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

describe('hostile text in user values', () => {
  const { json } = synthWith({ controlPlane: { statefulSet: { annotations: { note: HOSTILE } } } });
  const emitted: string = json.resource.helm_release.vcluster_h.for_each.v.values;

  it('is never read by Terraform as an expression or a directive', () => {
    expect(emitted).not.toMatch(/(^|[^$])\$\{/);
    expect(emitted).not.toMatch(/(^|[^%])%\{/);
  });

  it('comes out as the very same string, inside the same structure', () => {
    const values = parse(asTerraformReadsIt(emitted));
    expect(values.controlPlane.statefulSet.annotations).toEqual({ note: HOSTILE });
    expect(Object.keys(values).sort()).toEqual(['controlPlane', 'exportKubeConfig', 'policies']);
  });

  it('cannot add a document to the YAML', () => {
    expect(parse(asTerraformReadsIt(emitted))).toBeDefined();
    expect(asTerraformReadsIt(emitted).split(/^---$/m)).toHaveLength(1);
  });
});

describe('YAML anchors and aliases in user values', () => {
  it('are expanded into plain data', () => {
    const { json } = synthWith('sync: &s\n  toHost:\n    services:\n      enabled: true\nexperimental: {}\n');
    const emitted: string = json.resource.helm_release.vcluster_h.for_each.v.values;
    expect(emitted).not.toMatch(/[&*]s\b/);
    expect(parse(emitted).sync).toEqual({ toHost: { services: { enabled: true } } });
  });

  it('cannot blow up by alias expansion (a billion laughs is refused as CG-17)', () => {
    const laughs = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(',')}]`,
      ),
    ].join('\n');
    expect(() => synthWith(laughs)).toThrow(/\[CG-17\]/);
  });
});

describe('the local MetalLB configuration chart', () => {
  it('is the same files whatever the pools and values, so nothing typed reaches its templates', () => {
    const assets = (outdir: string) => readdirSync(join(outdir, 'stacks', 's', 'assets', 'metallb-config-chart'));
    const a = synthWith({}, ['10.0.0.0/28']);
    const b = synthWith({ controlPlane: { statefulSet: { annotations: { note: HOSTILE } } } }, ['192.168.7.1-192.168.7.9', 'fd00::/124']);
    expect(assets(b.outdir)).toEqual(assets(a.outdir));
    expect(b.json.resource.helm_release.metallbconfig_h.chart).toBe(a.json.resource.helm_release.metallbconfig_h.chart);
  });
});

describe('a shell word we print', () => {
  it.each(["ops's dc1; rm -rf ~", '$(touch /tmp/x) `id` $HOME', 'a b\\c"d', '~/.kube/config', '/etc/kube/c1.yaml', '-n', '*', 'x|y&z>w'])('reads back as typed in bash: %s', (text) => {
    const printed = spawnSync('bash', ['-c', `printf %s ${shellWord(text)}`], { encoding: 'utf8', env: { HOME: '/home/someone' } });
    expect(printed.stdout).toBe(text.startsWith('~/') ? text.replace('~', '/home/someone') : text);
  });

  it('shows a line break or terminal control as an escape, never raw', () => {
    expect(shellWord('a\nb\u001b[2J')).toBe("'a\\u000ab\\u001b[2J'");
  });
});
