/**
 * Runs the real `plan-lint` binary in a child process, the way a user or a
 * CI job does: a fresh Node, its own cwd, no colours.
 */
import {spawn} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {JsonReport} from 'plan-lint'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const binPath = path.join(repoRoot, 'packages', 'cli', 'bin', 'plan-lint.js')

export interface CliResult {
  /** Exit status; `null` when the process was killed by a signal. */
  code: number | null
  stdout: string
  stderr: string
}

/** Run `plan-lint ...args` in `cwd` and collect its exit status and output. */
export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return runNodeScript(binPath, args, cwd, env)
}

/** Run a Node script (a CLI's entry) in `cwd`, no colours, killed after 20 s; collect its status and output. */
export function runNodeScript(script: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd,
      env: {...process.env, NO_COLOR: '1', ...env},
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({code, stdout, stderr})
    })
  })
}

/** The lines of a text, without the empty string after a final newline. */
export function linesOf(text: string): string[] {
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  return lines
}

// The report's types come from the CLI itself: the tests pin the values.
export type {JsonMessage, JsonReport} from 'plan-lint'

/** Parse a `--format json` report (throws on invalid JSON). */
export function parseReport(text: string): JsonReport {
  return JSON.parse(text) as JsonReport
}
