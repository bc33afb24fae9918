import { HelmProvider, HelmProviderConfig } from '@cdktf/provider-helm/lib/provider';
import { KubernetesProvider, KubernetesProviderConfig } from '@cdktf/provider-kubernetes/lib/provider';
import { TerraformProvider, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { compareText } from '../src/model/order';
import { PlainJson } from './plain-json';

/** A provider of ours that can render its own block, and render another's in its place. */
interface Ranked extends TerraformProvider {
  order?: ProvidersByAlias;
  ownTerraform(): unknown;
  ownHclTerraform(): unknown;
}

/**
 * cdktf writes provider blocks in construct order, which is the order hosts were declared
 * in; reordering hosts in code would then change cdk.tf.json. Each provider we create renders
 * instead the block of the provider of the same rank in alias order. Resources name their
 * provider by alias (`helm.dc1`), so where a block sits means nothing to Terraform, and the
 * same hosts declared in any order give the same bytes.
 */
export class ProvidersByAlias {
  private readonly providers: Ranked[] = [];
  private sorted?: Ranked[];

  /** Takes a provider of ours into the order; it renders the block of its rank from then on. */
  add<T extends Ranked>(provider: T): T {
    provider.order = this;
    this.providers.push(provider);
    this.sorted = undefined;
    return provider;
  }

  has(provider: TerraformProvider): boolean {
    return this.providers.includes(provider as Ranked);
  }

  /** The provider whose block the given one renders: the one of the same rank in alias order. */
  blockOf(provider: Ranked): Ranked {
    this.sorted ??= [...this.providers].sort((a, b) => compareText(a.alias ?? '', b.alias ?? ''));
    return this.sorted[this.providers.indexOf(provider)] ?? provider;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ProviderClass = new (...args: any[]) => TerraformProvider;

/** A provider class whose blocks render in alias order: `toTerraform` and `toHclTerraform` are the public methods every element renders through. */
function inAliasOrder<B extends ProviderClass>(Base: B) {
  return class extends Base implements Ranked {
    /** Set by the registry when it takes the provider into its order. */
    order?: ProvidersByAlias;

    ownTerraform(): unknown {
      // The block kept out of cdktf's resolver where it can be (constructs/plain-json.ts).
      const fragment = super.toTerraform() as { provider?: Record<string, Array<Record<string, unknown>>> };
      const plain = PlainJson.of(TerraformStack.of(this));
      for (const [type, blocks] of Object.entries(fragment.provider ?? {})) if (blocks.length === 1) fragment.provider![type] = [plain.body(this, blocks[0]) as Record<string, unknown>];
      return fragment;
    }

    ownHclTerraform(): unknown {
      return super.toHclTerraform();
    }

    override toTerraform(): unknown {
      return this.order ? this.order.blockOf(this).ownTerraform() : this.ownTerraform();
    }

    override toHclTerraform(): unknown {
      return this.order ? this.order.blockOf(this).ownHclTerraform() : this.ownHclTerraform();
    }
  };
}

export const OrderedKubernetesProvider: new (scope: Construct, id: string, config: KubernetesProviderConfig) => KubernetesProvider & Ranked = inAliasOrder(KubernetesProvider);
export const OrderedHelmProvider: new (scope: Construct, id: string, config: HelmProviderConfig) => HelmProvider & Ranked = inAliasOrder(HelmProvider);
