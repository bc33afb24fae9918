/** Names as Kubernetes and Terraform accept them. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** RFC 1123 label, as Kubernetes checks namespace and release names: lowercase alphanumerics and '-', at most 63. */
export function isDnsLabel(name: unknown): name is string {
  return typeof name === 'string' && name.length <= 63 && DNS_LABEL.test(name);
}

/** RFC 1035 label, as Kubernetes checks Service names: an RFC 1123 label that starts with a letter. */
export function isDns1035Label(name: unknown): name is string {
  return isDnsLabel(name) && /^[a-z]/.test(name);
}

/** A string with something in it besides spaces. */
export function isNonBlank(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** RFC 1123 subdomain: dot-separated labels, at most 253 in all. */
export function isDnsName(name: unknown): boolean {
  return typeof name === 'string' && name.length <= 253 && name.split('.').every(isDnsLabel);
}

/** `*.apps.example.com`: a wildcard over a DNS name of at least two labels. */
export function isWildcardDns(pattern: unknown): pattern is string {
  if (typeof pattern !== 'string' || !pattern.startsWith('*.')) return false;
  const base = pattern.slice(2);
  return isDnsName(base) && base.includes('.');
}

/** `<name>.<host DNS without "*.">`: where an Ingress group's virtual cluster is reached. */
export function ingressHostname(name: string, wildcardDns: unknown): string | undefined {
  return isWildcardDns(wildcardDns) ? `${name}.${wildcardDns.slice(2)}` : undefined;
}

/**
 * The Terraform identifier derived from a DNS label (provider alias, resource name suffix):
 * '-' becomes '_' (labels never hold '_'), and a leading digit gets an `h` prefix,
 * since Terraform names start with a letter or '_'.
 */
export function terraformName(label: string): string {
  const name = label.replace(/-/g, '_');
  return /^[0-9]/.test(name) ? `h${name}` : name;
}

/** The Terraform output of a group, from its key (`name` or `project/name`). Not one-to-one: CG-1 refuses two groups of one output name. */
export function outputName(groupKey: string): string {
  return `cluster_group_${groupKey.split('/').map(terraformName).join('__')}`;
}
