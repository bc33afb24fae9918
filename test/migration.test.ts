import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parse } from 'yaml';
import { ClusterGroups, HostEndpoint } from '../constructs';
import { FleetStack } from '../examples/fleet-stack';
import { synthStacks, testApp, TerraformJson } from './support/synth';
import { addresses } from './support/topology';

/**
 * The default example's Ingress group moved from ingress-nginx to Envoy Gateway in the README's
 * steps, each synthesized with the same lock: before, the Gateway beside ingress-nginx, after.
 */
const lock = join(mkdtempSync(join(tmpdir(), 'cg-move-')), 'cluster-groups.lock.json');
function fleet(ingressEndpoint: HostEndpoint): TerraformJson {
  const app = testApp({ [ClusterGroups.CONTEXT_LOCK_FILE]: lock });
  new FleetStack(app, 'fleet', { ingressEndpoint });
  return synthStacks(app).fleet;
}
const before = fleet(HostEndpoint.ingressNginx());
const beside = fleet(HostEndpoint.gateway({ keepIngressNginx: {} }));
const after = fleet(HostEndpoint.gateway());

const isVirtualCluster = (address: string) => /\.vcluster_[a-z0-9_]+\[/.test(address);

/** What changes from one step to the next: addresses created, destroyed, and changed in place. */
function diff(from: TerraformJson, to: TerraformJson): { created: string[]; destroyed: string[]; changed: string[] } {
  const a = addresses(from);
  const b = addresses(to);
  return {
    created: [...b.keys()].filter((k) => !a.has(k)).sort(),
    destroyed: [...a.keys()].filter((k) => !b.has(k)).sort(),
    changed: [...a.keys()].filter((k) => b.has(k) && a.get(k) !== b.get(k)).sort(),
  };
}

/** A vcluster release without what may change in place: its values and the releases it waits for. */
function replacementRelevant(json: TerraformJson, host: string): unknown {
  const { values: _v, depends_on: _d, for_each: forEach, '//': _m, ...rest } = json.resource.helm_release[`vcluster_${host}`];
  return { ...rest, keys: Object.keys(forEach) };
}

const controlPlane = (json: TerraformJson, host: string, name: string) => parse(json.resource.helm_release[`vcluster_${host}`].for_each[name].values).controlPlane;

describe('moving an Ingress group from ingress-nginx to a Gateway replaces no virtual cluster', () => {
  it('step 1, the Gateway beside ingress-nginx: creates the Gateway, leaves ingress-nginx as it is, changes the vcluster releases’ values only', () => {
    const step = diff(before, beside);
    expect(step.destroyed).toEqual([]);
    expect(step.created).toEqual(
      ['eu1', 'us1'].flatMap((h) => [`helm_release.gateway_${h}`, `helm_release.gatewayconfig_${h}`, `helm_release.gatewaycrds_${h}`, `kubernetes_namespace_v1.gateway_${h}`]).sort(),
    );
    expect(step.changed).toEqual(['helm_release.vcluster_eu1["data"]', 'helm_release.vcluster_us1["web"]']);
    for (const host of ['eu1', 'us1']) expect(replacementRelevant(beside, host)).toEqual(replacementRelevant(before, host));
    // Both ways in while DNS moves: the Ingress as it was, and the TLSRoute.
    expect(controlPlane(beside, 'eu1', 'data').ingress).toEqual(controlPlane(before, 'eu1', 'data').ingress);
    expect(controlPlane(beside, 'eu1', 'data').ingress).toMatchObject({ enabled: true, host: 'data.apps.eu1.example.com', spec: { ingressClassName: 'nginx' } });
    expect(controlPlane(beside, 'eu1', 'data').tlsRoute).toMatchObject({ enabled: true, host: 'data.apps.eu1.example.com' });
  });

  it('step 3, ingress-nginx removed: destroys only ingress-nginx, changes the vcluster releases’ values only (the Ingress goes)', () => {
    const step = diff(beside, after);
    expect(step.created).toEqual([]);
    expect(step.destroyed).toEqual(['helm_release.ingress_nginx_eu1', 'helm_release.ingress_nginx_us1', 'kubernetes_namespace_v1.ingress_nginx_eu1', 'kubernetes_namespace_v1.ingress_nginx_us1']);
    expect(step.changed).toEqual(['helm_release.vcluster_eu1["data"]', 'helm_release.vcluster_us1["web"]']);
    for (const host of ['eu1', 'us1']) expect(replacementRelevant(after, host)).toEqual(replacementRelevant(beside, host));
    expect(controlPlane(after, 'us1', 'web').ingress).toEqual({ enabled: false });
  });

  it('in all: every virtual cluster keeps the addresses of its namespace and release, its kubeconfig server and its output entry', () => {
    const vcAddresses = (json: TerraformJson) => [...addresses(json).keys()].filter(isVirtualCluster).sort();
    expect(vcAddresses(after)).toEqual(vcAddresses(before));
    expect(vcAddresses(after).length).toBe(10);
    const { changed } = diff(before, after);
    expect(changed.filter((a) => !a.startsWith('helm_release.vcluster_eu1') && !a.startsWith('helm_release.vcluster_us1'))).toEqual([]);
    for (const [host, name] of [
      ['eu1', 'data'],
      ['us1', 'web'],
    ]) {
      const server = (json: TerraformJson) => parse(json.resource.helm_release[`vcluster_${host}`].for_each[name].values).exportKubeConfig.server;
      expect(server(after)).toBe(server(before));
      expect(before.output.cluster_group_cloud_ingress.value[name]).toEqual(after.output.cluster_group_cloud_ingress.value[name]);
    }
  });
});
