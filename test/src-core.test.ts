import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { run, validIngressModel, validLbModel } from './support/model';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = join(dir, entry);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

describe('the core in src/', () => {
  it('imports neither cdktf nor constructs', () => {
    const offenders = files(join(__dirname, '..', 'src')).filter((file) => /from ['"](cdktf|constructs|@cdktf\/)/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('imports provider bindings deeply, never through a package barrel', () => {
    const all = [...files(join(__dirname, '..', 'constructs')), ...files(join(__dirname, '..', 'examples'))].filter((f) => f.endsWith('.ts'));
    const barrels = all.filter((file) => /from ['"]@cdktf\/provider-(helm|kubernetes)['"]/.test(readFileSync(file, 'utf8')));
    expect(barrels).toEqual([]);
  });

  it('finds nothing wrong in the valid test models', () => {
    expect(run(validLbModel()).findings).toEqual([]);
    expect(run(validIngressModel()).warnings.map((f) => f.rule)).toEqual(['CG-11', 'CG-11']);
    expect(run(validIngressModel()).errors).toEqual([]);
  });
});
