import { useState } from 'react';
import { useDataStore } from '../state/data-store';
import { addSteps, draftToJson, stepsFromJson } from './recipe-draft';

/** The recipe as JSON text: copy it out, or paste one in (replacing the steps). */
export function RecipeJson() {
  const draft = useDataStore((s) => s.draft);
  const setDraft = useDataStore((s) => s.setDraft);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <details className="recipe-json" onToggle={(e) => e.currentTarget.open && setText(draftToJson(draft))}>
      <summary>Recipe as JSON</summary>
      <label className="field field-wide">
        <span className="field-label">Steps (a JSON array)</span>
        <textarea className="input mono" rows={8} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="button-row">
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            try {
              setDraft(addSteps([], stepsFromJson(text)));
              setError(null);
            } catch (err) {
              setError((err as Error).message);
            }
          }}
        >
          Use these steps
        </button>
        <button type="button" className="button button-small" onClick={() => setText(draftToJson(draft))}>
          Show the current steps
        </button>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
