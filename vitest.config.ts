import { defineConfig } from 'vitest/config';

// Many tests load the word lists and gazetteers or start the CLI as a process: on a loaded
// two-core CI machine that alone can pass vitest's 5 s default. The cap only stops a hung test;
// no test asserts on time.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
