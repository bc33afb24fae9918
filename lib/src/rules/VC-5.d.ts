import { Rule } from './rule';
/** `<name>.<host DNS without "*.">`: where an Ingress group's virtual cluster is reached. */
export declare function ingressHostname(name: string, wildcardDns: unknown): string | undefined;
export declare const VC5: Rule;
