import { readFileSync } from 'node:fs';

/** The parts of Vite's build manifest that the bundle bench and the first-paint test read. */
export type Manifest = Record<string, { file: string; imports?: string[]; dynamicImports?: string[] }>;

/** The manifest of the build in dist/ (build.manifest in vite.config.ts). */
export const readManifest = (): Manifest =>
  JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Manifest;

/**
 * Every chunk a module of the build needs before it runs, by Vite's manifest: its own and its
 * static imports', transitively (dynamic imports load later), as paths from the site's root,
 * the module's own first. `source` is the manifest's key: 'index.html' for the first page.
 */
export function chunksOf(source: string, chunks: Manifest = readManifest()): Set<string> {
  if (!chunks[source]) throw new Error(`the build's manifest has no ${source}`);
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = chunks[key];
    if (!chunk || files.has(`/${chunk.file}`)) return;
    files.add(`/${chunk.file}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(source);
  return files;
}
