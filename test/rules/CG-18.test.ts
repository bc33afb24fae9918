import { group, lbWith, rulesOf } from '../support/model';

describe('CG-18 disk backup', () => {
  it('warns that disk backup is privileged', () => {
    expect(rulesOf(lbWith(() => ({ groups: [group({ diskBackup: true })] })))).toEqual({ errors: [], warnings: ['CG-18'] });
  });
});
