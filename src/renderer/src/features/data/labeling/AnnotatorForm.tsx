import { type FormEvent, useEffect, useState } from 'react';
import { saveAnnotator } from './annotator';

/** Who is labeling: the name is remembered on this computer. */
export function AnnotatorForm({
  annotator,
  onChange,
}: {
  annotator: string;
  onChange: (name: string) => void;
}) {
  const [text, setText] = useState(annotator);
  useEffect(() => setText(annotator), [annotator]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const name = text.trim().slice(0, 100);
    if (!name) return;
    saveAnnotator(name);
    onChange(name);
  };
  return (
    <form className="annotator-form" onSubmit={submit} aria-label="Who is labeling">
      <label className="field">
        <span className="field-label">Annotator</span>
        <input
          className="input"
          value={text}
          maxLength={100}
          placeholder="your name"
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <button
        type="submit"
        className="button button-small"
        disabled={!text.trim() || text.trim() === annotator}
      >
        {annotator ? 'Switch' : 'Start labeling'}
      </button>
    </form>
  );
}
