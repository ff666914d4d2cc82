import { useState } from 'react';
import type { LabelSet, VersionRecord } from '../../../../../shared/data';
import { call } from '../../../transport/client';
import { Field } from '../components/Field';
import { LoadState } from '../components/LoadState';
import { useLoader } from '../components/use-loader';
import { AnnotatorForm } from './AnnotatorForm';
import { savedAnnotator } from './annotator';
import { BulkImportLabels } from './BulkImportLabels';
import { DisagreementsView } from './DisagreementsView';
import { LabelingSession } from './LabelingSession';
import { LabelSetEditor } from './LabelSetEditor';
import { LabelStatsView } from './LabelStatsView';

export type QueueOrder = 'random' | 'entropy' | 'margin';

/**
 * Labeling, for analysts at the keyboard: who is labeling, the label set, the queue one row at
 * a time, bulk acceptance from a column, agreement statistics and disagreements to settle.
 */
export function LabelingView({ version }: { version: VersionRecord }) {
  const [loaded, retry] = useLoader(`set:${version.datasetId}`, () =>
    call('labels.getSet', { datasetId: version.datasetId }),
  );
  const [savedSet, setSavedSet] = useState<LabelSet | null | undefined>(undefined);
  const [editing, setEditing] = useState(false);
  const [annotator, setAnnotator] = useState(savedAnnotator);
  const [order, setOrder] = useState<QueueOrder>('random');
  /** Bumped when labels change outside the session (bulk import, a resolution): stats reload. */
  const [labelsEpoch, setLabelsEpoch] = useState(0);
  const [sessionLabeled, setSessionLabeled] = useState<number | null>(null);

  if (loaded.state !== 'ready')
    return <LoadState loaded={loaded} what="Loading the label set" retry={retry} />;
  const set = savedSet === undefined ? loaded.value : savedSet;

  if (!set || editing) {
    return (
      <LabelSetEditor
        version={version}
        set={set}
        onSaved={(s) => {
          setSavedSet(s);
          setEditing(false);
        }}
        onCancel={set ? () => setEditing(false) : undefined}
      />
    );
  }

  return (
    <div className="labeling-view">
      <div className="labeling-bar">
        <AnnotatorForm annotator={annotator} onChange={setAnnotator} />
        <Field label="Queue order">
          {(id) => (
            <select
              id={id}
              className="input"
              value={order}
              onChange={(e) => setOrder(e.target.value as QueueOrder)}
            >
              <option value="random">Random</option>
              <option value="entropy">Most uncertain (entropy)</option>
              <option value="margin">Smallest margin</option>
            </select>
          )}
        </Field>
        <div className="label-set-summary">
          <span className="field-label">Labels for {set.column}</span>
          <span className="class-chips">
            {set.classes.map((c) => (
              <span key={c.name} className="class-chip" style={{ borderColor: c.color }}>
                <kbd>{c.shortcut}</kbd> {c.name}
              </span>
            ))}
          </span>
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            Edit label set
          </button>
        </div>
      </div>
      <div className="labeling-main">
        {annotator ? (
          <LabelingSession
            key={`${version.id}|${annotator}|${order}`}
            version={version}
            set={set}
            annotator={annotator}
            order={order}
            onCounts={setSessionLabeled}
          />
        ) : (
          <p className="empty-note">Enter your name above to start labeling; it is saved on this computer.</p>
        )}
        <LabelStatsView version={version} refreshKey={`${labelsEpoch}:${sessionLabeled ?? ''}`} />
      </div>
      <BulkImportLabels
        version={version}
        set={set}
        annotator={annotator}
        onImported={() => setLabelsEpoch((e) => e + 1)}
      />
      <DisagreementsView
        version={version}
        set={set}
        reviewer={annotator}
        refreshKey={String(labelsEpoch)}
        onResolved={() => setLabelsEpoch((e) => e + 1)}
      />
    </div>
  );
}
