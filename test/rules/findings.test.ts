/** What every finding is, and the helpers that build it. */
import { findRule, RULES } from '../../src/rules/registry';
import { EMPTY_LOCK } from '../../src/placement/lock';
import { evaluate } from '../../src/evaluate';
import { group, lbWith, rulesOf, run, validLbModel, vc } from '../support/model';
import { finding, show, stamp } from '../../src/rules/rule';
import { VC1 } from '../../src/rules/VC-1';

describe('every finding', () => {
  it('names its rule, the construct path, what was received and what was expected, and a fix', () => {
    const [finding] = lbWith(() => ({ groups: [group({ endpointType: undefined })] })).errors;
    expect(finding).toMatchObject({ rule: 'CG-3', path: 'app/lb', received: 'nothing' });
    expect(finding.message).toBe(`[CG-3] app/lb: received nothing; expected "LoadBalancer" or "Ingress". Fix: ${finding.fix}`);
  });

  it('of a prop of the wrong kind is decided by the rule that owns the prop, before the model findings', () => {
    const base = validLbModel();
    const result = run({
      ...base,
      wrongProps: [
        { path: 'app/lb/a', owner: 'host', prop: 'endpoint', value: { kind: 'value', value: 'metallb' } },
        { path: 'app/v', owner: 'virtual-cluster', prop: 'group', value: { kind: 'construct', path: 'app/lb/a', className: 'HostClusterMembership' } },
        { path: 'app/lb', owner: 'group', prop: 'scope', value: { kind: 'value', value: undefined } },
      ],
    });
    expect(result.errors.map((f) => [f.rule, f.path, f.received])).toEqual([
      ['CG-2', 'app/lb', "'scope': nothing"],
      ['CG-6', 'app/lb/a', `'endpoint': string "metallb"`],
      ['VC-1', 'app/v', "'group': the construct app/lb/a (HostClusterMembership)"],
    ]);
  });

  it('of the lock file as read are PL-2 and PL-3, each at the path of the lock', () => {
    const lockProblems = [
      { rule: 'PL-3', received: 'an IP twice', expected: 'each IP once', fix: 'remove one' },
      { rule: 'PL-2', received: 'a file that is not JSON', expected: 'JSON', fix: 'restore it' },
    ] as const;
    const result = evaluate(validLbModel(), EMPTY_LOCK, { lockProblems, lockPath: 'my.lock' });
    expect(result.errors.map((f) => f.message)).toEqual([
      '[PL-2] my.lock: received a file that is not JSON; expected JSON. Fix: restore it',
      '[PL-3] my.lock: received an IP twice; expected each IP once. Fix: remove one',
    ]);
  });

  it('are all reported at once, not only the first', () => {
    const result = lbWith((m) => ({ groups: [group({ name: 'Bad Name', oversubscriptionPercent: 50 })], virtualClusters: [...m.virtualClusters, vc('X')] }));
    expect(rulesOf(result).errors).toEqual(expect.arrayContaining(['CG-1', 'CG-13', 'VC-1']));
  });
});

describe('the rule registry', () => {
  it('holds every rule once, each explained: what it checks, why, how to fix', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) expect([rule.title, rule.rationale, rule.remedy].every((text) => text.length > 20)).toBe(true);
  });
});

describe('rule helpers', () => {
  it('show renders values as a user reads them', () => {
    expect(show(undefined)).toBe('nothing');
    expect(show('x')).toBe('"x"');
    expect(show(3)).toBe('3');
    expect(show(false)).toBe('false');
    expect(show(null)).toBe('null');
    expect(show({ a: 1 })).toBe('{"a":1}');
    // Neither a function's source nor a credential inside an object is shown.
    const fn = (): string => 'wJalrXUtnFEMI';
    expect(show(fn)).toBe('a function');
    expect(show({ host: 'https://x', token: 'sk-1', bearerToken: 'sk-2', secretKey: 'sk-3', url: 'https://u:p@x/' })).toBe(
      '{"host":"https://x","token":"(not shown)","bearerToken":"(not shown)","secretKey":"(not shown)","url":"https://REDACTED:REDACTED@x/"}',
    );
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(show(cyclic)).toBe('[object Object]');
  });

  it('stamp names the rule that produced a finding and builds the message from rule, path, received, expected and fix', () => {
    expect(stamp(VC1, finding({ severity: 'error', path: 'p', received: 'r', expected: 'e', fix: 'f' }))).toEqual({
      rule: 'VC-1',
      severity: 'error',
      path: 'p',
      message: '[VC-1] p: received r; expected e. Fix: f',
      received: 'r',
      expected: 'e',
      fix: 'f',
    });
  });

  it('findRule finds a rule whatever the case and surrounding space, and nothing for an unknown ID', () => {
    expect(findRule(' vc-4 ')?.id).toBe('VC-4');
    expect(findRule('XX-1')).toBeUndefined();
  });

  it('show renders NaN and Infinity as numbers, not as JSON null', () => {
    expect(show(NaN)).toBe('NaN');
    expect(show(Infinity)).toBe('Infinity');
  });
});
