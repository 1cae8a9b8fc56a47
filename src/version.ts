import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's own version, found by walking up from this file (works from src/ and dist/). */
export function toolVersion(): { name: string; version: string } {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name: string; version: string };
      if (pkg.name === 'escap-pipeline') return { name: pkg.name, version: pkg.version };
    }
    dir = path.dirname(dir);
  }
  return { name: 'escap-pipeline', version: '0.0.0' };
}
