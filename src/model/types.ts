/**
 * The model: plain data collected from the constructs' props, before any rule has looked
 * at it. Fields a user types are kept as received (`unknown` where JavaScript callers
 * may hand in anything) so that the rules, not the type system, report what is wrong.
 */

export type EndpointType = 'LoadBalancer' | 'Ingress';

/** Where a group or host lives: the whole tenant, or one named project. */
export type Scope = { readonly kind: 'tenant' } | { readonly kind: 'project'; readonly project: string };

/** The three resources a host offers and a virtual cluster requests. */
export const RESOURCE_NAMES = ['cpu', 'memory', 'storage'] as const;
export type ResourceName = (typeof RESOURCE_NAMES)[number];

export interface Resources<T = unknown> {
  readonly cpu: T;
  readonly memory: T;
  readonly storage: T;
}

export interface OwnerQuota {
  readonly virtualClusters?: unknown;
  readonly cpu?: unknown;
  readonly memory?: unknown;
  readonly storage?: unknown;
}

export interface ChartRef {
  readonly repository: string;
  readonly chart: string;
  readonly version: string;
}

/** A group's props as received: undefined where nothing was given (the model applies the defaults, fleet.ts). */
export interface GroupSpec {
  readonly path: string;
  readonly name: unknown;
  readonly scope?: Scope;
  readonly endpointType: unknown;
  readonly maxPerVirtualCluster?: Partial<Resources>;
  readonly oversubscriptionPercent: unknown;
  readonly distribution: unknown;
  readonly vclusterChartVersion?: string;
  readonly chartRepositories?: { readonly vcluster?: string; readonly metallb?: string; readonly ingressNginx?: string; readonly envoyGateway?: string; readonly nginxGatewayFabric?: string };
  /** Group-wide vcluster values: a YAML text or an object, as given. */
  readonly values?: unknown;
  readonly diskBackup?: boolean;
  /** Risky keys of per-virtual-cluster values the group allows, each with a reason (VC-7), as given. */
  readonly allowTenantValues?: unknown;
  /** Per-owner limits within the group: how many virtual clusters, and how much they may request. */
  readonly ownerQuotas?: Readonly<Record<string, OwnerQuota>>;
  readonly description?: string;
  readonly tags?: Readonly<Record<string, string>>;
  /** Object counts of every virtual cluster's namespace quota, as given (CG-20). */
  readonly objectQuota?: unknown;
  /** The storage class of the virtual clusters' data volumes, as given (CG-21); undefined for the host's default class. */
  readonly storageClass?: unknown;
  /** Values for the platform charts of every host of the group, under each host's own (HC-7), as given. */
  readonly platformValues?: { readonly metallb?: unknown; readonly ingressNginx?: unknown; readonly envoyGateway?: unknown; readonly nginxGatewayFabric?: unknown };
  /** The locked chart version whose downgrade or jump over a minor the user accepts (CG-22), as given. */
  readonly acknowledgeChartVersionChange?: unknown;
  /** Seconds Helm may take per release of the group (CG-19); undefined for the default. */
  readonly releaseTimeoutSeconds?: unknown;
}

/** A secret or sensitive input: a Terraform variable reference, or a literal the user typed in code. */
export type SecretInput =
  /** `literalDefault`: the variable has a default in code, which cdktf writes into cdk.tf.json (never the value itself here). */
  { readonly kind: 'variable'; readonly name: string; readonly sensitive: boolean; readonly literalDefault?: boolean } | { readonly kind: 'literal' };

export type ConnectionSpec =
  | { readonly kind: 'kubeconfig'; readonly path: unknown; readonly context?: unknown }
  | { readonly kind: 'token'; readonly host: unknown; readonly clusterCaCertificate: unknown; readonly token: SecretInput }
  | {
      readonly kind: 'exec';
      readonly host: unknown;
      readonly clusterCaCertificate?: unknown;
      /** The user's explicit choice to verify the API server against the system's CAs instead (HC-5 warns). */
      readonly trustSystemCaCertificates?: unknown;
      readonly apiVersion: unknown;
      readonly command: unknown;
      readonly args: readonly string[];
    }
  /** The construct paths of the providers handed in; undefined where a provider of that type was missing. */
  | { readonly kind: 'providers'; readonly kubernetes?: string; readonly helm?: string }
  | { readonly kind: 'none' };

export interface BgpPeerSpec {
  readonly name: string;
  readonly myAsn: number;
  readonly peerAsn: number;
  readonly peerAddress: string;
  /** Name of a Kubernetes secret (in MetalLB's namespace) holding the BGP password; the password itself never passes through here. */
  readonly passwordSecret?: string;
  /** The password, as a Terraform variable (HC-6): we create the secret MetalLB reads. */
  readonly password?: SecretInput;
}

/** ingress-nginx as we install it. `service`: how traffic reaches the controller, "LoadBalancer" or "HostPort"; undefined for the default of the host's kind. */
export interface IngressNginxSpec {
  readonly kind: 'ingress-nginx';
  readonly className?: string;
  readonly service?: unknown;
  readonly values?: unknown;
}

