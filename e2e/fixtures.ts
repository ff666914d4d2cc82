import { test as base } from '@playwright/test';
import { type ServeUi, startServeUi } from './serve-ui';

/**
 * `server`: one browser-mode server per worker, on its own temporary workspace; every test's
 * baseURL points at it.
 */
export const test = base.extend<Record<never, never>, { server: ServeUi }>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a destructured object
    async ({}, use) => {
      const server = await startServeUi();
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
});

export { expect } from '@playwright/test';
