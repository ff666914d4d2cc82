import { useEffect, useRef, useState } from 'react';
import type { DatasetRecord } from '../../../../../shared/data';
import { deleteDataset } from '../state/data-actions';

/** Ask before deleting a dataset with its versions and labels; the safe choice has the focus. */
export function DeleteDataset({ dataset, onClose }: { dataset: DatasetRecord; onClose: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const confirm = async () => {
    setBusy(true);
    const outcome = await deleteDataset(dataset.id);
    setBusy(false);
    if (!outcome.ok) setError(outcome.error);
  };
  const n = dataset.versions.length;
  return (
    <div
      className="inline-panel danger-panel"
      role="alertdialog"
      aria-labelledby="delete-title"
      aria-describedby="delete-text"
    >
      <p id="delete-title" className="inline-panel-title">
        Delete “{dataset.name}”?
      </p>
      <p id="delete-text">
        This removes its {n} version{n === 1 ? '' : 's'}, their profiles and splits, and every label given to
        its rows. It cannot be undone.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button-small button-danger"
          disabled={busy}
          onClick={() => void confirm()}
        >
          Delete dataset
        </button>
        <button
          ref={cancel}
          type="button"
          className="button button-small"
          onClick={onClose}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onClose();
          }}
        >
          Keep it
        </button>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
