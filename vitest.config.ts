import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Engine tests spawn worker threads and child processes; two files at a time suits 2 cores.
    maxWorkers: 2,
  },
});
