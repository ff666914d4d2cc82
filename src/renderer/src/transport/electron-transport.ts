import type { FactoryBridge } from '../../../shared/bridge';
import type { CommandName } from '../../../shared/command-names';
import type { Result } from '../../../shared/errors';
import type { Transport } from './transport';

/** The Electron shell: every call goes through the named functions the sandboxed preload exposes. */
export function electronTransport(bridge: FactoryBridge): Transport {
  return {
    shell: 'electron',
    invoke(name: CommandName, input: unknown): Promise<Result<unknown>> {
      const command = bridge.commands[name] as (input: unknown) => Promise<Result<unknown>>;
      return command(input);
    },
    onEvent: (listener) => bridge.onEvent(listener),
    onConnection(listener) {
      // IPC has no connection to lose.
      listener('open');
      return () => {};
    },
    pickFile: (options) => bridge.pickFile(options),
  };
}
