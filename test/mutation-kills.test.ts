/**
 * Behaviour pinned down where mutation testing (Stryker, `npm run mutation`) found the other suites silent.
 * Each test states one observable behaviour of src/rules or src/placement.
 */
import { existsSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Heap } from '../src/placement/heap';
import { EMPTY_LOCK, Lock, LockFormatError, parseLockFile, parseStackLock, serializeLock } from '../src/placement/lock';
import { lockChanges } from '../src/placement/lock-diff';
import { LockFile } from '../src/placement/lock-file';
import { findRule } from '../src/rules/registry';
import { finding, show } from '../src/rules/rule';
import { group, host, rulesOf, run, vc } from './support/model';

function lock(groups: Lock['groups']): Lock {
  return { version: 1, groups };
}

describe('Heap', () => {
  it('pops items least first whatever the push order, and undefined when empty', () => {
    const heap = new Heap<number>((a, b) => a < b);
    for (const n of [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]) heap.push(n);
    expect(heap.size).toBe(10);
    const out: number[] = [];
    for (let item = heap.pop(); item !== undefined; item = heap.pop()) out.push(item);
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(heap.size).toBe(0);
    expect(heap.pop()).toBeUndefined();
  });

  it('pops the last remaining item', () => {
    const heap = new Heap<string>((a, b) => a < b);
    heap.push('only');
    expect(heap.pop()).toBe('only');
    expect(heap.size).toBe(0);
  });

  it('keeps order when the right child is the smaller one', () => {
    const heap = new Heap<number>((a, b) => a < b);
    for (const n of [1, 3, 2, 4, 5]) heap.push(n);
    expect([heap.pop(), heap.pop(), heap.pop(), heap.pop(), heap.pop()]).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('lockChanges', () => {
  const before = lock({ lb: { distribution: 'k8s', virtualClusters: { a: { host: 'h1', ip: '10.0.0.1' }, b: { host: 'h1' }, c: { host: 'h2' } } } });

  it('reports nothing for identical locks', () => {
    expect(lockChanges(before, before)).toEqual([]);
  });

  it('names new, removed and moved virtual clusters with host and IP, sorted by name', () => {
    const after = lock({ lb: { distribution: 'k8s', virtualClusters: { a: { host: 'h2', ip: '10.0.0.2' }, c: { host: 'h2' }, d: { host: 'h1', ip: '10.0.0.3' } } } });
    expect(lockChanges(before, after)).toEqual(['lb/a: h1 10.0.0.1 -> h2 10.0.0.2', 'lb/b: removed from h1', 'lb/d: new on h1 10.0.0.3']);
  });

  it('reports an IP change on the same host', () => {
    const after = lock({ lb: { distribution: 'k8s', virtualClusters: { ...before.groups.lb.virtualClusters, a: { host: 'h1' } } } });
    expect(lockChanges(before, after)).toEqual(['lb/a: h1 10.0.0.1 -> h1']);
  });

  it('reports a distribution change, a new empty group and a removed group, groups in key order', () => {
    const after = lock({ a: { distribution: 'k3s', virtualClusters: {} }, lb: { distribution: 'k0s', virtualClusters: before.groups.lb.virtualClusters } });
    expect(lockChanges(before, after)).toEqual(['a: new group', 'lb: distribution k8s -> k0s']);
    expect(lockChanges(after, before)).toEqual(['a: group removed', 'lb: distribution k0s -> k8s']);
  });

  it('does not call a new group with virtual clusters a "new group": its virtual clusters are listed', () => {
    const after = lock({ ...before.groups, z: { distribution: 'k8s', virtualClusters: { x: { host: 'h9' } } } });
    expect(lockChanges(before, after)).toEqual(['z/x: new on h9']);
  });
});

describe('lock format', () => {
  it('parses a lock file of version 1 to its stacks', () => {
    expect(parseLockFile('{"version":1,"stacks":{"s":{"groups":{}}}}', 'f')).toEqual({ s: { groups: {} } });
  });

  it('refuses text that is not JSON, naming the file', () => {
    expect(() => parseLockFile('{nope', 'my.lock')).toThrow(LockFormatError);
    expect(() => parseLockFile('{nope', 'my.lock')).toThrow(/^my\.lock is not JSON \(.+\)\. Fix: restore it from version control, or delete it/);
  });

  it('refuses another format version, and says which it got', () => {
    expect(() => parseLockFile('{"version":2,"stacks":{}}', 'f')).toThrow('f has format version 2; this release reads version 1. Fix: use the release that wrote it, or delete it');
    expect(() => parseLockFile('[1]', 'f')).toThrow('f has format version no version; this release reads version 1');
    expect(() => parseLockFile('null', 'f')).toThrow('f has format version no version');
  });

  it('refuses a lock file without a stacks object', () => {
    expect(() => parseLockFile('{"version":1,"stacks":[]}', 'f')).toThrow("f has no 'stacks' object. Fix: restore it from version control");
    expect(() => parseLockFile('{"version":1}', 'f')).toThrow("f has no 'stacks' object");
  });

  it('reads a stack entry, keeping an IP only when it is a string and defaulting the distribution to empty', () => {
    const parsed = parseStackLock({ groups: { lb: { virtualClusters: { a: { host: 'h1', ip: '10.0.0.1' }, b: { host: 'h2', ip: 7 } } }, k: { distribution: 'k3s', virtualClusters: {} } } }, 'w');
    expect(parsed).toEqual({
      version: 1,
      groups: { lb: { distribution: '', virtualClusters: { a: { host: 'h1', ip: '10.0.0.1' }, b: { host: 'h2' } } }, k: { distribution: 'k3s', virtualClusters: {} } },
    });
    expect('ip' in parsed.groups.lb.virtualClusters.b).toBe(false);
  });

  it('refuses stack entries whose groups, virtual clusters or hosts are missing', () => {
    expect(() => parseStackLock(null, 'w')).toThrow("w has no 'groups' object. Fix: restore the file from version control, or delete it");
    expect(() => parseStackLock({ groups: [] }, 'w')).toThrow("w has no 'groups' object");
    expect(() => parseStackLock({ groups: { lb: { virtualClusters: [] } } }, 'w')).toThrow("w: group 'lb' has no 'virtualClusters' object");
    expect(() => parseStackLock({ groups: { lb: 'x' } }, 'w')).toThrow("w: group 'lb' has no 'virtualClusters' object");
    expect(() => parseStackLock({ groups: { lb: { virtualClusters: { a: { host: 3 } } } } }, 'w')).toThrow("w: virtual cluster 'lb/a' has no 'host'");
    expect(() => parseStackLock({ groups: { lb: { virtualClusters: { a: null } } } }, 'w')).toThrow("w: virtual cluster 'lb/a' has no 'host'");
  });

  it('serializes with groups and virtual clusters in key order, two-space indent and one trailing newline', () => {
    const text = serializeLock(lock({ z: { distribution: 'k8s', virtualClusters: { b: { host: 'h' }, a: { host: 'h', ip: '1.1.1.1' } } }, a: { distribution: 'k3s', virtualClusters: {} } }));
    expect(text).toBe(
      `${JSON.stringify({ version: 1, groups: { a: { distribution: 'k3s', virtualClusters: {} }, z: { distribution: 'k8s', virtualClusters: { a: { host: 'h', ip: '1.1.1.1' }, b: { host: 'h' } } } } }, null, 2)}\n`,
    );
  });
});

describe('LockFile', () => {
  function tempFile(): string {
    return join(mkdtempSync(join(tmpdir(), 'cg-mk-')), 'cluster-groups.lock.json');
  }
  const one = lock({ lb: { distribution: 'k8s', virtualClusters: { a: { host: 'h1' } } } });

  it('reads an empty lock without a path or without a file', () => {
    expect(new LockFile(undefined, 's', false).read()).toBe(EMPTY_LOCK);
    expect(new LockFile(tempFile(), 's', false).read()).toBe(EMPTY_LOCK);
  });

  it('writes its own stack beside the others, stacks in key order, and reads it back', () => {
    const file = tempFile();
    writeFileSync(file, JSON.stringify({ version: 1, stacks: { zz: { groups: {} } } }));
    new LockFile(file, 'aa', false).write(one);
    const text = readFileSync(file, 'utf8');
    expect(Object.keys(JSON.parse(text).stacks)).toEqual(['aa', 'zz']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text).version).toBe(1);
    expect(new LockFile(file, 'aa', false).read()).toEqual(one);
    expect(new LockFile(file, 'zz', false).read()).toEqual(EMPTY_LOCK);
  });

  it('writes nothing when frozen or without a path', () => {
    const file = tempFile();
    new LockFile(file, 's', true).write(one);
    expect(existsSync(file)).toBe(false);
    expect(() => new LockFile(undefined, 's', false).write(one)).not.toThrow();
  });

  it('leaves an unchanged file untouched', () => {
    const file = tempFile();
    new LockFile(file, 's', false).write(one);
    const past = new Date(Date.now() - 3_600_000);
    utimesSync(file, past, past);
    const before = statSync(file).mtimeMs;
    new LockFile(file, 's', false).write(one);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('caches what it read: a later change of the file is not seen by the same instance', () => {
    const file = tempFile();
    new LockFile(file, 's', false).write(one);
    const reader = new LockFile(file, 's', false);
    expect(reader.read()).toEqual(one);
    writeFileSync(file, JSON.stringify({ version: 1, stacks: {} }));
    expect(reader.read()).toEqual(one);
  });

  it('names the file and the stack when an entry is malformed', () => {
    const file = tempFile();
    writeFileSync(file, JSON.stringify({ version: 1, stacks: { s: { groups: 1 } } }));
    expect(() => new LockFile(file, 's', false).read()).toThrow(`${file} (stack s) has no 'groups' object`);
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
    const fn = (): number => 1;
    expect(show(fn)).toBe(String(fn));
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(show(cyclic)).toBe('[object Object]');
  });

  it('finding builds the message from rule, path, received, expected and fix', () => {
    expect(finding('VC-1', 'error', 'p', 'r', 'e', 'f')).toEqual({
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
});

describe('VC-4 capacity', () => {
  function onOneHost(cpu: string, paused = false): ReturnType<typeof run> {
    return run({
      groups: [group({ oversubscriptionPercent: 100 })],
      hosts: [host({ name: 'a', capacity: { cpu: '10', memory: '100Gi', storage: '100Gi' } })],
      virtualClusters: [vc('one', { resources: { cpu, memory: '1Gi', storage: '1Gi' }, paused })],
    });
  }

  it('warns at 91% but not at 89% nor at exactly 90%', () => {
    expect(rulesOf(onOneHost('9.1')).warnings).toContain('VC-4');
    expect(onOneHost('9.1').warnings.find((f) => f.rule === 'VC-4')?.received).toContain('(91%)');
    expect(onOneHost('9.1').warnings.find((f) => f.rule === 'VC-4')?.expected).toBe('at most 90% of capacity × oversubscription, for headroom');
    expect(rulesOf(onOneHost('8.9')).warnings).not.toContain('VC-4');
    expect(rulesOf(onOneHost('9')).warnings).not.toContain('VC-4');
  });

  it('refuses more than capacity but accepts exactly capacity (with a warning)', () => {
    expect(rulesOf(onOneHost('10.5')).errors).toContain('VC-4');
    expect(rulesOf(onOneHost('10')).errors).not.toContain('VC-4');
    expect(rulesOf(onOneHost('10')).warnings).toContain('VC-4');
  });

  it('does not count the CPU of a paused virtual cluster', () => {
    expect(rulesOf(onOneHost('10.5', true)).errors).not.toContain('VC-4');
    expect(rulesOf(onOneHost('9.5', true)).warnings).not.toContain('VC-4');
  });
});

describe('OQ-1 owner quotas', () => {
  function withQuota(quota: Record<string, unknown>, vcs = [vc('one', { owner: 'team' }), vc('two', { owner: 'team' })]): ReturnType<typeof run> {
    return run({ groups: [group({ ownerQuotas: { team: quota } } as never)], hosts: [host({ name: 'a' }), host({ name: 'b' })], virtualClusters: vcs });
  }

  it('refuses more virtual clusters than the count, and accepts exactly the count', () => {
    expect(rulesOf(withQuota({ virtualClusters: 1 })).errors).toContain('OQ-1');
    expect(withQuota({ virtualClusters: 1 }).errors.find((f) => f.rule === 'OQ-1')?.fix).toBe("remove 1 of them, or raise the owner's quota");
    expect(rulesOf(withQuota({ virtualClusters: 2 })).errors).not.toContain('OQ-1');
  });

  it('refuses a count that is not a whole number of at least 0, and accepts 0 for an owner with none', () => {
    expect(rulesOf(withQuota({ virtualClusters: -1 }, [])).errors).toContain('OQ-1');
    expect(rulesOf(withQuota({ virtualClusters: 1.5 }, [])).errors).toContain('OQ-1');
    expect(rulesOf(withQuota({ virtualClusters: 0 }, [])).errors).not.toContain('OQ-1');
  });

  it('refuses a quota resource that is not a quantity', () => {
    expect(withQuota({ cpu: 'lots' }, []).errors.map((f) => f.received)).toEqual(['ownerQuotas["team"].cpu "lots"']);
  });

  it('refuses CPU above the quota, accepts CPU exactly at it, and does not count paused CPU but counts paused storage', () => {
    expect(rulesOf(withQuota({ cpu: '7' })).errors).toContain('OQ-1');
    expect(rulesOf(withQuota({ cpu: '8' })).errors).not.toContain('OQ-1');
    const paused = [vc('one', { owner: 'team' }), vc('two', { owner: 'team', paused: true })];
    expect(rulesOf(withQuota({ cpu: '4', memory: '4Gi' }, paused)).errors).not.toContain('OQ-1');
    expect(rulesOf(withQuota({ storage: '3Gi' }, paused)).errors).toContain('OQ-1');
    expect(rulesOf(withQuota({ storage: '4Gi' }, paused)).errors).not.toContain('OQ-1');
  });

  it('does not charge virtual clusters of another owner or of none', () => {
    const others = [vc('one', { owner: 'other' }), vc('two')];
    expect(rulesOf(withQuota({ virtualClusters: 0, cpu: '1' }, others)).errors).not.toContain('OQ-1');
  });
});

describe('placement', () => {
  it('places a new virtual cluster on the host of most headroom, ties by host name', () => {
    const hosts = [host({ name: 'b' }), host({ name: 'a' })];
    const first = run({ groups: [group()], hosts, virtualClusters: [vc('x')] });
    expect(first.placement.lock.groups.lb.virtualClusters.x.host).toBe('a');
    const second = run({ groups: [group()], hosts, virtualClusters: [vc('x'), vc('y'), vc('z')] });
    expect(Object.fromEntries(Object.entries(second.placement.lock.groups.lb.virtualClusters).map(([k, v]) => [k, v.host]))).toEqual({ x: 'a', y: 'b', z: 'a' });
  });

  it('measures headroom as the share of capacity left: after one placement the bigger host has more', () => {
    const hosts = [host({ name: 'a', capacity: { cpu: '8', memory: '128Gi', storage: '1Ti' } }), host({ name: 'b', capacity: { cpu: '32', memory: '128Gi', storage: '1Ti' } })];
    const result = run({ groups: [group()], hosts, virtualClusters: [vc('x'), vc('y'), vc('z')] });
    const where = Object.fromEntries(Object.entries(result.placement.lock.groups.lb.virtualClusters).map(([k, v]) => [k, v.host]));
    expect(where).toEqual({ x: 'a', y: 'b', z: 'b' });
  });

  it('hands out IPs in pool order, and keeps a locked IP in the pool', () => {
    const hosts = [host({ name: 'a', endpoint: { kind: 'metallb', pools: ['10.9.0.0/30'], bgpPeers: [] } })];
    const fresh = run({ groups: [group()], hosts, virtualClusters: [vc('x'), vc('y')] });
    // 10.9.0.0 is skipped (avoidBuggyIPs).
    expect(fresh.placement.lock.groups.lb.virtualClusters).toEqual({ x: { host: 'a', ip: '10.9.0.1' }, y: { host: 'a', ip: '10.9.0.2' } });
    const locked = lock({ lb: { distribution: 'k8s', virtualClusters: { y: { host: 'a', ip: '10.9.0.1' } } } });
    const again = run({ groups: [group()], hosts, virtualClusters: [vc('x'), vc('y')] }, locked);
    expect(again.placement.lock.groups.lb.virtualClusters).toEqual({ x: { host: 'a', ip: '10.9.0.2' }, y: { host: 'a', ip: '10.9.0.1' } });
  });

  it('counts paused virtual clusters for storage only in host usage', () => {
    const result = run({ groups: [group()], hosts: [host({ name: 'a' })], virtualClusters: [vc('x', { paused: true }), vc('y')] });
    const usage = [...result.placement.usage.values()][0];
    expect(usage.virtualClusters).toBe(2);
    expect(usage.used.cpu).toBe(4);
    expect(usage.used.storage).toBe(2 * 2 ** 31);
  });

  it('reports a move when the locked host left the group, and keeps the lock distribution', () => {
    const locked = lock({ lb: { distribution: 'k3s', virtualClusters: { x: { host: 'gone' } } } });
    const result = run({ groups: [group()], hosts: [host({ name: 'a' })], virtualClusters: [vc('x')] }, locked);
    expect(result.placement.moves).toEqual([{ group: 'lb', virtualCluster: 'x', from: 'gone', to: '(placed anew)', reason: 'host-left-group' }]);
    expect(result.placement.lock.groups.lb.distribution).toBe('k3s');
  });
});

describe('VC-2 request bounds', () => {
  function withCpu(cpu: string): ReturnType<typeof run> {
    return run({ groups: [group()], hosts: [host({ name: 'a' }), host({ name: 'b' })], virtualClusters: [vc('one', { resources: { cpu, memory: '4Gi', storage: '2Gi' } })] });
  }

  it('accepts exactly the minimum and exactly the maximum', () => {
    expect(rulesOf(withCpu('4')).errors).not.toContain('VC-2');
    expect(rulesOf(withCpu('6')).errors).not.toContain('VC-2');
  });

  it('says to request at least the minimum below it, and at most the maximum above it', () => {
    expect(
      withCpu('3.9')
        .errors.filter((f) => f.rule === 'VC-2')
        .map((f) => [f.expected, f.fix]),
    ).toEqual([['between 4 and 6', 'request at least 4']]);
    expect(
      withCpu('6.1')
        .errors.filter((f) => f.rule === 'VC-2')
        .map((f) => [f.expected, f.fix]),
    ).toEqual([['between 4 and 6', "request at most 6, or raise the group's maxPerVirtualCluster.cpu"]]);
  });

  it('names a request that is not a quantity', () => {
    expect(withCpu('x').errors.map((f) => f.message)).toEqual([
      '[VC-2] app/lb/one: received cpu "x", not a Kubernetes quantity; expected a Kubernetes quantity between 4 and 6. Fix: write cpu as Kubernetes does ("4", "500m", "8Gi")',
    ]);
  });
});

describe('HC-5 connection', () => {
  function messages(connection: unknown): string[] {
    return run({ groups: [group()], hosts: [host({ name: 'a', connection } as never), host({ name: 'b' })], virtualClusters: [vc('one')] }).errors.map((f) => f.message);
  }

  it('accepts a kubeconfig without a context, a sensitive token variable, and a complete exec plugin', () => {
    expect(messages({ kind: 'kubeconfig', path: '~/.kube/config' })).toEqual([]);
    expect(messages({ kind: 'token', host: 'https://x', clusterCaCertificate: 'PEM', token: { kind: 'variable', name: 'tok', sensitive: true } })).toEqual([]);
    expect(messages({ kind: 'exec', host: 'https://x', clusterCaCertificate: 'PEM', apiVersion: 'v1', command: 'c' })).toEqual([]);
  });

  it('refuses a missing connection, a blank kubeconfig path or context', () => {
    expect(messages({ kind: 'none' })).toEqual([
      '[HC-5] app/lb/a: received no connection and no providers; expected a connection, or your own kubernetes and helm providers. Fix: give connection: Connection.kubeconfig(path, context), Connection.token(...) or Connection.exec(...), or providers: { kubernetes, helm }',
    ]);
    expect(messages({ kind: 'kubeconfig', path: ' ', context: '' })).toEqual([
      '[HC-5] app/lb/a: received kubeconfig path " "; expected the path of a kubeconfig file. Fix: use Connection.kubeconfig("~/.kube/config", "context-name")',
      '[HC-5] app/lb/a: received kubeconfig context ""; expected a context name, or none for the current context. Fix: name a context of the kubeconfig, or leave it out',
    ]);
  });

  it('refuses a token connection without the cluster CA', () => {
    expect(messages({ kind: 'token', host: 'https://x', clusterCaCertificate: ' ', token: { kind: 'variable', name: 'tok', sensitive: true } })).toEqual([
      `[HC-5] app/lb/a: received cluster CA certificate " "; expected the PEM of the API server's CA, or a Terraform variable holding it. Fix: pass clusterCaCertificate: without it the token would be sent to a server nobody verified`,
    ]);
  });

  it('refuses a provider pair missing one of its providers', () => {
    expect(messages({ kind: 'providers', kubernetes: 'app/k' })).toEqual([
      '[HC-5] app/lb/a: received providers without a helm provider; expected providers: { kubernetes: a KubernetesProvider, helm: a HelmProvider }. Fix: pass your helm provider for this host, or a connection instead',
    ]);
    expect(messages({ kind: 'providers' })[0]).toContain('received providers without a kubernetes and helm provider');
    expect(messages({ kind: 'providers', kubernetes: 'app/k', helm: 'app/h' })).toEqual([]);
  });

  it('refuses two hosts connected to one cluster, and accepts two contexts of one kubeconfig', () => {
    expect(messages({ kind: 'kubeconfig', path: '~/.kube/config', context: 'b' })).toEqual([
      '[HC-5] app/lb/b: received kubeconfig "~/.kube/config", context "b", also the connection of host app/lb/a; expected a connection of its own for each host. Fix: point the connection at this host’s own cluster (another context or API server)',
    ]);
    expect(messages({ kind: 'kubeconfig', path: '~/.kube/config', context: 'c' })).toEqual([]);
  });

  it('refuses a token connection without a server, with a literal token or a variable not marked sensitive', () => {
    const fix = 'declare new TerraformVariable(stack, "host_token", { type: "string", sensitive: true }) and pass it; set its value with TF_VAR_host_token';
    expect(messages({ kind: 'token', host: '', clusterCaCertificate: 'PEM', token: { kind: 'literal', value: 'x' } })).toEqual([
      '[HC-5] app/lb/a: received API server ""; expected the API server URL, e.g. "https://10.0.0.1:6443". Fix: pass the API server URL or a Terraform variable holding it',
      `[HC-5] app/lb/a: received a literal token in code; expected a TerraformVariable with sensitive: true. Fix: ${fix}`,
    ]);
    expect(messages({ kind: 'token', host: 'https://x', clusterCaCertificate: 'PEM', token: { kind: 'variable', name: 'tok', sensitive: false } })).toEqual([
      `[HC-5] app/lb/a: received variable "tok" for the token, not marked sensitive; expected a TerraformVariable with sensitive: true. Fix: ${fix}`,
    ]);
  });

  it('refuses an exec plugin without a server, an apiVersion or a command', () => {
    expect(messages({ kind: 'exec', host: 'https://x', clusterCaCertificate: 'PEM', apiVersion: '', command: 'c' })).toEqual([
      '[HC-5] app/lb/a: received exec plugin {"apiVersion":"","command":"c"}; expected an exec plugin with apiVersion (e.g. "client.authentication.k8s.io/v1beta1") and command. Fix: give both apiVersion and command',
    ]);
    expect(messages({ kind: 'exec', host: 'https://x', clusterCaCertificate: 'PEM', apiVersion: 'v1', command: ' ' })).toHaveLength(1);
    expect(messages({ kind: 'exec', host: ' ', clusterCaCertificate: 'PEM', apiVersion: 'v1', command: 'c' })).toEqual([
      '[HC-5] app/lb/a: received API server " "; expected the API server URL. Fix: pass the API server URL the exec plugin authenticates against',
    ]);
  });
});

describe('mutation kills, second round', () => {
  it('show renders NaN and Infinity as numbers, not as JSON null', () => {
    expect(show(NaN)).toBe('NaN');
    expect(show(Infinity)).toBe('Infinity');
  });

  it('Heap never compares past the last item when a node has only a left child', () => {
    const heap = new Heap<{ n: number }>((a, b) => a.n < b.n);
    for (const n of [4, 1, 3, 2, 5, 0]) heap.push({ n });
    const out: number[] = [];
    for (let item = heap.pop(); item !== undefined; item = heap.pop()) out.push(item.n);
    expect(out).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('lockChanges lists virtual clusters in name order across old and new', () => {
    const before = lock({ lb: { distribution: 'k8s', virtualClusters: { b: { host: 'h' } } } });
    const after = lock({ lb: { distribution: 'k8s', virtualClusters: { a: { host: 'h' } } } });
    expect(lockChanges(before, after)).toEqual(['lb/a: new on h', 'lb/b: removed from h']);
  });

  it('lockChanges does not call a group emptied of its virtual clusters "new"', () => {
    const before = lock({ lb: { distribution: 'k8s', virtualClusters: { x: { host: 'h' } } } });
    const after = lock({ lb: { distribution: 'k8s', virtualClusters: {} } });
    expect(lockChanges(before, after)).toEqual(['lb/x: removed from h']);
  });

  it('VC-4 and OQ-1 return no findings at all for a model within capacity and quota', () => {
    const evaluation = run({
      groups: [group({ ownerQuotas: { team: { virtualClusters: 5, cpu: '100' } } } as never)],
      hosts: [host({ name: 'a' }), host({ name: 'b' })],
      virtualClusters: [vc('one', { owner: 'team' })],
    });
    const context = { fleet: evaluation.fleet, placement: evaluation.placement, previousLock: EMPTY_LOCK };
    expect(findRule('VC-4')?.check(context)).toEqual([]);
    expect(findRule('OQ-1')?.check(context)).toEqual([]);
  });

  it('VC-4 errors name the limit and the warning says to add capacity', () => {
    const over = run({
      groups: [group({ oversubscriptionPercent: 100 })],
      hosts: [host({ name: 'a', capacity: { cpu: '10', memory: '100Gi', storage: '100Gi' } })],
      virtualClusters: [vc('one', { resources: { cpu: '10.5', memory: '1Gi', storage: '1Gi' } })],
    });
    const error = over.errors.find((f) => f.rule === 'VC-4');
    expect(error?.expected).toBe('at most capacity × oversubscription, 10');
    const near = run({
      groups: [group({ oversubscriptionPercent: 100 })],
      hosts: [host({ name: 'a', capacity: { cpu: '10', memory: '100Gi', storage: '100Gi' } })],
      virtualClusters: [vc('one', { resources: { cpu: '9.5', memory: '1Gi', storage: '1Gi' } })],
    });
    expect(near.warnings.find((f) => f.rule === 'VC-4')?.fix).toBe('add capacity before the next virtual cluster');
  });

  function quotaRun(quotas: Record<string, unknown>, vcs: ReturnType<typeof vc>[]): string[] {
    return run({ groups: [group({ ownerQuotas: quotas } as never)], hosts: [host({ name: 'a' }), host({ name: 'b' })], virtualClusters: vcs })
      .errors.filter((f) => f.rule === 'OQ-1')
      .map((f) => f.message);
  }

  it('OQ-1 messages name the owner, what was used and the quota', () => {
    expect(quotaRun({ team: { virtualClusters: -1 } }, [])).toEqual([
      '[OQ-1] app/lb: received ownerQuotas["team"].virtualClusters -1; expected a whole number of at least 0. Fix: give the quota as a count',
    ]);
    expect(quotaRun({ team: { memory: 'lots' } }, [])).toEqual([
      '[OQ-1] app/lb: received ownerQuotas["team"].memory "lots"; expected a Kubernetes quantity. Fix: write memory as Kubernetes does ("16", "64Gi")',
    ]);
    const two = [vc('one', { owner: 'team' }), vc('two', { owner: 'team' })];
    expect(quotaRun({ team: { virtualClusters: 1 } }, two)).toEqual([
      '[OQ-1] app/lb: received 2 virtual clusters of owner "team"; expected at most 1. Fix: remove 1 of them, or raise the owner\'s quota',
    ]);
    expect(quotaRun({ team: { cpu: '7' } }, two)).toEqual([
      '[OQ-1] app/lb: received cpu requests of 8 by owner "team"; expected at most 7. Fix: free 1 of cpu among the owner\'s virtual clusters, or raise the quota',
    ]);
  });

  it('OQ-1 counts memory of running virtual clusters against the quota', () => {
    const two = [vc('one', { owner: 'team' }), vc('two', { owner: 'team' })];
    expect(quotaRun({ team: { memory: '7Gi' } }, two)).toHaveLength(1);
    expect(quotaRun({ team: { memory: '8Gi' } }, two)).toEqual([]);
  });

  it('OQ-1 reports owners in name order, and never charges a virtual cluster without an owner', () => {
    const vcs = [vc('one', { owner: 'zed' }), vc('two', { owner: 'amy' }), vc('three')];
    expect(quotaRun({ zed: { virtualClusters: 0 }, amy: { virtualClusters: 0 }, undefined: { virtualClusters: 0 } }, vcs).map((m) => m.match(/owner "(\w+)"/)?.[1])).toEqual(['amy', 'zed']);
  });
});
