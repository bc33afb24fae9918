import { group, lbWith, rulesOf } from '../support/model';

describe('CG-18 disk backup', () => {
  it('refuses disk backup, which needs a host path mapper we do not install', () => {
    expect(rulesOf(lbWith(() => ({ groups: [group({ diskBackup: true })] })))).toEqual({ errors: ['CG-18'], warnings: [] });
  });
});
