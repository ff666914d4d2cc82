import { packageInfo } from './package-root.js';

/** The app version from package.json. */
export function appVersion(): string {
  return packageInfo().version;
}
