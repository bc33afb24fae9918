import { group, lbWith, rulesOf } from '../support/model';

describe('CG-3 endpoint type', () => {
  it.each([undefined, 'loadbalancer', 'NodePort'])('refuses %p', (endpointType) => {
    expect(rulesOf(lbWith(() => ({ groups: [group({ endpointType })] }))).errors).toContain('CG-3');
  });
});
