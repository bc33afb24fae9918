/**
 * The bench fleet as a Fleet sharded per host (one stack, one Terraform state, per host), in this process:
 *   node --import tsx bench/sharded.ts --hosts 200 --vcs 20000 --outdir DIR [--one-vc-change]
 * Prints one JSON line. Without --one-vc-change: construct + synth time, peak RSS, the number of
 * stacks and the resource instances of the largest (each `for_each` entry one instance: what a
 * plan of that stack refreshes). With --one-vc-change: two synths sharing one lock, the second
 * with one virtual cluster's request edited; how many stacks' cdk.tf.json changed, and the
 * instances in those against the fleet's.
 */
import { App, LocalBackend } from 'cdktf';
import { mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { ClusterGroup, Connection, EndpointType, Fleet, HostEndpoint, HostKind, Sharding } from '../constructs';
import { applyRuntimeOptions, argValue, CONTEXT, GROUP_DESCRIPTION, GROUP_NAME, HOST_CAPACITY, hostsOf, KUBECONFIG, rssMb, STACK_NAME, vcNamesOf } from './topology';

applyRuntimeOptions();
const args = process.argv.slice(2);
const scale = { hosts: Number(argValue(args, '--hosts')), vcs: Number(argValue(args, '--vcs')) };
const outdir = argValue(args, '--outdir');
if (!outdir || !(scale.hosts > 0) || !(scale.vcs > 0)) throw new Error('usage: sharded.ts --hosts N --vcs N --outdir DIR [--one-vc-change]');

/** Synthesizes the fleet into `dir`; `edited` is the virtual cluster whose request differs. */
function synth(dir: string, lockFile: string | false, edited?: string): void {
  mkdirSync(dir, { recursive: true });
  const app = new App({ outdir: dir, context: { ...CONTEXT, 'cluster-groups:lockFile': lockFile } });
  const fleet = new Fleet(app, STACK_NAME, {
    sharding: Sharding.perHost(),
    configureStack: { configure: (stack, shard) => new LocalBackend(stack, { path: `terraform.${shard}.tfstate` }) },
  });
  const group = new ClusterGroup(fleet, 'LoadBalancerGroup', { name: GROUP_NAME, endpointType: EndpointType.LOAD_BALANCER, description: GROUP_DESCRIPTION });
  for (const host of hostsOf(scale)) {
    group.addHost(host.name, {
      name: host.name,
      kind: HostKind.PRIVATE_CLOUD,
      capacity: { ...HOST_CAPACITY },
      connection: Connection.kubeconfig(KUBECONFIG, host.name),
      endpoint: HostEndpoint.metallb({ addressPools: [host.pool] }),
    });
  }
  vcNamesOf(scale).forEach((name, i) => group.addVirtualCluster(`Vc${i}`, name === edited ? { name, resources: { cpu: '5' } } : { name }));
  app.synth();
}

/** Each stack's cdk.tf.json, by stack name. */
function stackTexts(dir: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  return new Map(Object.keys(manifest.stacks).map((name) => [name, readFileSync(join(dir, 'stacks', name, 'cdk.tf.json'), 'utf8')]));
}

/** Resource instances of a stack: one per resource, one per `for_each` entry. */
function instances(text: string): number {
  const json = JSON.parse(text);
  let count = 0;
  for (const byName of Object.values<Record<string, { for_each?: object }>>(json.resource ?? {})) {
    for (const resource of Object.values(byName)) count += resource.for_each ? Object.keys(resource.for_each).length : 1;
  }
  return count;
}

if (args.includes('--one-vc-change')) {
  const lockFile = join(outdir, 'cluster-groups.lock.json');
  synth(join(outdir, 'before'), lockFile);
  const names = vcNamesOf(scale);
  synth(join(outdir, 'after'), lockFile, names[Math.floor(names.length / 2)]);
  const [before, after] = [stackTexts(join(outdir, 'before')), stackTexts(join(outdir, 'after'))];
  const changed = [...after.keys()].filter((stack) => before.get(stack) !== after.get(stack));
  const total = [...after.values()].reduce((sum, text) => sum + instances(text), 0);
  const inChanged = changed.reduce((sum, stack) => sum + instances(after.get(stack)!), 0);
  process.stdout.write(
    `${JSON.stringify({ vcs: scale.vcs, hosts: scale.hosts, stacks: after.size, stacks_changed: changed.length, instances_in_changed_stacks: inChanged, instances_total: total, fraction: Math.round((inChanged / total) * 1e5) / 1e5 })}\n`,
  );
} else {
  const started = performance.now();
  synth(outdir, false);
  const ms = Math.round(performance.now() - started);
  const rss = rssMb();
  const texts = stackTexts(outdir);
  const largest = Math.max(...[...texts.values()].map(instances));
  process.stdout.write(`${JSON.stringify({ hosts: scale.hosts, vcs: scale.vcs, stacks: texts.size, ms, rss_mb: rss, largest_stack_instances: largest })}\n`);
}
