import Ajv2020 from 'ajv/dist/2020';
import { TerraformStack } from 'cdktf';
import { readFileSync } from 'fs';
import { join } from 'path';
import { ClusterGroup, Connection, EndpointType, HostEndpoint, HostKind } from '../constructs';
import { ComposedStack } from '../examples/composed-stack';
import { EdgeStack } from '../examples/edge-stack';
import { FleetStack } from '../examples/fleet-stack';
import { REVIEW_FORMAT_VERSION } from '../src/review/files';
import { testApp } from './support/synth';

const SCHEMA = JSON.parse(readFileSync(join(__dirname, '..', 'schemas', 'review.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(SCHEMA);

/** The review.json of each example, and of a stack whose endpoint only the cloud load balancer knows (server null, kubeconfig without context). */
function reviews(): Record<string, unknown> {
  const app = testApp();
  new FleetStack(app, 'fleet');
  new EdgeStack(app, 'edge');
  new ComposedStack(app, 'composed');
  const cloud = new TerraformStack(app, 'cloud');
  const group = new ClusterGroup(cloud, 'G', { name: 'cloud', endpointType: EndpointType.LOAD_BALANCER });
  group.addHost('h', {
    name: 'h',
    kind: HostKind.PUBLIC_CLOUD,
    capacity: { cpu: '64', memory: '64Gi', storage: '1Ti' },
    connection: Connection.kubeconfig('~/.kube/config'),
    endpoint: HostEndpoint.cloudLoadBalancer(),
  });
  group.addVirtualCluster('P', { name: 'pending' });
  app.synth();
  const read = (stack: string) => JSON.parse(readFileSync(join(app.outdir, 'cluster-groups', stack, 'review.json'), 'utf8'));
  return { fleet: read('fleet'), edge: read('edge'), composed: read('composed'), cloud: read('cloud') };
}

describe('review.json and its JSON Schema (schemas/review.schema.json, shipped in the package)', () => {
  const written = reviews();

  it.each(Object.keys(written))('validates the review.json of stack %s', (stack) => {
    const valid = validate(written[stack]);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('carries the format version the schema names', () => {
    expect(written.fleet).toMatchObject({ formatVersion: REVIEW_FORMAT_VERSION });
    expect(SCHEMA.properties.formatVersion.const).toBe(REVIEW_FORMAT_VERSION);
  });

  it('refuses a review.json with a field gone, one of another version, and an unknown field', () => {
    const fleet = written.fleet as { groups: Array<{ hosts: Array<Record<string, unknown>> }> };
    const withoutAlias = structuredClone(fleet);
    delete withoutAlias.groups[0].hosts[0].alias;
    expect(validate(withoutAlias)).toBe(false);
    expect(validate({ ...fleet, formatVersion: 2 })).toBe(false);
    expect(validate({ ...fleet, extra: true })).toBe(false);
  });

  it('is listed in the package files', () => {
    const files: string[] = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).files;
    expect(files).toContain('schemas');
  });
});
