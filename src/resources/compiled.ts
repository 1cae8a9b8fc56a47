import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the build (`compile.ts`) writes resources, beside the compiled code: `dist/resources/`. */
export const COMPILED_DIR = fileURLToPath(new URL('../../resources/', import.meta.url));

/**
 * A resource read from the build's JSON file `name` (one read, no recomputing at start-up), or
 * built when there is none (tests run from source, a checkout not built yet). The file holds
 * what `build` returns, encoded so that decoding gives the same value, float for float.
 */
export function compiledOr<T>(name: string, decode: (data: unknown) => T, build: () => T): T {
  const file = `${COMPILED_DIR}${name}.json`;
  return existsSync(file) ? decode(JSON.parse(readFileSync(file, 'utf8'))) : build();
}

/** A resource read from the build's binary file `name` (`.bin`), or built when there is none (see `compiledOr`). */
export function compiledBytesOr<T>(name: string, decode: (bytes: Uint8Array) => T, build: () => T): T {
  const file = `${COMPILED_DIR}${name}.bin`;
  return existsSync(file) ? decode(readFileSync(file)) : build();
}
