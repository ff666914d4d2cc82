const KEY = 'ai-factory.annotator';

/** The annotator name last used on this machine. */
export function savedAnnotator(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveAnnotator(name: string): void {
  try {
    localStorage.setItem(KEY, name);
  } catch {
    // Storage may be unavailable (private mode); the name then lasts for this page only.
  }
}
