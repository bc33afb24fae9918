"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HostClusterMembership = void 0;
const constructs_1 = require("constructs");
const brand_1 = require("./brand");
const host_resources_1 = require("./host-resources");
const options_1 = require("./options");
const registry_1 = require("./registry");
const require_1 = require("./require");
/** A host cluster's membership in a group: its provider pair and what we install on it. */
class HostClusterMembership extends constructs_1.Construct {
    static isHostClusterMembership(x) {
        return (0, brand_1.hasBrand)(x, brand_1.BRANDS.host);
    }
    name;
    group;
    /** The provider pair every resource of this host uses. */
    kubernetesProvider;
    helmProvider;
    constructor(scope, id, props) {
        super(scope, id);
        (0, brand_1.brand)(this, brand_1.BRANDS.host);
        this.group = (0, require_1.requireGroup)(this, props.group, 'group');
        this.name = props.name;
        const connection = props.providers ? undefined : props.connection;
        const spec = {
            path: this.node.path,
            name: props.name,
            group: this.group.spec.path,
            kind: props.kind,
            scope: (props.scope ?? options_1.Scope.tenant()).spec,
            capacity: { cpu: props.capacity?.cpu, memory: props.capacity?.memory, storage: props.capacity?.storage },
            connection: connection ? connection.spec : props.providers ? { kind: 'providers' } : { kind: 'kubeconfig', path: undefined },
            endpoint: props.endpoint.spec,
            wildcardDns: props.wildcardDns,
        };
        const registry = registry_1.ClusterGroupsRegistry.of(this);
        registry.addHost(spec);
        const providers = (0, host_resources_1.emitHost)(this, registry, this.group.spec, spec, connection, props.providers);
        this.kubernetesProvider = providers.kubernetes;
        this.helmProvider = providers.helm;
    }
}
exports.HostClusterMembership = HostClusterMembership;
