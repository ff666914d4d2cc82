import { describe, expect, it } from 'vitest';
import { actionForKey, labelSetProblems, suggestClasses } from './label-keys';

const classes = suggestClasses(['<=50K', '>50K']);
const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  actionForKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods }, classes);

describe('label keys', () => {
  it('suggests classes keyed 1, 2, … with colours', () => {
    expect(classes).toEqual([
      { name: '<=50K', color: '#3451c7', shortcut: '1' },
      { name: '>50K', color: '#d9480f', shortcut: '2' },
    ]);
  });
  it('maps keys to label, skip and undo', () => {
    expect(key('1')).toEqual({ kind: 'label', label: '<=50K' });
    expect(key('2')).toEqual({ kind: 'label', label: '>50K' });
    expect(key('3')).toBeNull();
    expect(key('s')).toEqual({ kind: 'skip' });
    expect(key('S')).toEqual({ kind: 'skip' });
    expect(key('ArrowRight')).toEqual({ kind: 'skip' });
    expect(key('z')).toEqual({ kind: 'undo' });
    expect(key('z', { ctrlKey: true })).toEqual({ kind: 'undo' });
    expect(key('Backspace')).toEqual({ kind: 'undo' });
    expect(key('c', { ctrlKey: true })).toBeNull();
    expect(key('1', { altKey: true })).toBeNull();
  });
  it('lets letter shortcuts win over numbers', () => {
    const cs = [
      { name: 'spam', color: '#000000', shortcut: 'p' },
      { name: 'ham', color: '#ffffff', shortcut: 'h' },
    ];
    expect(actionForKey({ key: 'H', ctrlKey: false, metaKey: false, altKey: false }, cs)).toEqual({
      kind: 'label',
      label: 'ham',
    });
    expect(actionForKey({ key: '1', ctrlKey: false, metaKey: false, altKey: false }, cs)).toEqual({
      kind: 'label',
      label: 'spam',
    });
  });
  it('finds problems in a label set', () => {
    expect(labelSetProblems(classes)).toEqual([]);
    expect(labelSetProblems(classes.slice(0, 1))).toEqual(['A label set needs at least two classes.']);
    expect(
      labelSetProblems([
        { name: 'a', color: '#000000', shortcut: 's' },
        { name: 'a', color: 'red', shortcut: '' },
      ]),
    ).toEqual([
      'Key “s” is kept for skip (S) and undo (Z); pick another for “a”.',
      'Two classes are called “a”.',
      'Class 2 (“a”) needs a one-character key.',
      'Class 2 needs a colour like #3b82f6.',
    ]);
  });
});
