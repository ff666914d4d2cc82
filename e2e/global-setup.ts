import { existsSync } from 'node:fs';
import { MAIN_BUNDLE, RENDERER_INDEX } from './paths';

/** The e2e tests run the built app; refuse to start without it rather than fail obscurely later. */
export default function globalSetup(): void {
  for (const file of [RENDERER_INDEX, MAIN_BUNDLE]) {
    if (!existsSync(file)) {
      throw new Error(
        `${file} is missing: the app is not built. Run \`npm run test:e2e\` (it runs \`electron-vite build\` first) or \`npx electron-vite build\`, then \`npx playwright test\`.`,
      );
    }
  }
}
