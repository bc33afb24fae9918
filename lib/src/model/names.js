"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isDnsLabel = isDnsLabel;
exports.isDnsName = isDnsName;
exports.isWildcardDns = isWildcardDns;
exports.terraformName = terraformName;
/** Names as Kubernetes and Terraform accept them. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** RFC 1123 label, as Kubernetes checks namespace and release names: lowercase alphanumerics and '-', at most 63. */
function isDnsLabel(name) {
    return typeof name === 'string' && name.length <= 63 && DNS_LABEL.test(name);
}
/** RFC 1123 subdomain: dot-separated labels, at most 253 in all. */
function isDnsName(name) {
    return typeof name === 'string' && name.length <= 253 && name.split('.').every(isDnsLabel);
}
/** `*.apps.example.com`: a wildcard over a DNS name of at least two labels. */
function isWildcardDns(pattern) {
    if (typeof pattern !== 'string' || !pattern.startsWith('*.'))
        return false;
    const base = pattern.slice(2);
    return isDnsName(base) && base.includes('.');
}
/**
 * The Terraform identifier derived from a DNS label (provider alias, resource name suffix):
 * '-' becomes '_' (labels never hold '_'), and a leading digit gets an `h` prefix,
 * since Terraform names start with a letter or '_'.
 */
function terraformName(label) {
    const name = label.replace(/-/g, '_');
    return /^[0-9]/.test(name) ? `h${name}` : name;
}
