import type { PickedFile, PickFileOptions } from '../../../shared/bridge';
import { HTTP_API } from '../../../shared/bridge';
import type { Result } from '../../../shared/errors';
import { resultFromResponse, unreachable } from './result-from-response';

function acceptAttribute(options: PickFileOptions | undefined): string {
  const extensions = (options?.filters ?? []).flatMap((f) => f.extensions);
  return extensions.map((e) => `.${e.replace(/^\./, '')}`).join(',');
}

/** Let the person choose a file with a hidden file input; resolves null when they cancel. */
function chooseFile(options: PickFileOptions | undefined): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.hidden = true;
    const accept = acceptAttribute(options);
    if (accept) input.accept = accept;
    const done = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

/** Browser mode: stream a file (picked or dropped) into the workspace's uploads folder. */
export async function uploadFile(file: File): Promise<PickedFile> {
  let result: Result<unknown>;
  try {
    const response = await fetch(`${HTTP_API.upload}?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: file,
    });
    result = await resultFromResponse(response);
  } catch (err) {
    result = unreachable(err);
  }
  if (!result.ok) throw Object.assign(new Error(result.error.message), { kind: result.error.kind });
  return result.value as PickedFile;
}

/** Browser mode's file picker: choose a file, then upload it into the workspace. */
export async function browserPickFile(options?: PickFileOptions): Promise<PickedFile | null> {
  const file = await chooseFile(options);
  if (!file) return null;
  return uploadFile(file);
}
