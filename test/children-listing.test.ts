import fc from 'fast-check';
import { Construct } from 'constructs';
import { listChildrenAsAdded } from '../constructs/cdktf-adapter';
import { ClusterGroup, EndpointType } from '../constructs';
import { TerraformStack } from 'cdktf';
import { testApp } from './support/synth';

/** Names constructs lists in another order than they were added (array indexes), and others. */
const NAMES = ['0', '1', '9', '10', '01', '-1', '4294967294', '4294967295', 'a', 'B', 'b', 'constructor', '__proto__', 'x y'];

describe("a group's children, listed as they were added", () => {
  it('come in the order constructs lists them, through adds and removals', () => {
    const step = fc.record({ remove: fc.boolean(), name: fc.constantFrom(...NAMES) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const plain = new Construct(undefined as unknown as Construct, 'plain');
        const listed = new Construct(undefined as unknown as Construct, 'listed');
        listChildrenAsAdded(listed);
        for (const { remove, name } of steps) {
          for (const root of [plain, listed]) {
            if (remove) root.node.tryRemoveChild(name);
            else if (!root.node.tryFindChild(name)) new Construct(root, name);
          }
        }
        const ids = (root: Construct) => root.node.children.map((child) => child.node.id);
        expect(ids(listed)).toEqual(ids(plain));
        expect(listed.node.findAll().map((c) => c.node.path.replace(/^listed/, ''))).toEqual(plain.node.findAll().map((c) => c.node.path.replace(/^plain/, '')));
      }),
      { numRuns: 500 },
    );
  });

  it("are a group's, and a construct that already has children keeps constructs' own listing", () => {
    const group = new ClusterGroup(new TerraformStack(testApp(), 's'), 'G', { name: 'g', endpointType: EndpointType.LOAD_BALANCER });
    expect(Object.getOwnPropertyDescriptor(group.node, 'children')).toBeDefined();
    const parent = new Construct(undefined as unknown as Construct, 'p');
    new Construct(parent, 'c');
    listChildrenAsAdded(parent);
    expect(Object.getOwnPropertyDescriptor(parent.node, 'children')).toBeUndefined();
    expect(parent.node.children.map((c) => c.node.id)).toEqual(['c']);
  });
});
