import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { TerraformStack } from 'cdktf';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind, Scope } from '../constructs';
import { main } from '../src/cli/main';
import { CG6 } from '../src/rules/CG-6';
import { RULES } from '../src/rules/registry';
import { testApp } from './support/synth';

const PLANS = join(__dirname, 'fixtures', 'plans');
const FLEET_REVIEW = join(PLANS, 'fleet.review.json');
const plan = (name: string): string => join(PLANS, name);

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process as `cdktf-cluster-groups <args>`, capturing what it writes; standard input holds `stdin`. */
async function run(...args: string[]): Promise<Run> {
  return runWithInput('', ...args);
}

async function runWithInput(stdin: string, ...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await main(['node', 'cdktf-cluster-groups', ...args], { readStdin: () => stdin }), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** A folder where `cdktf synth` has run: cdktf.out/cluster-groups/fleet/review.json. */
function synthesizedFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'cg-cli-'));
  mkdirSync(join(folder, 'cdktf.out', 'cluster-groups', 'fleet'), { recursive: true });
  copyFileSync(FLEET_REVIEW, join(folder, 'cdktf.out', 'cluster-groups', 'fleet', 'review.json'));
  return folder;
}

/** Exactly one line on stderr, in the CLI's own format, and nothing else. */
function expectOneLineError(result: Run, message: RegExp): void {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^cdktf-cluster-groups: [^\n]+\n$/);
  expect(result.stderr).toMatch(message);
}

afterEach(() => jest.restoreAllMocks());

describe('cdktf-cluster-groups review-plan', () => {
  it('prints the Markdown review using the review.json given', async () => {
    const result = await run('review-plan', plan('delete.json'), '--review', FLEET_REVIEW);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^# Terraform plan review\n/);
    expect(result.stdout).toContain('- **Virtual cluster `ci` — group `dc-lb`, host `dc3`**');
  });

  it('reads a plan file with a byte-order mark, and refuses a UTF-16 one in one line saying how to write it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cg-cli-'));
    const text = readFileSync(plan('delete.json'), 'utf8');
    writeFileSync(join(folder, 'bom.json'), `\uFEFF${text}`);
    expect((await run('review-plan', join(folder, 'bom.json'), '--review', FLEET_REVIEW)).stdout).toContain('## Data loss');
    writeFileSync(join(folder, 'utf16.json'), Buffer.from(`\uFEFF${text}`, 'utf16le'));
    expectOneLineError(await run('review-plan', join(folder, 'utf16.json')), /utf16\.json is UTF-16 text; write it as UTF-8: terraform show -json tfplan \| Out-File -Encoding utf8/);
  });

  it('reads every cdktf.out/cluster-groups/*/review.json of the current folder by default', async () => {
    jest.spyOn(process, 'cwd').mockReturnValue(synthesizedFolder());
    expect((await run('review-plan', plan('update.json'))).stdout).toContain('## Group `dc-lb`');
  });

  it('falls back to the address scheme where no review.json was synthesized', async () => {
    jest.spyOn(process, 'cwd').mockReturnValue(mkdtempSync(join(tmpdir(), 'cg-cli-')));
    expect((await run('review-plan', plan('update.json'))).stdout).toContain('## Group (unknown group)');
  });

  it.each(['delete.json', 'replace-delete-create.json', 'replace-create-delete.json'])('--fail-on-destroy exits 2 when a virtual cluster loses its data (%s)', async (name) => {
    const result = await run('review-plan', plan(name), '--review', FLEET_REVIEW, '--fail-on-destroy');
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('## Data loss');
  });

  it.each(['create.json', 'update.json', 'no-op.json', 'read.json'])('--fail-on-destroy exits 0 without data loss (%s)', async (name) => {
    expect((await run('review-plan', plan(name), '--review', FLEET_REVIEW, '--fail-on-destroy')).code).toBe(0);
  });

  it('reads the plan from standard input when the file is -', async () => {
    const result = await runWithInput(readFileSync(plan('delete.json'), 'utf8'), 'review-plan', '-', '--review', FLEET_REVIEW, '--fail-on-destroy');
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('## Data loss');
  });

  it('names standard input in one line when it is not JSON, and refuses --review -', async () => {
    expectOneLineError(await runWithInput('Terraform will perform the following actions:', 'review-plan', '-'), /^cdktf-cluster-groups: - is not JSON: /);
    expectOneLineError(await run('review-plan', plan('delete.json'), '--review', '-'), /--review takes a file: only the plan may come from standard input/);
  });

  it('prints the review as versioned JSON with --format json, data loss included', async () => {
    const result = await run('review-plan', plan('delete.json'), '--review', FLEET_REVIEW, '--format', 'json', '--fail-on-destroy');
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['formatVersion', 'stacks']);
    expect(report.formatVersion).toBe(2);
    const [review] = report.stacks;
    expect(review.dataLoss).toContainEqual(expect.objectContaining({ group: 'dc-lb', host: 'dc3', virtualCluster: 'ci' }));
    expect(Object.keys(review)).toEqual(['stack', 'notes', 'counts', 'dataLoss', 'groups', 'other']);
    expect(review.stack).toBe('delete');
  });

  it('refuses an unknown --format in one line', async () => {
    expectOneLineError(await run('review-plan', plan('delete.json'), '--format', 'yaml'), /option '--format <format>' argument 'yaml' is invalid/);
  });

  it('exits 0 on data loss without --fail-on-destroy', async () => {
    expect((await run('review-plan', plan('delete.json'), '--review', FLEET_REVIEW)).code).toBe(0);
  });

  it('reports a file that is not a plan in one line, naming the file', async () => {
    const state = plan('state.json');
    const result = await run('review-plan', state, '--review', FLEET_REVIEW);
    expectOneLineError(result, new RegExp(`^cdktf-cluster-groups: ${state.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not a Terraform plan: resource_changes is missing`));
  });

  it("reports terraform show's text output in one line", async () => {
    expectOneLineError(await run('review-plan', plan('terraform-show.txt')), /terraform-show\.txt is not JSON: /);
  });

  it('reports a missing plan file in one line', async () => {
    expectOneLineError(await run('review-plan', plan('missing.json')), /cannot read .*missing\.json: no such file$/m);
  });

  it('reports a --review file that is not a review.json in one line', async () => {
    expectOneLineError(await run('review-plan', plan('delete.json'), '--review', plan('delete.json')), /delete\.json is not a cluster-groups review\.json/);
  });

  it('reports a usage error in one line', async () => {
    expectOneLineError(await run('review-plan'), /^cdktf-cluster-groups: missing required argument 'plan\.json'\n$/);
    expectOneLineError(await run('review-plan', plan('delete.json'), '--bogus'), /^cdktf-cluster-groups: unknown option '--bogus'\n$/);
  });
});

