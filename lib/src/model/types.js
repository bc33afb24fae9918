"use strict";
/**
 * The model: plain data collected from the constructs' props, before any rule has looked
 * at it. Fields a user types are kept as received (`unknown` where JavaScript callers
 * may hand in anything) so that the rules, not the type system, report what is wrong.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.HOST_KINDS = void 0;
exports.HOST_KINDS = ['public-cloud', 'private-cloud', 'edge', 'virtual-cluster', 'private-cloud-gateway', 'imported-read-only'];
