"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BRANDS = void 0;
exports.brand = brand;
exports.hasBrand = hasBrand;
/** The brands of our constructs: `Symbol.for` keys are shared by every copy of this package in one app, so type checks hold across copies. */
exports.BRANDS = {
    group: 'cdktf-cluster-groups.ClusterGroup',
    host: 'cdktf-cluster-groups.HostClusterMembership',
    virtualCluster: 'cdktf-cluster-groups.VirtualCluster',
};
function brand(target, name) {
    Object.defineProperty(target, Symbol.for(name), { value: true, enumerable: false });
}
function hasBrand(x, name) {
    return typeof x === 'object' && x !== null && x[Symbol.for(name)] === true;
}
