/**
 * Builds the bench topology with our constructs and synthesizes it, in this process.
 *   node --import tsx bench/ours.ts --hosts 10 --vcs 100 --outdir /tmp/x [--violation]
 * Prints one JSON line (RunResult). The clock covers construct + synth, not the imports.
 * --violation: one virtual cluster requests cpu "100" (group max "6"); synth must throw.
 */
import { App, LocalBackend, TerraformStack } from 'cdktf';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind } from '../constructs';
// Not part of the public entry: read only to time the evaluation on its own.
import { ClusterGroupsRegistry } from '../constructs/registry';
import { applyRuntimeOptions, argValue, CONTEXT, GROUP_DESCRIPTION, GROUP_NAME, HOST_CAPACITY, hostsOf, KUBECONFIG, RunResult, rssMb, STACK_NAME, vcNamesOf } from './topology';

applyRuntimeOptions();
const args = process.argv.slice(2);
const scale = { hosts: Number(argValue(args, '--hosts')), vcs: Number(argValue(args, '--vcs')) };
const outdir = argValue(args, '--outdir');
const violation = args.includes('--violation');
if (!outdir || !(scale.hosts > 0) || !(scale.vcs > 0)) throw new Error('usage: ours.ts --hosts N --vcs N --outdir DIR [--violation]');

const hosts = hostsOf(scale);
const names = vcNamesOf(scale);
const violator = names[Math.floor(names.length / 2)];

const t0 = performance.now();
const app = new App({ outdir, context: { ...CONTEXT } });
const stack = new TerraformStack(app, STACK_NAME);
new LocalBackend(stack, { path: `terraform.${STACK_NAME}.tfstate` });
const group = new ClusterGroup(stack, 'LoadBalancerGroup', { name: GROUP_NAME, endpointType: EndpointType.LOAD_BALANCER, description: GROUP_DESCRIPTION });
for (const host of hosts) {
  group.addHost(host.name, {
    name: host.name,
    kind: HostKind.PRIVATE_CLOUD,
    capacity: { ...HOST_CAPACITY },
    connection: Connection.kubeconfig(KUBECONFIG, host.name),
    endpoint: HostEndpoint.metallb({ addressPools: [host.pool] }),
  });
}
names.forEach((name, i) => {
  group.addVirtualCluster(`Vc${i}`, violation && name === violator ? { name, resources: { cpu: '100' } } : { name });
});
const t1 = performance.now();
// The evaluation is cached by the registry: reading it here only moves that work before
// synth (which reuses it), so construct + eval + synth is the same total.
const evaluation = ClusterGroupsRegistry.of(stack).evaluation;
const t2 = performance.now();
let threw = false;
let firstError: string | undefined;
try {
  app.synth();
} catch (error) {
  threw = true;
  firstError = (error as Error).message.split('\n').find((line) => line.includes('[')) ?? (error as Error).message.slice(0, 300);
}
const t3 = performance.now();

if (threw && !violation) {
  process.stderr.write(`ours: synth threw unexpectedly: ${firstError}\n`);
  process.exitCode = 1;
}
if (!threw && violation) {
  process.stderr.write('ours: synth did not throw on the violation\n');
  process.exitCode = 1;
}
const result: RunResult = {
  ms: t3 - t0,
  rss_mb: rssMb(),
  construct_ms: t1 - t0,
  eval_ms: t2 - t1,
  synth_ms: t3 - t2,
  errors: evaluation.errors.length,
  warnings: evaluation.warnings.length,
  ...(violation ? { first_error: evaluation.errors[0]?.message ?? firstError, threw } : {}),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
