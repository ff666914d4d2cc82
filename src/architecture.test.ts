/**
 * The import rules of ARCHITECTURE.md, checked on every source file's imports (read with
 * TypeScript's own pre-processor): the engine runs without Electron, the renderer knows only
 * the contract, shared code depends on nothing of ours.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const src = join(root, 'src');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(full));
    else if (/\.(ts|tsx)$/.test(e.name)) out.push(full);
  }
  return out;
}

interface Import {
  file: string;
  spec: string;
  /** For relative imports: the target path relative to src/, with forward slashes. */
  target: string | null;
}

function importsOf(file: string): Import[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map(({ fileName: spec }) => ({
    file: relative(src, file).split(sep).join('/'),
    spec,
    target: spec.startsWith('.')
      ? relative(src, resolve(dirname(file), spec))
          .split(sep)
          .join('/')
      : null,
  }));
}

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const isNode = (spec: string) => spec.startsWith('node:') || builtins.has(spec.split('/')[0] ?? '');

function violations(folder: string, rule: (i: Import) => string | null): string[] {
  return filesUnder(join(src, folder))
    .filter((f) => !f.endsWith('.test.ts'))
    .flatMap(importsOf)
    .map((i) => {
      const why = rule(i);
      return why ? `${i.file} imports ${i.spec}: ${why}` : null;
    })
    .filter((v): v is string => v !== null);
}

describe('import rules', () => {
  it('finds the files it checks (the rules are not vacuous)', () => {
    expect(filesUnder(join(src, 'main', 'engine')).length).toBeGreaterThan(20);
    expect(filesUnder(join(src, 'renderer')).length).toBeGreaterThan(3);
    expect(importsOf(join(src, 'main', 'index.ts')).some((i) => i.spec === 'electron')).toBe(true);
  });

  it('shared imports nothing of ours outside shared, and no node, electron or DOM library', () => {
    const v = violations('shared', (i) => {
      if (i.target && !i.target.startsWith('shared/')) return 'shared may only import shared';
      if (!i.target && i.spec !== 'zod') return 'shared may only use zod';
      return null;
    });
    expect(v).toEqual([]);
  });

  it('the engine never imports electron, a shell, the preload or the renderer', () => {
    const v = violations('main/engine', (i) => {
      if (i.spec === 'electron' || i.spec.startsWith('electron/'))
        return 'the engine must run under plain Node';
      if (i.target && !i.target.startsWith('main/engine/') && !i.target.startsWith('shared/')) {
        return 'the engine may only import engine and shared code';
      }
      return null;
    });
    expect(v).toEqual([]);
  });

  it('host (browser mode, CLI) uses the engine and shared code, never electron or the renderer', () => {
    const v = violations('main/host', (i) => {
      if (i.spec === 'electron') return 'host shells run without electron';
      if (i.target && !/^(main\/engine|main\/host|shared)\//.test(i.target))
        return 'host may import engine, host and shared';
      return null;
    });
    expect(v).toEqual([]);
  });

  it('the preload imports only electron and shared', () => {
    const v = violations('preload', (i) => {
      if (i.target && !i.target.startsWith('shared/')) return 'preload may only import shared';
      if (!i.target && i.spec !== 'electron') return 'a sandboxed preload may only require electron';
      return null;
    });
    expect(v).toEqual([]);
  });

  it('the renderer imports shared and browser libraries only: no node, electron, engine or preload', () => {
    const v = violations('renderer', (i) => {
      if (isNode(i.spec)) return 'the renderer runs in a sandboxed page';
      if (i.spec === 'electron' || i.spec.startsWith('electron/'))
        return 'the renderer must not touch electron';
      if (i.target && !i.target.startsWith('renderer/') && !i.target.startsWith('shared/')) {
        return 'the renderer may only import renderer and shared code';
      }
      return null;
    });
    expect(v).toEqual([]);
  });
});
