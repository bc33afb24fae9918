/**
 * The one file that reaches into cdktf (and constructs) beyond their package entries: a move to
 * another release or fork of the framework (cdktn) starts here. Everything else in constructs/ uses
 * their public entries only.
 */
import { IStackSynthesizer, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { addCustomSynthesis, StackSynthesizer } from 'cdktf/lib/synthesize/synthesizer';

/** Runs `write(outdir)` when the construct's stack is synthesized, after its validations passed and before cdktf writes the stack. */
export function onSynthesize(construct: IConstruct, write: (outdir: string) => void): void {
  addCustomSynthesis(construct, { onSynthesize: (session) => write(session.outdir) });
}

/** Whether a stack writes its cdk.tf.json with cdktf's own synthesizer (not one of the user's). */
export function isCdktfSynthesizer(synthesizer: IStackSynthesizer): boolean {
  return synthesizer instanceof StackSynthesizer;
}

/**
 * Whether the app was made by cdktf's `Testing.app()`: it stubs the cdktf version in the context (a
 * `cdktf synth` sets the real one, a plain `new App()` none). Such an app belongs to a unit test.
 */
export function isTestingApp(construct: IConstruct): boolean {
  return construct.node.tryGetContext('cdktfVersion') === 'stubbed';
}

/** Whether the stack has overrides of its own (`stack.addOverride`), which cdktf merges into the document after resolving it; where it keeps them elsewhere, assumed so. */
export function hasStackOverrides(stack: TerraformStack): boolean {
  const overrides = (stack as unknown as { rawOverrides?: unknown }).rawOverrides;
  return typeof overrides !== 'object' || overrides === null || Object.keys(overrides).length > 0;
}

/** What `listChildrenAsAdded` relies on in constructs' `Node` (10.x; private in its types). */
interface NodeInternals {
  addChild(child: IConstruct, name: string): void;
  tryRemoveChild(name: string): boolean;
}

/** A name the engine lists before all others, in numeric order: an array index. */
function isIndex(name: string): boolean {
  return /^(?:0|[1-9]\d{0,9})$/.test(name) && Number(name) < 2 ** 32 - 1;
}

/**
 * Lists the construct's children from lists kept as they are added, in the order constructs lists
 * them (array-index names first, by number, then the others as added), instead of from constructs'
 * record of them. That record is a plain object, which past about a thousand keys the engine keeps
 * as a dictionary: listing its values in order takes about 6 ms at 20,000 children and 100 ms at
 * 100,000, and cdktf lists a group's children about ten times a synth, in its walks of the tree.
 * Called on a construct without children yet; where constructs' `Node` lacks what this relies on,
 * the construct keeps constructs' own listing.
 */
export function listChildrenAsAdded(construct: IConstruct): void {
  const node = construct.node as unknown as NodeInternals;
  const listing = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(node), 'children')?.get;
  if (typeof node.addChild !== 'function' || typeof node.tryRemoveChild !== 'function' || !listing || (listing.call(node) as unknown[]).length > 0) return;
  const { addChild, tryRemoveChild } = node;
  const named = new Map<string, IConstruct>();
  const indexed = new Map<number, IConstruct>();
  Object.defineProperties(node, {
    addChild: {
      value: (child: IConstruct, name: string): void => {
        addChild.call(node, child, name);
        if (isIndex(name)) indexed.set(Number(name), child);
        else named.set(name, child);
      },
    },
    tryRemoveChild: {
      value: (name: string): boolean => {
        const removed = tryRemoveChild.call(node, name);
        if (removed) {
          if (isIndex(name)) indexed.delete(Number(name));
          else named.delete(name);
        }
        return removed;
      },
    },
    children: {
      get: (): IConstruct[] => (indexed.size === 0 ? [...named.values()] : [...[...indexed].sort(([a], [b]) => a - b).map(([, child]) => child), ...named.values()]),
    },
  });
}
