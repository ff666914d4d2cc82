import type { LabelClass } from '../../../../../shared/data';

export type LabelAction = { kind: 'label'; label: string } | { kind: 'skip' } | { kind: 'undo' };

/** Keys the labeling view keeps for itself; a class cannot use them as its shortcut. */
export const RESERVED_KEYS = ['s', 'z'] as const;

/**
 * What a key press does while labeling: a class's shortcut (or its number, 1–9) labels the row,
 * S or → skips it, Z, Ctrl/⌘+Z or Backspace undoes the last label. Null for anything else.
 */
export function actionForKey(
  e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean },
  classes: LabelClass[],
): LabelAction | null {
  if (e.altKey) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (e.ctrlKey || e.metaKey) return key === 'z' ? { kind: 'undo' } : null;
  if (key === 'Backspace' || key === 'z') return { kind: 'undo' };
  if (key === 's' || key === 'ArrowRight') return { kind: 'skip' };
  const byShortcut = classes.find((c) => c.shortcut.toLowerCase() === key);
  if (byShortcut) return { kind: 'label', label: byShortcut.name };
  if (/^[1-9]$/.test(key)) {
    const byIndex = classes[Number(key) - 1];
    if (byIndex) return { kind: 'label', label: byIndex.name };
  }
  return null;
}

/** Problems with a label set as edited, or an empty list. */
export function labelSetProblems(classes: LabelClass[]): string[] {
  const problems: string[] = [];
  if (classes.length < 2) problems.push('A label set needs at least two classes.');
  const names = new Set<string>();
  const keys = new Set<string>();
  classes.forEach((c, i) => {
    const n = i + 1;
    if (!c.name.trim()) problems.push(`Class ${n} has no name.`);
    else if (names.has(c.name)) problems.push(`Two classes are called “${c.name}”.`);
    names.add(c.name);
    const k = c.shortcut.toLowerCase();
    if (c.shortcut.length !== 1) problems.push(`Class ${n} (“${c.name}”) needs a one-character key.`);
    else if ((RESERVED_KEYS as readonly string[]).includes(k))
      problems.push(`Key “${c.shortcut}” is kept for skip (S) and undo (Z); pick another for “${c.name}”.`);
    else if (keys.has(k)) problems.push(`Key “${c.shortcut}” is used twice.`);
    keys.add(k);
    if (!/^#[0-9a-fA-F]{6}$/.test(c.color)) problems.push(`Class ${n} needs a colour like #3b82f6.`);
  });
  return problems;
}

const PALETTE = [
  '#3451c7',
  '#d9480f',
  '#2b8a3e',
  '#9c36b5',
  '#c2255c',
  '#0b7285',
  '#e67700',
  '#5f3dc4',
  '#495057',
];

/** An empty class for place `index` (0-based): the next colour, and its number as the key up to 9. */
export function newClass(index: number): LabelClass {
  return {
    name: '',
    color: PALETTE[index % PALETTE.length] ?? '#495057',
    shortcut: index < 9 ? String(index + 1) : '',
  };
}

/** Classes suggested from the target's values (most frequent first), keyed 1, 2, 3… */
export function suggestClasses(values: string[]): LabelClass[] {
  return values.slice(0, 9).map((name, i) => ({ ...newClass(i), name }));
}