export type HostEndpoint =
  | { readonly kind: 'metallb'; readonly pools: readonly unknown[]; readonly bgpPeers: readonly BgpPeerSpec[]; readonly values?: unknown }
  | { readonly kind: 'cloud-load-balancer' }
  | IngressNginxSpec
  | { readonly kind: 'existing-ingress'; readonly className: unknown; readonly sslPassthrough: unknown }
  /**
   * A Gateway API implementation installed by us. `implementation`, `service` and `gatewayApiCrds`
   * ("install" or "present") as given, undefined for their defaults; `gatewayApiBundle` is the
   * bundle version of CRDs already present (CG-23); `keepIngressNginx`, during a move from
   * ingress-nginx, the ingress-nginx we installed, kept beside the Gateway until DNS points at it.
   */
  | {
      readonly kind: 'gateway';
      readonly implementation?: unknown;
      readonly service?: unknown;
      readonly gatewayApiCrds?: unknown;
      readonly gatewayApiBundle?: unknown;
      readonly keepIngressNginx?: IngressNginxSpec;
      /** Values of the controller's chart for this host, as given (HC-7). */
      readonly values?: unknown;
    }
  /** A Gateway already on the host, declared by its name, namespace and listener, with passthrough asserted (CG-11) and its CRDs' bundle version (CG-23). */
  | {
      readonly kind: 'existing-gateway';
      readonly name: unknown;
      readonly namespace: unknown;
      readonly listener: unknown;
      readonly listenerHostname?: unknown;
      readonly tlsPassthrough: unknown;
      readonly gatewayApiBundle: unknown;
    }
  | { readonly kind: 'none' };

export interface HostSpec {
  readonly path: string;
  readonly name: unknown;
  /** Path of the group the membership was added to. */
  readonly group: string;
  readonly kind: unknown;
  readonly scope?: Scope;
  readonly capacity: Resources;
  readonly connection: ConnectionSpec;
  readonly endpoint: HostEndpoint;
  readonly wildcardDns?: unknown;
  /** The host's name before a rename, as the lock may still know it (its resources then get Terraform `moved` blocks). */
  readonly formerName?: unknown;
}

export interface LoadBalancerOptions {
  readonly externalTrafficPolicy?: unknown;
  readonly sourceRanges?: readonly unknown[];
  /** Behind a cloud load balancer: the address (IP or DNS name) clients reach it at, as given (VC-6). */
  readonly address?: unknown;
}

export interface VirtualClusterSpec {
  readonly path: string;
  readonly name: unknown;
  readonly group: string;
  /** Name of the host it is pinned to, if any. */
  readonly host?: unknown;
  readonly resources?: Partial<Resources>;
  readonly paused?: boolean;
  readonly values?: unknown;
  readonly loadBalancer?: LoadBalancerOptions;
  readonly owner?: string;
  /** The storage class of its data volume, over the group's, as given (CG-21). */
  readonly storageClass?: unknown;
  /** Whether its kubeconfig becomes a sensitive output (VC-9). */
  readonly kubeconfigOutput?: boolean;
  /** Whether the stack reads its `endpoint` (VC-6: then it must be known at synth). Set when the attribute is read, after the spec is registered. */
  endpointRead?: boolean;
}

/** A move of a running virtual cluster accepted in code: for one virtual cluster, or every one of a group (by construct path). */
export interface MoveAcknowledgementSpec {
  readonly path: string;
  readonly reason: unknown;
  /** A fleet's acknowledgement that this host changes stack (PL-7), rather than a move of virtual clusters (PL-4). */
  readonly host?: string;
}

/** A kubernetes or helm provider block of the stack: one we created for a host, or the user's own. */
export interface ProviderSpec {
  readonly type: 'kubernetes' | 'helm';
  readonly path: string;
  readonly alias?: string;
  readonly ours: boolean;
  /** The stack it is in: a fleet's providers are in many stacks, and an alias is unique within one. @default one stack */
  readonly stack?: string;
}

export interface Model {
  readonly groups: readonly GroupSpec[];
  readonly hosts: readonly HostSpec[];
  readonly virtualClusters: readonly VirtualClusterSpec[];
  /** Props given as a value of the wrong kind, in the order the constructs received them; the rules that own those props report them. */
  readonly wrongProps?: readonly WrongProp[];
  /** Values a construct found unusable (CG-17). */
  readonly unusableValues?: readonly UnusableValues[];
  /** Every kubernetes and helm provider of the stack, for the alias rule (HC-1); absent where the model was not built from a stack. */
  readonly providers?: readonly ProviderSpec[];
  /** Moves accepted in code, each with its reason (PL-4). */
  readonly moveAcknowledgements?: readonly MoveAcknowledgementSpec[];
}

/** A value as a construct received it: another construct (named by its path and class), or a plain value. */
export type ReceivedValue = { readonly kind: 'construct'; readonly path: string; readonly className: string } | { readonly kind: 'value'; readonly value: unknown };

/** A prop that is not of the kind its type says (a JavaScript caller, or a cast): what was received, where. */
export interface WrongProp {
  readonly path: string;
  /** Which construct received it: the `group` prop of a host and of a virtual cluster belong to different rules. */
  readonly owner: 'group' | 'host' | 'virtual-cluster' | 'fleet';
  readonly prop: 'group' | 'scope' | 'connection' | 'endpoint' | 'paused' | 'diskBackup' | 'kubeconfigOutput' | 'sharding' | 'stackName' | 'configureStack';
  readonly value: ReceivedValue;
}

/**
 * Values that cannot be written as text for Helm, as a construct found them (only cdktf can tell
 * a Terraform expression from text): an expression at a key, or a getter that threw.
 */
export type UnusableValues = { readonly path: string; readonly kind: 'expression'; readonly at: string } | { readonly path: string; readonly kind: 'unreadable'; readonly problem: string };

export type Severity = 'error' | 'warning';

/** One thing a rule found: enough for a user to act on without reading the rule's code. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly path: string;
  readonly message: string;
  readonly received: string;
  readonly expected: string;
  readonly fix: string;
}
