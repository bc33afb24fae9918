import fc from 'fast-check';
import { TerraformStack } from 'cdktf';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ClusterGroup, ClusterGroups, Connection, EndpointType, HostEndpoint, HostKind } from '../../constructs';
import { main } from '../../src/cli/main';
import { codeSpan, escapedMarkdown, markdownText, mermaidLabel, terminalLine } from '../../src/review/inert';
import { testApp } from '../support/synth';
import { synthErrors } from './stack';

/** Every line break and control a hostile text may carry: CR, LF, LS, PS, NEL, VT, FF, ESC sequences (colour, title, cursor), the one-byte CSI, bidi overrides. */
const BREAKS = ['\r', '\n', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c', '\u001b[2J', '\u001b]0;owned\u0007', '\u009b31m', '\u202e', '\u2066'];
const MARKUP = [
  '`',
  '```mermaid',
  '<img src=x onerror=alert(1)>',
  '<!--',
  '[click](https://evil.example)',
  '![x](https://evil.example/x.png)',
  '**bold**',
  '| cell |',
  '# heading',
  '@org/admins',
  '$x$',
  '~~gone~~',
  'end"]\n  x[',
  '%%{init: {}}%%',
];
const HOSTILE = [...BREAKS, ...MARKUP].join(' ');

/** Nothing that breaks a line we did not break, or that a terminal reads as a control. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Markdown in which hostile text is either inside a code span (read literally) or escaped. */
function expectInertMarkdown(text: string): void {
  expect(text).not.toMatch(CONTROL);
  const outsideCode = text.replace(/(`+)[^]*?\1/g, '');
  expect(outsideCode).not.toMatch(/<(img|!--|script)/i);
  expect(outsideCode).not.toMatch(/(^|[^\\])\]\(https:\/\/evil/);
  expect(outsideCode).not.toMatch(/(^|[^\\])\*\*bold/);
}

describe('the neutralizers, one per medium', () => {
  it.each(BREAKS)('keep %j from breaking a line or reaching the terminal', (text) => {
    // eslint-disable-next-line no-control-regex
    for (const out of [terminalLine(text), markdownText(text), codeSpan(text), mermaidLabel(text)]) expect(out).not.toMatch(/[\n\r\u2028\u2029\u0085\u001b\u009b\u202e\u2066]/);
  });

  it('write a Markdown cell as every replacement would, also where it takes the shortcut for plain text', () => {
    const chars = fc.constantFrom(...'aZ09 .,:/%()+=#-_*`[]|$@!&<>~\\\n\u202e1)'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 8 }), (list) => expect(markdownText(list.join(''))).toBe(escapedMarkdown(list.join('')))),
      { numRuns: 2000 },
    );
    for (const text of ['vc-1', '0.36.1', '4Gi', '- x', '  # x', '1) x', 'https://10.0.0.1:443', 'a_b']) expect(markdownText(text)).toBe(escapedMarkdown(text));
  });

  it.each(MARKUP)('keep %j from being read as Markdown or HTML', (text) => {
    const md = markdownText(text);
    expect(md).not.toMatch(/(^|[^\\])[`*[\]|$@~!]/);
    expect(md).not.toMatch(/</);
    expect(md).not.toMatch(/^[#+=-]/);
    expect(codeSpan(text)).toMatch(/^(`+) ?[^]*? ?\1$/);
    expect(mermaidLabel(text)).toMatch(/^"[A-Za-z0-9 .:/_*()%,#;-]*"$/);
  });
});

