import type { Command } from 'commander';
import type { AppInfo } from '../../../../shared/workspace.js';
import type { CliContext } from '../main.js';

export function formatInfo(info: AppInfo): string {
  const b = info.backend;
  const lines = [
    `${info.name} ${info.version}`,
    `Workspace  ${info.workspaceDir} (${info.workspaceSource === 'default' ? 'default' : info.workspaceSource === 'env' ? 'from AI_FACTORY_WORKSPACE' : 'from --workspace'})`,
    `Database   ${info.databasePath} (schema ${info.schemaVersion})`,
    `Runtime    Node ${info.runtime.node}${info.runtime.electron ? `, Electron ${info.runtime.electron}` : ''}, ${info.runtime.platform} ${info.runtime.arch}`,
    `Backend    ${b.chosen} (tfjs "${b.tfBackend}") on ${b.device}`,
    `           ${b.reason}`,
    'Candidates',
    ...b.candidates.map((c) => `  ${c.id.padEnd(11)} ${c.status.padEnd(12)} ${c.reason}`),
  ];
  return lines.join('\n');
}

export function registerInfo(program: Command, ctx: () => CliContext): void {
  program
    .command('info')
    .description('version, workspace, runtime and the ML backend chosen (with the reason for each candidate)')
    .action(async () => {
      const c = ctx();
      const engine = await c.engine();
      const info = await engine.call('app.info', {});
      c.out.result(info, () => formatInfo(info));
    });
}
