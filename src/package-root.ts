import { existsSync } from 'fs';
import { dirname, join } from 'path';

/** The package's own folder, found from this file whether it runs from source or from the compiled output. */
export function packageRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cdktf-cluster-groups: no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}
