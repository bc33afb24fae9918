"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClusterGroup = void 0;
const cdktf_1 = require("cdktf");
const constructs_1 = require("constructs");
const catalog_1 = require("../src/charts/catalog");
const defaults_1 = require("../src/model/defaults");
const names_1 = require("../src/model/names");
const brand_1 = require("./brand");
const host_cluster_membership_1 = require("./host-cluster-membership");
const options_1 = require("./options");
const registry_1 = require("./registry");
const virtual_cluster_1 = require("./virtual-cluster");
/** A set of host clusters on which virtual clusters are placed and exposed one way. */
class ClusterGroup extends constructs_1.Construct {
    /** Whether x is a ClusterGroup, also across two copies of this package in one app. */
    static isClusterGroup(x) {
        return (0, brand_1.hasBrand)(x, brand_1.BRANDS.group);
    }
    name;
    endpointType;
    /** @internal */
    spec;
    constructor(scope, id, props) {
        super(scope, id);
        (0, brand_1.brand)(this, brand_1.BRANDS.group);
        this.name = props.name;
        this.endpointType = props.endpointType;
        const max = props.maxPerVirtualCluster ?? {};
        const registry = registry_1.ClusterGroupsRegistry.of(this);
        this.spec = {
            path: this.node.path,
            name: props.name,
            scope: (props.scope ?? options_1.Scope.tenant()).spec,
            endpointType: props.endpointType,
            maxPerVirtualCluster: {
                cpu: max.cpu ?? defaults_1.DEFAULT_MAX_PER_VIRTUAL_CLUSTER.cpu,
                memory: max.memory ?? defaults_1.DEFAULT_MAX_PER_VIRTUAL_CLUSTER.memory,
                storage: max.storage ?? defaults_1.DEFAULT_MAX_PER_VIRTUAL_CLUSTER.storage,
            },
            oversubscriptionPercent: props.oversubscriptionPercent,
            distribution: props.distribution,
            charts: (0, catalog_1.chartsFor)({
                vclusterVersion: props.vclusterChartVersion,
                vclusterRepository: props.chartRepositories?.vcluster,
                metallbRepository: props.chartRepositories?.metallb,
                ingressNginxRepository: props.chartRepositories?.ingressNginx,
            }),
            values: props.values,
            diskBackup: props.diskBackup ?? false,
            description: props.description,
            tags: { ...(props.tags ?? {}) },
        };
        registry.addGroup(this.spec);
        const key = this.spec.scope.kind === 'project' ? `${this.spec.scope.project}/${props.name}` : props.name;
        const output = new cdktf_1.TerraformOutput(this, 'VirtualClusters', {
            description: `Virtual clusters of group ${key}: host, endpoint and where the kubeconfig secret is (never the secret itself).`,
            value: cdktf_1.Lazy.anyValue({ produce: () => registry.outputOf(this.spec.path) }),
        });
        output.overrideLogicalId(`cluster_group_${key.split('/').map((part) => (0, names_1.terraformName)(String(part))).join('__')}`);
    }
    /** Adds a host to this group; same as `new HostClusterMembership(this, id, { group: this, ...options })`. */
    addHost(id, options) {
        return new host_cluster_membership_1.HostClusterMembership(this, id, { ...options, group: this });
    }
    /** Adds a virtual cluster to this group; same as `new VirtualCluster(this, id, { group: this, ...options })`. */
    addVirtualCluster(id, options) {
        return new virtual_cluster_1.VirtualCluster(this, id, { ...options, group: this });
    }
}
exports.ClusterGroup = ClusterGroup;
