/** Placement and its heap, at the edges (many of these first found by mutation testing). */
import { group, host, lock, run, vc } from './support/model';
import { Heap } from '../src/placement/heap';

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

  it('counts paused virtual clusters in full in host usage', () => {
    const result = run({ groups: [group()], hosts: [host({ name: 'a' })], virtualClusters: [vc('x', { paused: true }), vc('y')] });
    const usage = [...result.placement.usage.values()][0];
    expect(usage.virtualClusters).toBe(2);
    expect(usage.used.cpu).toBe(8000); // millicores
    expect(usage.used.storage).toBe(2 * 2 ** 31);
  });

  it('reports a move when the locked host left the group, and keeps the lock distribution', () => {
    const locked = lock({ lb: { distribution: 'k3s', virtualClusters: { x: { host: 'gone' } } } });
    const result = run({ groups: [group()], hosts: [host({ name: 'a' })], virtualClusters: [vc('x')] }, locked);
    expect(result.placement.moves).toEqual([{ group: 'lb', virtualCluster: 'x', path: 'app/lb/x', from: 'gone', to: 'a', reason: 'host-left-group' }]);
    expect(result.placement.lock.groups.lb.distribution).toBe('k3s');
  });
});

describe('Heap', () => {
  it('Heap never compares past the last item when a node has only a left child', () => {
    const heap = new Heap<{ n: number }>((a, b) => a.n < b.n);
    for (const n of [4, 1, 3, 2, 5, 0]) heap.push({ n });
    const out: number[] = [];
    for (let item = heap.pop(); item !== undefined; item = heap.pop()) out.push(item.n);
    expect(out).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
