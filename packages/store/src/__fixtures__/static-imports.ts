import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What a built module loads before its own code runs. */
export interface StaticImports {
  /** Packages imported (`node:` built-ins included). */
  readonly packages: Set<string>;
  /** The package's own files reached, as absolute paths, the entry included. */
  readonly files: Set<string>;
}

/**
 * The modules a built entry imports statically (they load and run before its
 * code does), followed through the package's own files; dynamic imports load
 * later and are not followed. Why: an entry that exists to load little is
 * checked by what it reaches, not by timing.
 */
export async function staticImportsOf(entry: string): Promise<StaticImports> {
  const packages = new Set<string>();
  const files = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    const source = await readFile(file, 'utf8');
    for (const [, specifier = ''] of source.matchAll(/^(?:import|export)\s[^;]*?from\s*'([^']+)';/gms)) {
      if (specifier.startsWith('.')) pending.push(fileURLToPath(new URL(specifier, pathToFileURL(file))));
      else packages.add(specifier);
    }
  }
  return { packages, files };
}