describe('cdktf-cluster-groups review-plan for a pull-request comment and for several stacks', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cg-cli-'));
  const file = (name: string): string => join(folder, name);

  it('writes a comment of at most --max-chars characters beside the full review, data loss first, naming where the rest is', async () => {
    const result = await run('review-plan', plan('delete.json'), '--review', FLEET_REVIEW, '--comment-out', file('comment.md'), '--max-chars', '1000', '--full-review', 'artifact plan-review');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('### Host `dc3`');
    const comment = readFileSync(file('comment.md'), 'utf8');
    expect(comment.length).toBeLessThanOrEqual(1000);
    expect(comment).toMatch(/^# Terraform plan review\n\n6 resource change\(s\): 6 destroyed\.\n\n## Data loss\n/);
    expect(comment).toContain('- **Virtual cluster `ci` — group `dc-lb`, host `dc3`**');
    expect(comment).toMatch(/more change\(s\); `artifact plan-review` holds the whole review\._\n$/);
  });

  it('refuses a --max-chars too small to say anything, in one line', async () => {
    expectOneLineError(
      await run('review-plan', plan('delete.json'), '--comment-out', file('x.md'), '--max-chars', '999'),
      /--max-chars <n>' argument '999' is invalid\. expected a whole number of at least 1000/,
    );
  });

  it('reviews several plans as one, each named by its file, data loss of every stack first', async () => {
    const result = await run('review-plan', plan('update.json'), plan('delete.json'), '--review', FLEET_REVIEW, '--fail-on-destroy');
    expect(result.code).toBe(2);
    const lines = result.stdout.split('\n');
    expect(lines[2]).toBe('9 resource change(s): 3 updated in place, 6 destroyed. 2 stacks, 2 with changes.');
    expect(lines.indexOf('## Data loss')).toBeLessThan(lines.indexOf('## Stack `delete`'));
    expect(lines.indexOf('## Stack `delete`')).toBeLessThan(lines.indexOf('## Stack `update`'));
    expect(lines).toContain('- **Virtual cluster `ci` — stack `delete`, group `dc-lb`, host `dc3`**: vcluster release destroyed, namespace destroyed.');
    expect(lines).toContain('### Group `dc-lb`');
  });

  it('merges the JSON reports of one job per stack into one review and one comment', async () => {
    for (const [stack, name] of [
      ['edge', 'update.json'],
      ['fleet', 'delete.json'],
    ]) {
      const report = await run('review-plan', plan(name), '--review', FLEET_REVIEW, '--stack', stack, '--format', 'json');
      writeFileSync(file(`${stack}.json`), report.stdout);
    }
    const result = await run('review-plan', '--merge', file('fleet.json'), file('edge.json'), '--comment-out', file('merged.md'), '--fail-on-destroy');
    expect(result.code).toBe(2);
    const comment = readFileSync(file('merged.md'), 'utf8');
    expect(comment.indexOf('## Data loss')).toBeLessThan(comment.indexOf('## Stack `edge`'));
    expect(comment).toContain('- **Virtual cluster `web` — stack `fleet`, group `cloud-ingress`, host `us1`**');
    expect(comment.indexOf('## Stack `edge`')).toBeLessThan(comment.indexOf('## Stack `fleet`'));
    expect(result.stdout).toContain('2 stacks, 2 with changes.');
  });

  it('refuses in one line a stack merged twice, a file that is no report, a report of another format version, and --stack with several plans', async () => {
    expectOneLineError(await run('review-plan', '--merge', file('fleet.json'), file('fleet.json')), /stack "fleet" is in .*fleet\.json and in .*fleet\.json: merge one report per stack/);
    expectOneLineError(await run('review-plan', '--merge', FLEET_REVIEW), /fleet\.review\.json is not a report of review-plan --format json/);
    writeFileSync(file('old.json'), JSON.stringify({ formatVersion: 1, notes: [] }));
    expectOneLineError(await run('review-plan', '--merge', file('old.json')), /old\.json has formatVersion 1, this review-plan reads 2: review its plan again with this version/);
    writeFileSync(file('broken.json'), JSON.stringify({ formatVersion: 2, stacks: [{ stack: 'x', notes: [], counts: {}, dataLoss: [], groups: [], other: [] }] }));
    expectOneLineError(await run('review-plan', '--merge', file('broken.json')), /broken\.json: stacks\[0\] is not a stack's plan review/);
    expectOneLineError(await run('review-plan', plan('update.json'), plan('delete.json'), '--stack', 'x'), /--stack names the stack of one plan/);
  });

  // A report is an artifact another job wrote: the Markdown it carries (roles, reasons, notes) is
  // printed and posted as it is, so only the shape review-plan writes is read back.
  it.each([
    ['a note with a link', (r: ReportJson) => r.stacks[0].notes.push('[approve](https://evil.example)')],
    ['a note with HTML', (r: ReportJson) => r.stacks[0].notes.push('<img src=x onerror=alert(1)>')],
    ['a note mentioning a team', (r: ReportJson) => r.stacks[0].notes.push('cc @acme/platform')],
    ['a reason with emphasis', (r: ReportJson) => (r.stacks[0].dataLoss[0].changes[0].reason = '**nothing to see**')],
    ['a role with a terminal escape', (r: ReportJson) => (r.stacks[0].dataLoss[0].changes[0].role = 'namespace\u001b[2J')],
    ['a code span left open', (r: ReportJson) => r.stacks[0].notes.push('see `this')],
  ])('refuses a report whose Markdown is not what review-plan writes: %s', async (_, tamper) => {
    const report = JSON.parse(readFileSync(file('fleet.json'), 'utf8')) as ReportJson;
    expect(report.stacks[0].dataLoss.length).toBeGreaterThan(0);
    tamper(report);
    writeFileSync(file('tampered.json'), JSON.stringify(report));
    expectOneLineError(await run('review-plan', '--merge', file('tampered.json')), /tampered\.json: stacks\[0\] is not a stack's plan review/);
  });
});

interface ReportJson {
  stacks: Array<{ notes: string[]; dataLoss: Array<{ changes: Array<{ role: string | null; reason: string | null }> }> }>;
}

describe('cdktf-cluster-groups explain', () => {
  it('prints the rule, why it exists and how to fix a finding', async () => {
    const result = await run('explain', 'CG-6');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      [
        `CG-6: ${CG6.title}`,
        '',
        `Why: ${CG6.rationale}`,
        '',
        "How to fix: Give the host an endpoint of the group's type: HostEndpoint.metallb/cloudLoadBalancer for LoadBalancer, HostEndpoint.gateway/existingGateway/ingressNginx/existingIngress for Ingress; or move it to a group of the other type. Each finding printed at synth names its construct path and ends with the fix for that case.",
        '',
      ].join('\n'),
    );
  });

  it.each(['CG-23', 'CG-24'])('explains %s, a Gateway rule', async (id) => {
    const { stdout } = await run('explain', id);
    expect(stdout).toMatch(new RegExp(`^${id}: Gateway `));
    expect(stdout).toMatch(/\nWhy: .*\n\nHow to fix: /);
  });

  it('explains PL-1, the frozen lock, which no model check raises', async () => {
    expect((await run('explain', 'PL-1')).stdout).toMatch(/^PL-1: In frozen mode/);
  });

  it('accepts the id in any case', async () => {
    expect((await run('explain', 'cg-6')).stdout).toMatch(/^CG-6: /);
  });

  it('refuses an unknown id in one line listing the known ones', async () => {
    const result = await run('explain', 'CG-99');
    expectOneLineError(result, /^cdktf-cluster-groups: unknown rule "CG-99"; known rules: CG-1, CG-2, /);
    expect(result.stderr).toContain(RULES.map((rule) => rule.id).join(', '));
  });
});

describe('cdktf-cluster-groups stacks', () => {
  /** A cdktf.out with the manifest cdktf 0.21 writes, for the given stacks. */
  function outdir(stacks: string[]): string {
    const folder = synthesizedFolder();
    const entries = stacks.map((name) => [
      name,
      { name, constructPath: name, workingDirectory: `stacks/${name}`, synthesizedStackPath: `stacks/${name}/cdk.tf.json`, dependencies: [], annotations: [] },
    ]);
    writeFileSync(join(folder, 'cdktf.out', 'manifest.json'), JSON.stringify({ version: '0.21.0', stacks: Object.fromEntries(entries) }));
    return join(folder, 'cdktf.out');
  }

  it('lists the stacks cdktf wrote as JSON for a CI matrix, in name order, with their review.json where there is one', async () => {
    const out = outdir(['shard-b', 'fleet']);
    const result = await run('stacks', '--out', out, '--format', 'json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual([
      { name: 'fleet', workingDirectory: join(out, 'stacks', 'fleet'), review: join(out, 'cluster-groups', 'fleet', 'review.json') },
      { name: 'shard-b', workingDirectory: join(out, 'stacks', 'shard-b') },
    ]);
  });

  it('prints one name a line by default', async () => {
    expect((await run('stacks', '--out', outdir(['b', 'a']))).stdout).toBe('a\nb\n');
  });

  it('says in one line to synthesize first when there is no manifest', async () => {
    expectOneLineError(await run('stacks', '--out', join(tmpdir(), 'no-such-cdktf-out')), /no .*manifest\.json: run cdktf synth first/);
  });
});

