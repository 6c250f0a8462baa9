/**
 * The project's import graph, read with the TypeScript parser (no bundler): each source file's
 * imports, resolved to repository paths, with whether the import is type-only. Rooms are the top
 * folders of the layout (`utils/<room>`, `components`, `entrypoints`, `userscript`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  from: string;
  /** A repository path without extension for relative imports, or the bare package name. */
  to: string;
  typeOnly: boolean;
  /** A package import (`dexie`, `wxt/browser`, `$`), not a file of the repository. */
  isPackage: boolean;
}

export function roomOf(path: string): string {
  const parts = path.split('/');
  return parts[0] === 'utils' ? `utils/${parts[1]}` : parts[0]!;
}

/** `wxt/browser` → `wxt`, `@preact/x` → `@preact/x`; relative specifiers resolved against the file. */
function resolveSpecifier(file: string, specifier: string): string {
  if (specifier.startsWith('.')) return normalize(join(dirname(file), specifier)).replace(/\.(tsx?|jsx?)$/, '');
  return specifier;
}

export function importsOf(file: string, source: string): ImportEdge[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const edges: ImportEdge[] = [];
  const add = (specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (specifier && ts.isStringLiteral(specifier)) edges.push({ from: file, to: resolveSpecifier(file, specifier.text), typeOnly, isPackage: !specifier.text.startsWith('.') });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const namedTypesOnly =
        !!clause?.namedBindings && ts.isNamedImports(clause.namedBindings) && !clause.name &&
        clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly);
      add(node.moduleSpecifier, !!clause && (clause.isTypeOnly || namedTypesOnly));
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal as ts.Expression, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return edges;
}

export function readGraph(files: readonly string[], root: string): ImportEdge[] {
  return files.flatMap((f) => importsOf(f, readFileSync(join(root, f), 'utf8')));
}
