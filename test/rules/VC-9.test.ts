import { rulesOf, run, validLbModel, vc } from '../support/model';

const withTeam = (overrides: Parameters<typeof vc>[1]) => {
  const model = validLbModel();
  return { ...model, virtualClusters: [vc('team-a', overrides), ...model.virtualClusters.slice(1)] };
};

describe('VC-9: the kubeconfig as a sensitive output', () => {
  it('warns where a virtual cluster puts its kubeconfig in the state', () => {
    expect(rulesOf(run(withTeam({ kubeconfigOutput: true })))).toEqual({ errors: [], warnings: ['VC-9'] });
  });

  it.each([undefined, false])('says nothing for kubeconfigOutput %p', (kubeconfigOutput) => {
    expect(rulesOf(run(withTeam({ kubeconfigOutput })))).toEqual({ errors: [], warnings: [] });
  });

  it('refuses a flag of the wrong kind', () => {
    const model = { ...withTeam({}), wrongProps: [{ path: 'app/lb/team-a', owner: 'virtual-cluster' as const, prop: 'kubeconfigOutput' as const, value: { kind: 'value' as const, value: 'true' } }] };
    expect(rulesOf(run(model)).errors).toEqual(['VC-9']);
  });
});
