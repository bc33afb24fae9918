"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VirtualCluster = void 0;
const constructs_1 = require("constructs");
const defaults_1 = require("../src/model/defaults");
const brand_1 = require("./brand");
const registry_1 = require("./registry");
const require_1 = require("./require");
/**
 * A virtual cluster of a group. It holds no Terraform resource of its own: its namespace
 * and release are instances of its host's `for_each` resources, keyed by its name.
 */
class VirtualCluster extends constructs_1.Construct {
    static isVirtualCluster(x) {
        return (0, brand_1.hasBrand)(x, brand_1.BRANDS.virtualCluster);
    }
    name;
    group;
    constructor(scope, id, props) {
        super(scope, id);
        (0, brand_1.brand)(this, brand_1.BRANDS.virtualCluster);
        this.group = (0, require_1.requireGroup)(this, props.group, 'group');
        this.name = props.name;
        const host = props.host;
        const spec = {
            path: this.node.path,
            name: props.name,
            group: this.group.spec.path,
            host: (0, brand_1.hasBrand)(host, brand_1.BRANDS.host) ? host.name : host,
            resources: {
                cpu: props.resources?.cpu ?? defaults_1.DEFAULT_VIRTUAL_CLUSTER_REQUEST.cpu,
                memory: props.resources?.memory ?? defaults_1.DEFAULT_VIRTUAL_CLUSTER_REQUEST.memory,
                storage: props.resources?.storage ?? defaults_1.DEFAULT_VIRTUAL_CLUSTER_REQUEST.storage,
            },
            paused: props.paused ?? false,
            values: props.values,
            loadBalancer: props.loadBalancer,
            owner: props.owner,
        };
        registry_1.ClusterGroupsRegistry.of(this).addVirtualCluster(spec);
    }
}
exports.VirtualCluster = VirtualCluster;
