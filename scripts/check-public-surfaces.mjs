#!/usr/bin/env node
// Keeps each package's public surface curated: every name `src/index.ts` exports must be
// listed in the first column of the table under the README's "## Public surface" heading,
// and every name listed there must be exported. A new export therefore needs a line that
// says what it is for, and a helper that leaves the index leaves the README with it.
// `export *` is refused (it exports whatever a module happens to hold). Run by
// `npm run check:packages` and on its own with `npm run check:surfaces`; needs no build.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
/** Packages whose surface must be listed; any other package with the section is checked too. */
const REQUIRED = ['domain', 'scenarios', 'service', 'llm', 'planner', 'store'];
const HEADING = '## Public surface';

/** The names an index exports, and the problems that make it uncheckable. */
export function exportedNames(source) {
  const file = ts.createSourceFile('index.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names = [];
  const problems = [];
  for (const statement of file.statements) {
    if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause;
      if (clause === undefined)
        problems.push(`\`export * from ${statement.moduleSpecifier.getText(file)}\` cannot be curated; name the exports`);
      else if (ts.isNamespaceExport(clause)) names.push(clause.name.text);
      else for (const element of clause.elements) names.push(element.name.text);
      continue;
    }
    const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
    if (!modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) continue;
    if (ts.isVariableStatement(statement))
      for (const declaration of statement.declarationList.declarations) names.push(declaration.name.getText(file));
    else if (statement.name !== undefined) names.push(statement.name.text);
  }
  return { names, problems };
}

/** The names in the first column of the README's public-surface table, or null without the section. */
export function listedNames(readme) {
  const start = readme.indexOf(`\n${HEADING}\n`);
  if (start === -1) return null;
  const rest = readme.slice(start + HEADING.length + 2);
  const end = rest.search(/\n## /);
  const section = end === -1 ? rest : rest.slice(0, end);
  const names = [];
  for (const line of section.split('\n')) {
    const cells = line.split('|');
    if (!line.trimStart().startsWith('|') || cells.length < 3) continue;
    for (const match of (cells[1] ?? '').matchAll(/`([A-Za-z_$][\w$]*)`/g)) names.push(match[1]);
  }
  return names;
}

const failures = [];
const packages = readdirSync(join(root, 'packages')).filter((name) => existsSync(join(root, 'packages', name, 'src', 'index.ts')));
for (const name of packages) {
  const directory = join(root, 'packages', name);
  const readmePath = join(directory, 'README.md');
  const listed = existsSync(readmePath) ? listedNames(readFileSync(readmePath, 'utf8')) : null;
  if (listed === null) {
    if (REQUIRED.includes(name)) failures.push(`@leaseback/${name}: README.md has no "${HEADING}" table`);
    continue;
  }
  const { names, problems } = exportedNames(readFileSync(join(directory, 'src', 'index.ts'), 'utf8'));
  const exported = new Set(names);
  const documented = new Set(listed);
  const unlisted = names.filter((exportName) => !documented.has(exportName));
  const stale = listed.filter((listedName) => !exported.has(listedName));
  for (const problem of problems) failures.push(`@leaseback/${name}: ${problem}`);
  if (unlisted.length > 0) failures.push(`@leaseback/${name}: exported but not listed in README.md: ${unlisted.join(', ')}`);
  if (stale.length > 0) failures.push(`@leaseback/${name}: listed in README.md but not exported: ${stale.join(', ')}`);
  if (problems.length + unlisted.length + stale.length === 0)
    console.log(`ok    @leaseback/${name}: ${names.length} exports, each listed in README.md`);
}
if (failures.length > 0) {
  for (const failure of failures) console.log(`FAIL  ${failure}`);
  process.exit(1);
}
