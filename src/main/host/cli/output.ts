import type { AppErrorShape } from '../../../shared/errors.js';

/**
 * Where the CLI writes. Human text and the final JSON go to stdout; progress and warnings go to
 * stderr, so with --json the last line of stdout is always one JSON object.
 */
export class Output {
  constructor(
    readonly json: boolean,
    private readonly out: NodeJS.WritableStream = process.stdout,
    private readonly err: NodeJS.WritableStream = process.stderr,
  ) {}

  /** The command's answer: JSON (one line) with --json, else the human text. */
  result(value: unknown, human: string | (() => string)): void {
    if (this.json) this.out.write(`${JSON.stringify(value)}\n`);
    else this.out.write(`${typeof human === 'function' ? human() : human}\n`);
  }

  line(text: string): void {
    if (!this.json) this.out.write(`${text}\n`);
  }

  note(text: string): void {
    this.err.write(`${text}\n`);
  }

  error(error: AppErrorShape): void {
    if (this.json)
      this.out.write(`${JSON.stringify({ error: { kind: error.kind, message: error.message } })}\n`);
    this.err.write(`error: ${error.message}\n`);
  }
}
