import { type DragEvent, useState } from 'react';
import type { PickedFile } from '../../../../../shared/bridge';
import { formatBytes } from '../../../lib/job-result';
import { canUpload, errorMessage, pickFile, uploadFile } from '../../../transport/client';
import { useDataStore } from '../state/data-store';
import { FileInputButton } from './FileInputButton';
import { ImportForm } from './ImportForm';

const FILTERS = [{ name: 'Data', extensions: ['csv', 'tsv', 'txt', 'json', 'jsonl', 'ndjson'] }];

/**
 * Step one of an import: get the file to the engine. Electron picks it natively (a path on this
 * machine); browser mode uploads it, whether chosen or dropped. A sandboxed Electron window cannot
 * read a dropped file's path, so there a drop opens the native picker instead.
 */
export function ImportPanel() {
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const hasDatasets = useDataStore((s) => s.datasets.length > 0);
  const setImportOpen = useDataStore((s) => s.setImportOpen);
  const upload = canUpload();

  const send = async (file: File) => {
    setError(null);
    setBusy(`Uploading ${file.name} (${formatBytes(file.size)})…`);
    try {
      setPicked(await uploadFile(file));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const choose = async () => {
    setError(null);
    try {
      const file = await pickFile({ title: 'Import data', filters: FILTERS });
      if (file) setPicked(file);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (!file) return;
    if (upload) void send(file);
    else {
      setError(`This window cannot read where ${file.name} is; choose it in the dialog instead.`);
      void choose();
    }
  };

  if (picked) {
    return <ImportForm file={picked} onBack={() => setPicked(null)} />;
  }

  return (
    <section className="card import-panel" aria-labelledby="import-title">
      <div className="card-header">
        <h3 id="import-title" className="card-title">
          Import data
        </h3>
        {hasDatasets && (
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => setImportOpen(false)}
          >
            Close
          </button>
        )}
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop zone is a pointer shortcut; its button and file input are the keyboard way */}
      <div
        className="drop-zone"
        data-dragging={dragging}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>
          <strong>Drop a file here</strong> or choose one: CSV, TSV, JSON (an array of objects) or JSON Lines.
        </p>
        {upload ? (
          <FileInputButton
            accept={FILTERS[0]?.extensions ?? []}
            disabled={busy !== null}
            onFile={(f) => void send(f)}
          />
        ) : (
          <button type="button" className="button button-primary" onClick={() => void choose()}>
            Choose file…
          </button>
        )}
        {busy && (
          <p className="muted" role="status">
            {busy}
          </p>
        )}
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
