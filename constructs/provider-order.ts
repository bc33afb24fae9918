import { TerraformProvider } from 'cdktf';
import { compareText } from '../src/model/order';

type Render = () => unknown;
const RENDERERS = ['toTerraform', 'toHclTerraform'] as const;

/**
 * cdktf writes provider blocks in construct order, which is the order hosts were declared
 * in; reordering hosts in code would then change cdk.tf.json. Each provider we create
 * renders instead the block of the provider of the same rank in alias order. Resources name
 * their provider by alias (`helm.dc1`), so where a block sits means nothing to Terraform,
 * and the same hosts declared in any order give the same bytes.
 */
export class ProvidersByAlias {
  private readonly providers: TerraformProvider[] = [];
  private readonly originals = new Map<TerraformProvider, Record<(typeof RENDERERS)[number], Render>>();
  private sorted?: TerraformProvider[];

  add(provider: TerraformProvider): void {
    const rank = this.providers.length;
    this.providers.push(provider);
    this.sorted = undefined;
    this.originals.set(provider, { toTerraform: provider.toTerraform.bind(provider), toHclTerraform: provider.toHclTerraform.bind(provider) });
    for (const renderer of RENDERERS) {
      Object.defineProperty(provider, renderer, { value: () => this.originals.get(this.inAliasOrder()[rank])![renderer]() });
    }
  }

  has(provider: TerraformProvider): boolean {
    return this.originals.has(provider);
  }

  private inAliasOrder(): TerraformProvider[] {
    this.sorted ??= [...this.providers].sort((a, b) => compareText(a.alias ?? '', b.alias ?? ''));
    return this.sorted;
  }
}