describe('cdktf-cluster-groups rules', () => {
  it('lists every rule with its severities, one line each', async () => {
    const result = await run('rules');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trimEnd().split('\n')).toEqual(RULES.map((rule) => `${rule.id}\t${rule.severities.join(' / ')}\t${rule.title}`));
    expect(result.stdout).toContain('CG-1\terror\t');
    expect(result.stdout).toContain('VC-4\terror / warning\t');
    expect(result.stdout).toContain('PL-6\twarning\t');
  });

  it('lists them as JSON with --format json', async () => {
    const rules = JSON.parse((await run('rules', '--format', 'json')).stdout);
    expect(rules.map((rule: { id: string }) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    expect(rules[0]).toEqual({ id: RULES[0].id, severities: RULES[0].severities, title: RULES[0].title });
  });

  // The README's rules table is the user's reference: its severity column says what each rule declares.
  it("agrees with the README's rules table, rule by rule", () => {
    const table = new Map([...readFileSync(join(__dirname, '..', 'README.md'), 'utf8').matchAll(/^\| ([A-Z]{2}-\d+) \|.*\| ([a-z /]+) \|$/gm)].map((row) => [row[1], row[2]]));
    expect(RULES.map((rule) => [rule.id, table.get(rule.id)])).toEqual(RULES.map((rule) => [rule.id, rule.severities.join(' / ')]));
  });
});

/** A synthesized stack with a MetalLB host reached through an odd kubeconfig context, a project group behind a cloud load balancer without an address. */
function kubeconfigReview(): string {
  const app = testApp();
  const stack = new TerraformStack(app, 'fleet');
  const capacity = { cpu: '32', memory: '128Gi', storage: '1Ti' };
  const lb = new ClusterGroup(stack, 'Lb', { name: 'dc-lb', endpointType: EndpointType.LOAD_BALANCER });
  lb.addHost('dc1', {
    name: 'dc1',
    kind: HostKind.PRIVATE_CLOUD,
    capacity,
    connection: Connection.kubeconfig('~/.kube/config', "ops's dc1; rm -rf ~"),
    endpoint: HostEndpoint.metallb({ addressPools: ['10.1.0.16/28'] }),
  });
  lb.addVirtualCluster('TeamA', { name: 'team-a' });
  const cloud = new ClusterGroup(stack, 'Cloud', { name: 'cloud', scope: Scope.project('payments'), endpointType: EndpointType.LOAD_BALANCER });
  cloud.addHost('c1', {
    name: 'c1',
    kind: HostKind.PUBLIC_CLOUD,
    scope: Scope.project('payments'),
    capacity,
    connection: Connection.kubeconfig('/etc/kube/c1.yaml'),
    endpoint: HostEndpoint.cloudLoadBalancer(),
  });
  cloud.addVirtualCluster('Pending', { name: 'pending' });
  app.synth();
  return join(app.outdir, 'cluster-groups', 'fleet', 'review.json');
}

describe('cdktf-cluster-groups kubeconfig', () => {
  const review = kubeconfigReview();

  it("prints the command that writes a virtual cluster's kubeconfig from its secret, the host's context quoted for the shell", async () => {
    const result = await run('kubeconfig', 'dc-lb/team-a', '--review', review);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      [
        "kubectl --kubeconfig ~/.kube/config --context 'ops'\\''s dc1; rm -rf ~' get secret vc-team-a -n team-a -o jsonpath='{.data.config}' | base64 -d > team-a.kubeconfig",
        'kubectl --kubeconfig team-a.kubeconfig get namespaces',
        '',
      ].join('\n'),
    );
  });

  it('reads the address of a cloud load balancer after apply where the kubeconfig cannot name it (a project group)', async () => {
    const result = await run('kubeconfig', 'payments/cloud/pending', '--review', review);
    expect(result.stdout.split('\n')).toEqual([
      "kubectl --kubeconfig /etc/kube/c1.yaml get secret vc-pending -n pending -o jsonpath='{.data.config}' | base64 -d > pending.kubeconfig",
      "ADDRESS=$(kubectl --kubeconfig /etc/kube/c1.yaml get service pending -n pending -o jsonpath='{.status.loadBalancer.ingress[0].ip}{.status.loadBalancer.ingress[0].hostname}')",
      'kubectl --kubeconfig pending.kubeconfig --server "https://$ADDRESS:443" get namespaces',
      '',
    ]);
  });

  it('prints versioned JSON with --format json, and never the kubeconfig itself', async () => {
    const result = JSON.parse((await run('kubeconfig', 'dc-lb/team-a', '--review', review, '--format', 'json')).stdout);
    expect(result).toMatchObject({ formatVersion: 1, group: 'dc-lb', virtualCluster: 'team-a', host: 'dc1', server: 'https://10.1.0.16:443', secret: { name: 'vc-team-a', namespace: 'team-a' } });
    expect(result.commands).toHaveLength(2);
  });

  it('finds the review.json synthesized in the current folder by default', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cg-cli-'));
    mkdirSync(join(folder, 'cdktf.out', 'cluster-groups', 'fleet'), { recursive: true });
    copyFileSync(review, join(folder, 'cdktf.out', 'cluster-groups', 'fleet', 'review.json'));
    jest.spyOn(process, 'cwd').mockReturnValue(folder);
    expect((await run('kubeconfig', 'dc-lb/team-a')).stdout).toContain('get secret vc-team-a -n team-a');
  });

  it('says in one line what it takes when the virtual cluster is unknown', async () => {
    expectOneLineError(await run('kubeconfig', 'dc-lb/nobody', '--review', review), /no virtual cluster "dc-lb\/nobody" in the review\.json read; give <group>\/<virtual cluster>/);
  });
});

describe('cdktf-cluster-groups --version', () => {
  it.each(['--version', '-V'])('%s prints the package version', async (flag) => {
    const result = await run(flag);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version}\n`);
  });
});

describe('cdktf-cluster-groups --help', () => {
  it('lists the commands', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: cdktf-cluster-groups /);
    expect(result.stdout).toContain('review-plan [options] <plan.json...>');
    expect(result.stdout).toContain('explain <rule-id>');
  });

  it('describes the options of review-plan', async () => {
    const result = await run('review-plan', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--fail-on-destroy');
    expect(result.stdout).toContain('--review <review.json>');
  });
});
