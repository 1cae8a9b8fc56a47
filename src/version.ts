import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's folder and manifest, found by walking up from this file (works from src/ and dist/). */
function ownPackage(): { dir: string; name: string; version: string } | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name: string; version: string };
      if (pkg.name === 'escap-pipeline') return { dir, name: pkg.name, version: pkg.version };
    }
    dir = path.dirname(dir);
  }
  return undefined;
}

/** The package's own version. */
export function toolVersion(): { name: string; version: string } {
  const pkg = ownPackage();
  return { name: 'escap-pipeline', version: pkg?.version ?? '0.0.0' };
}

/** The package's folder (where its shipped pipeline.config.json is). */
export function packageRoot(): string | undefined {
  return ownPackage()?.dir;
}