describe('text we did not write is inert wherever it lands', () => {
  function hostileStack(quiet: boolean, lock?: string) {
    const app = testApp({ [ClusterGroups.CONTEXT_QUIET]: quiet, ...(lock ? { [ClusterGroups.CONTEXT_LOCK_FILE]: lock } : {}) });
    const stack = new TerraformStack(app, 's');
    const group = new ClusterGroup(stack, 'G', { name: 'lb', endpointType: EndpointType.LOAD_BALANCER });
    // A construct id is free text too; so is a wildcard, unused (and only warned about) in a LoadBalancer group.
    group.addHost(`h${HOSTILE}`, {
      name: 'h1',
      kind: HostKind.PRIVATE_CLOUD,
      capacity: { cpu: '64', memory: '256Gi', storage: '2Ti' },
      connection: Connection.kubeconfig('~/.kube/config', 'h1'),
      endpoint: HostEndpoint.metallb({ addressPools: ['10.20.0.0/24'] }),
      wildcardDns: HOSTILE,
    });
    return { app, group };
  }

  it('in the summary printed at synth, in review.md and in the moves a hostile lock makes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-inert-'));
    const lock = join(dir, 'lock.json');
    // The lock is text a contributor controls: a host name in it reaches the moves of the summary and review.md.
    writeFileSync(lock, JSON.stringify({ version: 1, stacks: { s: { groups: { lb: { distribution: 'k8s', virtualClusters: { 'team-a': { host: HOSTILE } } } } } } }));
    const { app, group } = hostileStack(false, lock);
    // The move is acknowledged (PL-4 refuses an unacknowledged move of a running virtual cluster), so it is listed.
    group.addVirtualCluster('A', { name: 'team-a', acknowledgeMove: { reason: 'rebuilt from backup' } });
    let printed = '';
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((printed += String(chunk)), true));
    try {
      expect(synthErrors(app)).toBe('');
    } finally {
      write.mockRestore();
    }
    expect(printed).toContain('wildcardDns');
    expect(printed).not.toMatch(CONTROL);
    const markdown = readFileSync(join(app.outdir, 'cluster-groups', 's', 'review.md'), 'utf8');
    expectInertMarkdown(markdown);
    const warnings = markdown
      .slice(markdown.indexOf('## Warnings'))
      .split('\n')
      .filter((line) => line.startsWith('- '));
    // CG-10 (the hostile wildcard) and PL-4 (the acknowledged move from the hostile host): both inert.
    expect(warnings).toHaveLength(2);
    expect(markdown).toMatch(/## Moves[^]*team-a/);
  });

  it('in the errors of a failed synth', () => {
    const { app, group } = hostileStack(true);
    group.addVirtualCluster('A', { name: HOSTILE });
    const errors = synthErrors(app);
    expect(errors).toMatch(/\[VC-1\]/);
    // Each finding is one line of the message: cdktf adds the lines around them.
    for (const line of errors.split('\n')) expect(line).not.toMatch(CONTROL);
  });

  it('in the plan review printed by the CLI, from a hostile plan and review.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-inert-'));
    const plan = {
      format_version: '1.2',
      planned_values: { root_module: {} },
      resource_changes: [
        {
          address: `helm_release.vcluster_dc1["${HOSTILE}"]`,
          mode: 'managed',
          type: 'helm_release',
          name: 'vcluster_dc1',
          index: HOSTILE,
          change: { actions: ['delete', HOSTILE] },
          action_reason: HOSTILE,
        },
        { address: `null_resource.x${HOSTILE}`, mode: 'managed', type: 'null_resource', name: 'x', change: { actions: [HOSTILE] } },
      ],
    };
    const review = { groups: [{ key: HOSTILE, name: HOSTILE, hosts: [{ name: HOSTILE, alias: 'dc1' }], virtualClusters: [{ name: HOSTILE, host: HOSTILE }] }], moves: [], warnings: [] };
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
    writeFileSync(join(dir, 'review.json'), JSON.stringify(review));
    let stdout = '';
    let stderr = '';
    const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
    const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
    try {
      await main(['node', 'cli', 'review-plan', join(dir, 'plan.json'), '--review', join(dir, 'review.json')]);
      await main(['node', 'cli', 'review-plan', join(dir, `missing${HOSTILE}.json`)]);
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
    expect(stdout).toContain('# Terraform plan review');
    expectInertMarkdown(stdout);
    expect(stderr).toMatch(/^cdktf-cluster-groups: cannot read/);
    expect(stderr.trimEnd()).not.toMatch(CONTROL);
  });
});
