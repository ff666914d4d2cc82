import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is in e2e/). */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const RENDERER_INDEX = join(REPO_ROOT, 'out/renderer/index.html');
export const MAIN_BUNDLE = join(REPO_ROOT, 'out/main/index.js');
export const CLI = join(REPO_ROOT, 'bin/ai-factory.mjs');
