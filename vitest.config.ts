import { defineConfig } from 'vitest/config';

// Tests get their own config so that the explorer's vite.config.ts never leaks into them.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
