import { useId } from 'react';

/** A file input that looks like a button (browser mode): keyboard-focusable, with a real label. */
export function FileInputButton({
  accept,
  disabled,
  onFile,
}: {
  accept: string[];
  disabled: boolean;
  onFile: (file: File) => void;
}) {
  const id = useId();
  return (
    <label htmlFor={id} className="button button-primary file-button" data-disabled={disabled}>
      Choose file…
      <input
        id={id}
        type="file"
        className="visually-hidden"
        aria-label="Choose a file to import"
        accept={accept.map((e) => `.${e}`).join(',')}
        disabled={disabled}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
