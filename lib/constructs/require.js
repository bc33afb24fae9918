"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.requireGroup = requireGroup;
const constructs_1 = require("constructs");
const brand_1 = require("./brand");
/** A construct of the wrong kind is a programming error: refused at once, with what was expected. */
function requireGroup(scope, group, prop) {
    if (!(0, brand_1.hasBrand)(group, brand_1.BRANDS.group)) {
        const got = group instanceof constructs_1.Construct ? `the construct ${group.node.path} (${group.constructor.name})` : group === undefined ? 'nothing' : typeof group;
        throw new Error(`${scope.node.path}: '${prop}' received ${got}; expected a ClusterGroup. Fix: pass the ClusterGroup this belongs to, or use group.addHost(...) / group.addVirtualCluster(...).`);
    }
    return group;
}
