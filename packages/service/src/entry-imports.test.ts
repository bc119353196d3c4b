import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The packages a built module imports statically, followed through the package's own files. */
async function staticPackageImports(entry: string): Promise<Set<string>> {
  const packages = new Set<string>();
  const pending = [fileURLToPath(new URL(entry, import.meta.url))];
  const seen = new Set<string>();
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const source = await readFile(file, 'utf8');
    for (const [, specifier = ''] of source.matchAll(/^(?:import|export)\s[^;]*?from\s*'([^']+)';/gms)) {
      if (specifier.startsWith('.')) pending.push(fileURLToPath(new URL(specifier, pathToFileURL(file))));
      else packages.add(specifier);
    }
  }
  return packages;
}

// What a program that only plans loads with the main entry (the built one, as apps import it).
describe('the main entry', () => {
  it("loads neither the scenario orchestrator nor prom-client's index, which the sessions entry does", async () => {
    const main = await staticPackageImports('../dist/index.js');
    expect(main.has('@leaseback/planner')).toBe(true);
    expect(main.has('@leaseback/scenarios')).toBe(false);
    expect(main.has('prom-client')).toBe(false);
    expect((await staticPackageImports('../dist/sessions-entry.js')).has('@leaseback/scenarios')).toBe(true);
  });
});
