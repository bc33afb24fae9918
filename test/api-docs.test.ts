/**
 * The public API's documentation: every optional prop of an exported interface says what it is and
 * its default (`@default`), as TypeDoc shows it. TypeDoc itself (`npm run docs`, run by .ci/run) fails on any
 * undocumented public member.
 */
import { readdirSync } from 'fs';
import { join } from 'path';
import ts from 'typescript';

const CONSTRUCTS = join(__dirname, '..', 'constructs');
const ENTRY = join(CONSTRUCTS, 'index.ts');

/** `Interface.prop: what is missing` for every optional prop of every interface the entry exports, and how many props were read. */
function undocumentedDefaults(): { problems: string[]; read: number } {
  // Our files only (no cdktf types): the exports and their declarations are all this needs, and it is quick.
  const files = readdirSync(CONSTRUCTS)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(CONSTRUCTS, file));
  const program = ts.createProgram(files, { noEmit: true, noResolve: true, types: [] });
  const checker = program.getTypeChecker();
  const entry = program.getSourceFile(ENTRY) as ts.SourceFile;
  const problems: string[] = [];
  let read = 0;
  for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(entry) as ts.Symbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    for (const declaration of symbol.declarations ?? []) {
      if (!ts.isInterfaceDeclaration(declaration)) continue;
      for (const member of declaration.members) {
        if (!ts.isPropertySignature(member) || !member.questionToken) continue;
        read += 1;
        const docs = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc);
        const sentence = docs
          .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
          .join(' ')
          .trim();
        const hasDefault = ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'default' && (ts.getTextOfJSDocComment(tag.comment) ?? '').trim() !== '');
        const missing = [...(sentence ? [] : ['sentence']), ...(hasDefault ? [] : ['@default'])];
        if (missing.length) problems.push(`${declaration.name.text}.${member.name.getText()}: no ${missing.join(', no ')}`);
      }
    }
  }
  return { problems, read };
}

describe('the public API documentation', () => {
  it('gives every optional prop a sentence and its @default', () => {
    const { problems, read } = undocumentedDefaults();
    expect(problems).toEqual([]);
    // Every props interface is read: ClusterGroupProps alone has more than 15 optional props.
    expect(read).toBeGreaterThan(60);
  });
});
