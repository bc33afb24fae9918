/** RFC 1123 label, as Kubernetes checks namespace and release names: lowercase alphanumerics and '-', at most 63. */
export declare function isDnsLabel(name: unknown): name is string;
/** RFC 1123 subdomain: dot-separated labels, at most 253 in all. */
export declare function isDnsName(name: unknown): boolean;
/** `*.apps.example.com`: a wildcard over a DNS name of at least two labels. */
export declare function isWildcardDns(pattern: unknown): pattern is string;
/**
 * The Terraform identifier derived from a DNS label (provider alias, resource name suffix):
 * '-' becomes '_' (labels never hold '_'), and a leading digit gets an `h` prefix,
 * since Terraform names start with a letter or '_'.
 */
export declare function terraformName(label: string): string;
