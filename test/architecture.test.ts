import { readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve, sep } from 'path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..');

/** The layers of src/, lowest first: a folder imports only from layers below its own. */
const LAYERS: Readonly<Record<string, number>> = { model: 0, placement: 1, charts: 1, rules: 2, evaluate: 3, emit: 4, review: 5, cli: 6 };
/** Files at the top of src/, each a layer of its own (package-root.ts is a leaf any layer may use). */
const TOP_FILES: Readonly<Record<string, number>> = { 'evaluate.ts': LAYERS.evaluate, 'package-root.ts': -1 };
/** The one file of constructs/ that may reach into cdktf beyond its entry. */
const ADAPTER = 'constructs/cdktf-adapter.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = join(dir, entry);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Every module a file names: static imports and exports, `import('…')` types and expressions, and `require('…')` calls, read by the TypeScript parser. */
function specifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) found.push(node.argument.literal.text);
    if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) found.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The layer of a file under src/: its folder, or the file itself at the top. */
function layerOf(file: string): { name: string; rank: number } {
  const [first, ...rest] = relative(join(ROOT, 'src'), file).split(sep);
  if (rest.length === 0) return { name: first, rank: TOP_FILES[first] };
  return { name: first, rank: LAYERS[first] };
}

/** The src/ file an import names, when it is a relative import. */
function target(file: string, specifier: string): string | undefined {
  return specifier.startsWith('.') ? resolve(dirname(file), specifier) : undefined;
}

const srcFiles = files(join(ROOT, 'src'));

describe('the folder graph of src/', () => {
  it('knows the layer of every file', () => {
    expect(srcFiles.filter((file) => layerOf(file).rank === undefined).map((file) => relative(ROOT, file))).toEqual([]);
  });

  it('points one way, model ← placement, charts ← rules ← evaluate ← emit ← review ← cli, so it has no cycle', () => {
    const against = srcFiles.flatMap((file) => {
      const from = layerOf(file);
      return specifiers(file).flatMap((specifier) => {
        const to = target(file, specifier);
        if (!to || !to.startsWith(join(ROOT, 'src'))) return [];
        const layer = layerOf(`${to}.ts`);
        return layer.name === from.name || layer.rank < from.rank ? [] : [`${relative(ROOT, file)} → ${specifier} (${from.name} → ${layer.name})`];
      });
    });
    expect(against).toEqual([]);
  });

  it('imports neither cdktf, constructs, provider bindings nor the constructs/ folder', () => {
    const framework = /^(cdktf|constructs|@cdktf\/)/;
    const offenders = srcFiles.flatMap((file) =>
      specifiers(file)
        .filter((specifier) => framework.test(specifier) || (target(file, specifier) ?? '').startsWith(join(ROOT, 'constructs')))
        .map((specifier) => `${relative(ROOT, file)} → ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });
});

describe('constructs/', () => {
  it(`reaches into cdktf/lib/… only from ${ADAPTER}`, () => {
    const deep = files(join(ROOT, 'constructs')).flatMap((file) =>
      specifiers(file)
        .filter((specifier) => specifier.startsWith('cdktf/'))
        .map((specifier) => `${relative(ROOT, file)} → ${specifier}`),
    );
    expect(deep.filter((line) => !line.startsWith(`${ADAPTER} `))).toEqual([]);
    expect(deep.length).toBeGreaterThan(0);
  });
});

describe('the import reader', () => {
  it('finds static, type, dynamic and require imports, and nothing in comments or strings', () => {
    const file = join(__dirname, 'fixtures', 'imports.sample.ts.txt');
    expect(specifiers(file)).toEqual(['./a', './b', './c', './d', './e', 'f']);
  });
});
