/**
 * Save text as a file through a Blob, an object URL and a clicked <a download>: works in the
 * sandboxed Electron renderer and in browser mode alike (no file system access needed).
 */
export function downloadTextFile(fileName: string, text: string, type = 'text/html'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke once the download has had time to start reading the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
