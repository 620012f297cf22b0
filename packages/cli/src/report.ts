/** Turning linted files into the stylish and JSON reports. */
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {printable} from './discover.js'

export type Severity = 'error' | 'warning' | 'info'

export function severityOf(message: VFileMessage): Severity {
  if (message.fatal === true) return 'error'
  if (message.fatal === false) return 'warning'
  return 'info'
}

export interface Summary {
  files: number
  errors: number
  warnings: number
}

export function summarize(files: VFile[]): Summary {
  let errors = 0
  let warnings = 0
  for (const file of files) {
    for (const message of file.messages) {
      const severity = severityOf(message)
      if (severity === 'error') errors++
      else if (severity === 'warning') warnings++
    }
  }
  return {files: files.length, errors, warnings}
}

export interface JsonMessage {
  ruleId: string | null
  severity: Severity
  message: string
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
}

export interface JsonReport {
  version: 1
  /** `layout`: for a preset with several layouts (spec-kit-gates), the one the file follows. */
  files: Array<{path: string; preset: string | null; layout?: string; messages: JsonMessage[]}>
  summary: Summary
}

/** A file's path relative to `cwd`, with `/` separators on every platform. */
export function relativePath(file: VFile, cwd: string): string {
  return path.relative(cwd, path.resolve(cwd, file.path)).split(path.sep).join('/')
}

function byPosition(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}

export function jsonReport(files: VFile[], cwd: string): JsonReport {
  return {
    version: 1,
    files: files.map((file) => ({
      path: relativePath(file, cwd),
      preset: file.data.planLint?.preset ?? null,
      ...(file.data.planLint?.layout ? {layout: file.data.planLint.layout} : {}),
      messages: [...file.messages].sort(byPosition).map((message) => {
        const end = message.place && 'end' in message.place ? message.place.end : undefined
        return {
          ruleId: message.ruleId ?? null,
          severity: severityOf(message),
          message: message.reason,
          line: message.line ?? null,
          column: message.column ?? null,
          endLine: end?.line ?? null,
          endColumn: end?.column ?? null
        }
      })
    })),
    summary: summarize(files)
  }
}

/** The stylish report (vfile-reporter's table); the reporter is loaded only by runs that print it. */
export async function stylishReport(files: VFile[], options: {color: boolean; verbose: boolean}): Promise<string> {
  if (options.verbose) {
    for (const file of files) {
      const preset = file.data.planLint?.preset
      const layout = file.data.planLint?.layout
      const which = preset ? `Linted with preset \`${preset}\`${layout ? ` (layout \`${layout}\`)` : ''}` : 'Linted without a template preset'
      file.info(which, {
        ruleId: 'plan-preset',
        source: 'plan-lint'
      })
    }
  }
  // A file name with a line break would split its header line (the
  // reporter names a file by its first path).
  for (const file of files) file.history = file.history.map(printable)
  const {reporter} = await import('vfile-reporter')
  return reporter(files, {color: options.color, verbose: options.verbose})
}
