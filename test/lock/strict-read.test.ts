import { readFileSync, writeFileSync } from 'fs';
import { Fleet, lockedPlaces, synthError, synthFleet, tempLockPath } from './fleet';

const fleet: Fleet = { hosts: [{ name: 'dc1', pool: 1 }], virtualClusters: [{ name: 'team-a' }, { name: 'team-b' }] };

/** A lock file as the synth of `fleet` writes it, with `edit` applied to its text. */
function lockWith(edit: (text: string) => string): { file: string; content: string } {
  const file = tempLockPath();
  synthFleet(fleet, file);
  const content = edit(readFileSync(file, 'utf8'));
  writeFileSync(file, content);
  return { file, content };
}

/** The synth fails with the rule's finding and leaves the file byte for byte as it was. */
function refused(edit: (text: string) => string, rule: string): string {
  const { file, content } = lockWith(edit);
  const message = synthError(() => synthFleet(fleet, file));
  expect(message).toContain(`[${rule}] `);
  expect(message).not.toMatch(/\n\s+at /);
  expect(readFileSync(file, 'utf8')).toBe(content);
  return message;
}

describe('the lock file is read strictly', () => {
  it('accepts a byte-order mark (as some editors on Windows save), and keeps every entry', () => {
    const { file } = lockWith((text) => `\uFEFF${text}`);
    expect(() => synthFleet(fleet, file)).not.toThrow();
    expect(lockedPlaces(file)).toEqual({ lb: { 'team-a': 'dc1 10.1.0.1', 'team-b': 'dc1 10.1.0.2' } });
  });

  it('refuses a duplicate key (JSON.parse would keep the last silently), naming where (PL-2)', () => {
    const message = refused((text) => text.replace('"team-b": {', '"team-a": { "host": "dc1", "ip": "10.1.0.9" },\n        "team-b": {'), 'PL-2');
    expect(message).toContain('received the key stacks.fleet.groups.lb.virtualClusters.team-a twice (a JSON reader keeps only the last); expected each key once');
  });

  it('refuses a duplicate key however it is spelt (escapes decoded)', () => {
    const message = refused((text) => text.replace('"team-b": {', '"team-\\u0061": { "host": "dc1" },\n        "team-b": {'), 'PL-2');
    expect(message).toContain('virtualClusters.team-a twice');
  });

  it('refuses an unknown field at any level rather than ignoring it (PL-2)', () => {
    expect(refused((text) => text.replace('"version": 1,', '"version": 1, "generatedBy": "x",'), 'PL-2')).toContain('received an unknown field generatedBy; expected only version, stacks there');
    expect(refused((text) => text.replace('"host": "dc1",', '"host": "dc1", "hots": "dc2",'), 'PL-2')).toContain(
      'an unknown field stacks.fleet.groups.lb.virtualClusters.team-a.hots; expected only host, ip there',
    );
    expect(refused((text) => text.replace('"groups": {', '"owner": "me", "groups": {'), 'PL-2')).toContain('an unknown field stacks.fleet.owner');
  });

  it('refuses a wrong version, and fields of the wrong type, instead of dropping them (PL-2)', () => {
    expect(refused((text) => text.replace('"version": 1', '"version": "1"'), 'PL-2')).toContain('received format version "1"; expected format version 1');
    expect(refused((text) => text.replace('"ip": "10.1.0.2"', '"ip": 167837698'), 'PL-2')).toContain('stacks.fleet.groups.lb.virtualClusters.team-b = {"host":"dc1","ip":167837698}');
    expect(refused((text) => text.replace('"distribution": "k8s",', ''), 'PL-2')).toContain("stacks.fleet.groups.lb without a 'distribution' text");
  });

  it('refuses an IP that is no address, or that two virtual clusters hold (PL-3)', () => {
    expect(refused((text) => text.replace('"10.1.0.2"', '"10.1.0.256"'), 'PL-3')).toContain(
      'received stacks.fleet.groups.lb.virtualClusters.team-b.ip = "10.1.0.256"; expected one IPv4 or IPv6 address',
    );
    const twice = refused((text) => text.replace('"10.1.0.2"', '"10.1.0.1"'), 'PL-3');
    expect(twice).toContain('received 10.1.0.1 held by both stacks.fleet.groups.lb.virtualClusters.team-a and stacks.fleet.groups.lb.virtualClusters.team-b');
    // Two spellings of one address are one address.
    expect(refused((text) => text.replace('"10.1.0.2"', '"::ffff:10.1.0.1"'), 'PL-3')).toContain('10.1.0.1 held by both');
  });

  it('refuses a locked IP outside the pools of the host the virtual cluster stays on, instead of handing out another (PL-3)', () => {
    const message = refused((text) => text.replace('"10.1.0.2"', '"10.9.0.1"'), 'PL-3');
    expect(message).toContain('[PL-3] fleet/Group/team-b: received the locked IP 10.9.0.1 of lb/team-b, outside every pool of host dc1');
    expect(message).toContain("Fix: put 10.9.0.1 back into the pools of dc1, or remove the 'ip' of lb/team-b from the lock");
  });

  it('refuses a pool shrunk under a running virtual cluster the same way: its address is not silently changed', () => {
    const file = tempLockPath();
    synthFleet(fleet, file);
    const before = readFileSync(file, 'utf8');
    const message = synthError(() => synthFleet({ ...fleet, hosts: [{ name: 'dc1', pool: 2 }] }, file));
    expect(message).toContain('the locked IP 10.1.0.1 of lb/team-a, outside every pool of host dc1');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
