"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.emitHost = emitHost;
const provider_1 = require("@cdktf/provider-helm/lib/provider");
const release_1 = require("@cdktf/provider-helm/lib/release");
const provider_2 = require("@cdktf/provider-kubernetes/lib/provider");
const namespace_v1_1 = require("@cdktf/provider-kubernetes/lib/namespace-v1");
const cdktf_1 = require("cdktf");
const path_1 = require("path");
const ingress_nginx_values_1 = require("../src/charts/ingress-nginx-values");
const metallb_values_1 = require("../src/charts/metallb-values");
const serialize_1 = require("../src/charts/serialize");
const defaults_1 = require("../src/model/defaults");
const names_1 = require("../src/model/names");
const package_root_1 = require("../src/package-root");
const terraform_text_1 = require("./terraform-text");
const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'cdktf-cluster-groups' };
/** MetalLB's speaker needs host networking and NET_RAW: its namespace must admit privileged pods. */
const PRIVILEGED_NAMESPACE = {
    'pod-security.kubernetes.io/enforce': 'privileged',
    'pod-security.kubernetes.io/audit': 'privileged',
    'pod-security.kubernetes.io/warn': 'privileged',
};
/** The local chart of MetalLB's configuration objects, shipped once per stack as an asset. */
function metallbConfigChart(scope) {
    const stack = cdktf_1.TerraformStack.of(scope);
    const id = 'metallb-config-chart';
    return stack.node.tryFindChild(id) ?? new cdktf_1.TerraformAsset(stack, id, { path: (0, path_1.join)((0, package_root_1.packageRoot)(), 'assets', 'metallb-config'), type: cdktf_1.AssetType.DIRECTORY });
}
function providerPair(scope, alias, connection) {
    const { exec, ...rest } = connection?.attributes ?? {};
    const kubernetes = new provider_2.KubernetesProvider(scope, 'Kubernetes', { alias, ...rest, exec: exec ? [exec] : undefined });
    const helmConfig = { alias, kubernetes: { ...rest, exec } };
    return { kubernetes, helm: new provider_1.HelmProvider(scope, 'Helm', helmConfig) };
}
function chartRelease(scope, id, address, chart, namespace, provider, values) {
    const release = new release_1.Release(scope, id, {
        provider,
        name: chart.chart,
        repository: chart.repository,
        chart: chart.chart,
        version: chart.version,
        namespace: namespace.metadata.name,
        wait: true,
        values: [(0, terraform_text_1.literal)((0, serialize_1.toYaml)(values))],
    });
    release.overrideLogicalId(address);
    return release;
}
function namespace(scope, id, address, name, labels, provider) {
    const resource = new namespace_v1_1.NamespaceV1(scope, id, { provider, metadata: { name, labels: { ...MANAGED_BY, ...labels } } });
    resource.overrideLogicalId(address);
    return resource;
}
/**
 * Everything one host gets: its provider pair (alias from its name), what serves its
 * endpoint (MetalLB and its configuration, or ingress-nginx), and its virtual clusters as
 * one `for_each` namespace and one `for_each` release keyed by virtual-cluster name, so
 * that adding or removing one never changes the address of another.
 */
function emitHost(scope, registry, group, host, connection, own) {
    const alias = (0, names_1.terraformName)(String(host.name));
    const providers = own ?? providerPair(scope, alias, connection);
    const endpoint = host.endpoint;
    const dependencies = [];
    if (endpoint.kind === 'metallb') {
        const ns = namespace(scope, 'MetallbNamespace', `metallb_${alias}`, defaults_1.METALLB_NAMESPACE, PRIVILEGED_NAMESPACE, providers.kubernetes);
        const metallb = chartRelease(scope, 'Metallb', `metallb_${alias}`, group.charts.metallb, ns, providers.helm, (0, metallb_values_1.metallbValues)());
        const config = new release_1.Release(scope, 'MetallbConfig', {
            provider: providers.helm,
            name: 'metallb-config',
            chart: `./${metallbConfigChart(scope).path}`,
            namespace: defaults_1.METALLB_NAMESPACE,
            wait: true,
            values: [(0, terraform_text_1.literal)((0, serialize_1.toYaml)({ objects: (0, metallb_values_1.metallbObjects)(endpoint.pools, endpoint.bgpPeers) }))],
            // The objects are custom resources validated by MetalLB's webhooks: both must be up first.
            dependsOn: [metallb],
        });
        config.overrideLogicalId(`metallb_config_${alias}`);
        dependencies.push(config);
    }
    if (endpoint.kind === 'ingress-nginx') {
        const ns = namespace(scope, 'IngressNginxNamespace', `ingress_nginx_${alias}`, defaults_1.INGRESS_NGINX_NAMESPACE, {}, providers.kubernetes);
        dependencies.push(chartRelease(scope, 'IngressNginx', `ingress_nginx_${alias}`, group.charts.ingressNginx, ns, providers.helm, (0, ingress_nginx_values_1.ingressNginxValues)(endpoint.className)));
    }
    const namespaces = new namespace_v1_1.NamespaceV1(scope, 'VirtualClusterNamespaces', {
        provider: providers.kubernetes,
        metadata: { name: '${each.key}', labels: { ...MANAGED_BY, 'cluster-groups/virtual-cluster': '${each.key}', 'cluster-groups/group': '${each.value}' } },
    });
    namespaces.addOverride('for_each', cdktf_1.Lazy.anyValue({ produce: () => registry.namespacesOn(host.path) }));
    namespaces.overrideLogicalId(`vcluster_${alias}`);
    const vcluster = group.charts.vcluster;
    const releases = new release_1.Release(scope, 'VirtualClusters', {
        provider: providers.helm,
        name: '${each.key}',
        namespace: '${each.key}',
        repository: vcluster.repository,
        chart: vcluster.chart,
        version: vcluster.version,
        values: ['${each.value.values}'],
        dependsOn: [namespaces, ...dependencies],
    });
    releases.addOverride('for_each', cdktf_1.Lazy.anyValue({ produce: () => registry.releasesOn(host.path) }));
    releases.overrideLogicalId(`vcluster_${alias}`);
    return providers;
}
