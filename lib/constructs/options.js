"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HostEndpoint = exports.Connection = exports.Scope = exports.ExternalTrafficPolicy = exports.Distribution = exports.HostKind = exports.EndpointType = void 0;
const cdktf_1 = require("cdktf");
/** How a group's virtual clusters are reached (CG-3): no default, a group states it. */
var EndpointType;
(function (EndpointType) {
    /** One load-balancer IP per virtual cluster (MetalLB or a cloud load balancer). */
    EndpointType["LOAD_BALANCER"] = "LoadBalancer";
    /** One hostname per virtual cluster under the host's wildcard DNS, through an ingress controller with TLS passthrough. */
    EndpointType["INGRESS"] = "Ingress";
})(EndpointType || (exports.EndpointType = EndpointType = {}));
/** What kind of cluster a host is (CG-7). */
var HostKind;
(function (HostKind) {
    HostKind["PUBLIC_CLOUD"] = "public-cloud";
    HostKind["PRIVATE_CLOUD"] = "private-cloud";
    HostKind["EDGE"] = "edge";
    /** Refused as a host (CG-7); listed so that the refusal is a clear finding. */
    HostKind["VIRTUAL_CLUSTER"] = "virtual-cluster";
    /** Refused as a host (CG-7). */
    HostKind["PRIVATE_CLOUD_GATEWAY"] = "private-cloud-gateway";
    /** Refused as a host (CG-7). */
    HostKind["IMPORTED_READ_ONLY"] = "imported-read-only";
})(HostKind || (exports.HostKind = HostKind = {}));
var Distribution;
(function (Distribution) {
    Distribution["K8S"] = "k8s";
    /** Deprecated; impossible with vcluster chart 0.33 and later (CG-15). */
    Distribution["K3S"] = "k3s";
})(Distribution || (exports.Distribution = Distribution = {}));
var ExternalTrafficPolicy;
(function (ExternalTrafficPolicy) {
    ExternalTrafficPolicy["CLUSTER"] = "Cluster";
    ExternalTrafficPolicy["LOCAL"] = "Local";
})(ExternalTrafficPolicy || (exports.ExternalTrafficPolicy = ExternalTrafficPolicy = {}));
/** Where a group or a host belongs: the whole tenant or one project (CG-2). */
class Scope {
    spec;
    static tenant() {
        return new Scope({ kind: 'tenant' });
    }
    static project(name) {
        return new Scope({ kind: 'project', project: name });
    }
    constructor(/** @internal */ spec) {
        this.spec = spec;
    }
}
exports.Scope = Scope;
function secret(value) {
    return value instanceof cdktf_1.TerraformVariable ? { kind: 'variable', name: value.friendlyUniqueId, sensitive: value.sensitive === true } : { kind: 'literal' };
}
/** The text Terraform gets for a value that may be a variable: its reference, or the literal. */
function reference(value) {
    return value instanceof cdktf_1.TerraformVariable ? value.stringValue : value;
}
/** How the providers of a host reach its API server (HC-5). */
class Connection {
    spec;
    attributes;
    /** A kubeconfig file and, optionally, one of its contexts (the current one otherwise). */
    static kubeconfig(path, context) {
        return new Connection({ kind: 'kubeconfig', path, context }, { configPath: path, configContext: context });
    }
    /** API server, CA and a bearer token from sensitive Terraform variables. */
    static token(options) {
        const token = secret(options.token);
        return new Connection({ kind: 'token', host: reference(options.host), clusterCaCertificate: reference(options.clusterCaCertificate), token }, 
        // A literal token is never written, whatever the rules say later.
        { host: reference(options.host), clusterCaCertificate: reference(options.clusterCaCertificate), token: token.kind === 'variable' ? reference(options.token) : undefined });
    }
    /** An exec credential plugin (e.g. `aws eks get-token`, `kubelogin`). */
    static exec(options) {
        const exec = { apiVersion: options.apiVersion, command: options.command, args: options.args ?? [] };
        return new Connection({ kind: 'exec', host: reference(options.host), clusterCaCertificate: reference(options.clusterCaCertificate), apiVersion: options.apiVersion, command: options.command, args: exec.args }, { host: reference(options.host), clusterCaCertificate: reference(options.clusterCaCertificate), exec });
    }
    constructor(
    /** @internal */ spec, 
    /** @internal The attributes both providers share. */ attributes) {
        this.spec = spec;
        this.attributes = attributes;
    }
}
exports.Connection = Connection;
/** What gives a host's virtual clusters their endpoints (CG-6, CG-9, CG-11, CG-12). */
class HostEndpoint {
    spec;
    /** MetalLB installed by us, with the given address pools. */
    static metallb(options) {
        const peers = (options.bgpPeers ?? []).map((peer) => ({ ...peer }));
        return new HostEndpoint({ kind: 'metallb', pools: [...(options.addressPools ?? [])], bgpPeers: peers });
    }
    /** A load balancer the cloud provides for LoadBalancer services. */
    static cloudLoadBalancer() {
        return new HostEndpoint({ kind: 'cloud-load-balancer' });
    }
    /** ingress-nginx installed by us with SSL passthrough on. */
    static ingressNginx(options = {}) {
        return new HostEndpoint({ kind: 'ingress-nginx', className: options.className ?? 'nginx' });
    }
    /** An ingress controller already on the host, declared by its class, with passthrough asserted. */
    static existingIngress(options) {
        return new HostEndpoint({ kind: 'existing-ingress', className: options.className, sslPassthrough: options.sslPassthrough });
    }
    constructor(/** @internal */ spec) {
        this.spec = spec;
    }
}
exports.HostEndpoint = HostEndpoint;
