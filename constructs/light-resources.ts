import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { namespaceV1MetadataToHclTerraform, namespaceV1MetadataToTerraform } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { booleanToHclTerraform, listMapperHcl, numberToHclTerraform, stringToHclTerraform, TerraformResource, TerraformResourceLifecycle, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { PlainJson } from './plain-json';

/**
 * `helm_release` and `kubernetes_namespace_v1` as plain cdktf resources, holding only the
 * attributes we set and writing them as the provider bindings write them (JSON and HCL; a test
 * compares both with the bindings'). The bindings' constructors build a typed reference object
 * for every attribute block of the schema (metadata, set, set_list, postrender, timeouts, ...),
 * each taking a stack trace: a fifth of a synth at 1,000 hosts, for references we never read.
 */

/** What the providers' generated bindings declare, for cdktf's check that a resource has its provider. */
const HELM = { providerName: 'helm', providerVersion: '3.1.1', providerVersionConstraint: '~> 3.0' };
const KUBERNETES = { providerName: 'kubernetes', providerVersion: '2.38.0', providerVersionConstraint: '~> 2.0' };

export interface LightReleaseConfig {
  readonly provider: HelmProvider;
  readonly name: string;
  readonly chart: string;
  readonly repository?: string;
  readonly version?: string;
  readonly namespace: string;
  readonly wait?: boolean;
  readonly atomic?: boolean;
  readonly upgradeInstall?: boolean;
  readonly timeout?: number;
  readonly maxHistory?: number;
  readonly values: string[];
  /** Terraform addresses (`helm_release.<name>`) of what must be in place first. */
  readonly dependsOn?: readonly string[];
  readonly dependencyUpdate?: boolean;
  readonly lifecycle?: TerraformResourceLifecycle;
}

/** A resource's JSON, its attributes kept out of cdktf's resolver where they can be (constructs/plain-json.ts). */
function withPlainBody(resource: TerraformResource, fragment: { resource?: Record<string, Record<string, Record<string, unknown>>> }): unknown {
  const bodies = fragment.resource?.[resource.terraformResourceType];
  const id = resource.friendlyUniqueId;
  if (bodies?.[id]) bodies[id] = PlainJson.of(TerraformStack.of(resource)).body(resource, bodies[id]) as Record<string, unknown>;
  return fragment;
}

const simple = (value: unknown, storageClassType: string) => ({ value, isBlock: false, type: 'simple', storageClassType });

/** Only what is set is written, as the bindings do. */
const defined = <T extends object>(attributes: T): Partial<T> => Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined)) as Partial<T>;

export class LightRelease extends TerraformResource {
  constructor(
    scope: Construct,
    id: string,
    private readonly config: LightReleaseConfig,
  ) {
    super(scope, id, { terraformResourceType: 'helm_release', terraformGeneratorMetadata: HELM, provider: config.provider, lifecycle: config.lifecycle });
    // Given to cdktf's constructor, each dependency would become a token with a full stack trace
    // (source-mapped under tsx), only to resolve to the address it was given: the addresses are
    // written as they are.
    if (config.dependsOn) this.dependsOn = [...config.dependsOn];
  }

  override toTerraform(): unknown {
    return withPlainBody(this, super.toTerraform());
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    const { atomic, chart, dependencyUpdate, maxHistory, name, namespace, repository, timeout, upgradeInstall, values, version, wait } = this.config;
    return defined({
      atomic,
      chart,
      dependency_update: dependencyUpdate,
      max_history: maxHistory,
      name,
      namespace,
      repository,
      timeout,
      upgrade_install: upgradeInstall,
      values: [...values],
      version,
      wait,
    });
  }

  protected synthesizeHclAttributes(): Record<string, unknown> {
    const { atomic, chart, dependencyUpdate, maxHistory, name, namespace, repository, timeout, upgradeInstall, values, version, wait } = this.config;
    const flag = (value: boolean | undefined) => (value === undefined ? undefined : simple(booleanToHclTerraform(value), 'boolean'));
    const count = (value: number | undefined) => (value === undefined ? undefined : simple(numberToHclTerraform(value), 'number'));
    const attributes = {
      atomic: flag(atomic),
      chart: simple(stringToHclTerraform(chart), 'string'),
      dependency_update: flag(dependencyUpdate),
      max_history: count(maxHistory),
      name: simple(stringToHclTerraform(name), 'string'),
      namespace: simple(stringToHclTerraform(namespace), 'string'),
      repository: repository === undefined ? undefined : simple(stringToHclTerraform(repository), 'string'),
      timeout: count(timeout),
      upgrade_install: flag(upgradeInstall),
      values: { value: listMapperHcl(stringToHclTerraform, false)(values), isBlock: false, type: 'list', storageClassType: 'stringList' },
      version: version === undefined ? undefined : simple(stringToHclTerraform(version), 'string'),
      wait: flag(wait),
    };
    return defined(attributes);
  }
}

export interface LightNamespaceConfig {
  readonly provider: KubernetesProvider;
  readonly name: string;
  readonly labels: Record<string, string>;
}

export class LightNamespace extends TerraformResource {
  constructor(
    scope: Construct,
    id: string,
    private readonly config: LightNamespaceConfig,
  ) {
    super(scope, id, { terraformResourceType: 'kubernetes_namespace_v1', terraformGeneratorMetadata: KUBERNETES, provider: config.provider });
  }

  /** The namespace's name as Terraform reads it from this resource (a dependency on it, as `metadata.name` of the binding gives). */
  get nameReference(): string {
    return `\${${this.terraformResourceType}.${this.friendlyUniqueId}.metadata[0].name}`;
  }

  override toTerraform(): unknown {
    return withPlainBody(this, super.toTerraform());
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return { metadata: namespaceV1MetadataToTerraform({ name: this.config.name, labels: this.config.labels }) };
  }

  protected synthesizeHclAttributes(): Record<string, unknown> {
    const metadata = namespaceV1MetadataToHclTerraform({ name: this.config.name, labels: this.config.labels });
    return { metadata: { value: metadata, isBlock: true, type: 'list', storageClassType: 'NamespaceV1MetadataList' } };
  }
}
