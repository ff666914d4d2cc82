/** The report's notes: what to look at first, in the engine's words. */
export function ReportNotes({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="monitor-notes" data-testid="monitor-notes">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}
