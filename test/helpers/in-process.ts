/**
 * Runs the CLI's `run()` in this process: for tests that read counters the
 * run leaves in core (documents read and parsed) or pass hooks of `CliIo`.
 */
import {run, type CliIo} from 'plan-lint'

export interface InProcessResult {
  code: number
  /** stdout and stderr, in the order they were written. */
  output: string
}

/** `plan-lint ...args` in `cwd`, no colours; `io` adds to or replaces the defaults. */
export async function runInProcess(args: string[], cwd: string, io: Partial<CliIo> = {}): Promise<InProcessResult> {
  let output = ''
  const code = await run(args, {
    cwd,
    stdout: (text) => (output += text),
    stderr: (text) => (output += text),
    color: false,
    ...io
  })
  return {code, output}
}
