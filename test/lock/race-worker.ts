/**
 * One of several processes synthesizing at once into one lock file (test/lock/race.test.ts,
 * test/lock/location.test.ts): stack `<stack>` is synthesized `<rounds>` times, with one more
 * virtual cluster each round, on a host of its own (one host in two stacks is PL-7).
 * Usage: node --import tsx race-worker.ts <lock file> <stack> <rounds>
 */
import { fleetApp } from './fleet';

const [lockFile, stack, rounds] = process.argv.slice(2);
for (let round = 1; round <= Number(rounds); round++) {
  const virtualClusters = Array.from({ length: round }, (_, i) => ({ name: `v${i + 1}` }));
  fleetApp({ stack, hosts: [{ name: `h-${stack}`, pool: 0 }], virtualClusters }, lockFile, { 'cluster-groups:frozen': false }).synth();
}
