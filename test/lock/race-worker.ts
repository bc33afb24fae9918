/**
 * One of several processes synthesizing at once into one lock file (test/lock/race.test.ts):
 * stack `<stack>` is synthesized `<rounds>` times, with one more virtual cluster each round.
 * Usage: node --import tsx race-worker.ts <lock file> <stack> <rounds>
 */
import { App, TerraformStack } from 'cdktf';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind } from '../../constructs';

const [lockFile, stackName, rounds] = process.argv.slice(2);
const outdir = mkdtempSync(join(tmpdir(), 'cg-race-'));
for (let round = 1; round <= Number(rounds); round++) {
  const app = new App({ outdir, context: { 'cluster-groups:lockFile': lockFile, 'cluster-groups:quiet': true, 'cluster-groups:frozen': false } });
  const stack = new TerraformStack(app, stackName);
  const group = new ClusterGroup(stack, 'Group', { name: 'lb', endpointType: EndpointType.LOAD_BALANCER });
  group.addHost('h', {
    name: 'h',
    kind: HostKind.PRIVATE_CLOUD,
    capacity: { cpu: '1000', memory: '4Ti', storage: '10Ti' },
    connection: Connection.kubeconfig('~/.kube/config', 'h'),
    endpoint: HostEndpoint.metallb({ addressPools: ['10.0.0.0/24'] }),
  });
  for (let i = 1; i <= round; i++) group.addVirtualCluster(`v${i}`, { name: `v${i}` });
  app.synth();
}
