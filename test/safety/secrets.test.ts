import { App, TerraformVariable } from 'cdktf';
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { Connection, HostEndpoint } from '../../constructs';
import { lbStack, synthErrors } from './stack';

const SECRET = 'S3cr3t-2f9c81';

/** Every file the synth left in the output folder, as text. */
function outputText(app: App): string {
  const texts: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else texts.push(readFileSync(file, 'utf8'));
    }
  };
  walk(app.outdir);
  return texts.join('\n');
}

/** The synth fails with `rule`, and the secret is in no message and no output file. */
function expectRefusedUnseen(app: App, rule: RegExp): string {
  const errors = synthErrors(app);
  expect(errors).toMatch(rule);
  expect(errors).not.toContain(SECRET);
  expect(outputText(app)).not.toContain(SECRET);
  return errors;
}

describe('nothing secret leaks', () => {
  it('refuses a sensitive variable with a default in code, without showing the default', () => {
    const { app, stack, group } = lbStack({}, []);
    const token = new TerraformVariable(stack, 'h_token', { type: 'string', sensitive: true, default: SECRET });
    group.addHost('h', {
      name: 'h',
      kind: 'private-cloud' as never,
      capacity: { cpu: '64', memory: '256Gi', storage: '2Ti' },
      connection: Connection.token({ host: 'https://10.0.0.1:6443', clusterCaCertificate: 'PEM', token }),
      endpoint: HostEndpoint.metallb({ addressPools: ['10.20.0.0/24'] }),
    });
    expectRefusedUnseen(app, /\[HC-5\] s\/G\/h: received sensitive variable "h_token" for the token, with a default in code/);
  });

  it('refuses kubeconfig contents given as the path, without showing them', () => {
    const contents = `apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user:\n    token: ${SECRET}\n`;
    const { app } = lbStack({}, ['h1'], { connection: Connection.kubeconfig(contents, 'admin') });
    expectRefusedUnseen(app, /\[HC-5\] s\/G\/h1: received the contents of a kubeconfig \(or a key or token\) where its path belongs/);
  });

  it.each([`https://admin:${SECRET}@10.0.0.1:6443`, `https://${SECRET}@10.0.0.1:6443`, `https://10.0.0.1:6443/?access_token=${SECRET}`])('refuses credentials inside the API server URL %s', (host) => {
    const { app, stack, group } = lbStack({}, []);
    const token = new TerraformVariable(stack, 'h_token', { type: 'string', sensitive: true });
    for (const name of ['h', 'twin'])
      group.addHost(name, {
        name,
        kind: 'private-cloud' as never,
        capacity: { cpu: '64', memory: '256Gi', storage: '2Ti' },
        // Two hosts on one API server: the finding that names the server must not show the credentials either.
        connection: Connection.token({ host, clusterCaCertificate: 'PEM', token }),
        endpoint: HostEndpoint.metallb({ addressPools: [name === 'h' ? '10.20.0.0/24' : '10.21.0.0/24'] }),
      });
    expect(expectRefusedUnseen(app, /\[HC-5\] s\/G\/h: received API server URL with /)).toMatch(/also the connection of host/);
  });

  it('refuses a plain object where a Connection belongs without showing the token in it (a JavaScript caller)', () => {
    const { app } = lbStack({}, ['h1'], { connection: { host: 'https://10.0.0.1:6443', bearerToken: SECRET } as never });
    expect(expectRefusedUnseen(app, /\[HC-5\] s\/G\/h1: received 'connection': object /)).toContain('"bearerToken":"(not shown)"');
  });

  it('refuses credentials inside a chart repository URL', () => {
    const { app, group } = lbStack({ chartRepositories: { vcluster: `https://bot:${SECRET}@mirror.example.com/charts` } });
    group.addVirtualCluster('A', { name: 'team-a' });
    expectRefusedUnseen(app, /\[CG-16\] s\/G: received vcluster chart repository with a user and password in the URL/);
  });

  it('refuses a sensitive variable inside values, which Helm would get as the text ${var.x}', () => {
    const { app, stack, group } = lbStack();
    const secret = new TerraformVariable(stack, 'db_password', { type: 'string', sensitive: true });
    group.addVirtualCluster('A', { name: 'team-a', values: { controlPlane: { statefulSet: { env: [{ name: 'PASSWORD', value: secret.stringValue }] } } } });
    group.addVirtualCluster('B', { name: 'team-b', values: `controlPlane:\n  statefulSet:\n    annotations:\n      password: ${secret.stringValue}\n` });
    const errors = synthErrors(app);
    expect(errors).toMatch(/\[CG-17\] s\/G\/A: received values with a Terraform expression at controlPlane\.statefulSet\.env\.0\.value/);
    expect(errors).toMatch(/\[CG-17\] s\/G\/B: received values with a Terraform expression at \(the whole text\)/);
  });
});
