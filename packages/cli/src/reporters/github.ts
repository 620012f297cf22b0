/**
 * The GitHub Actions report (`--format github`): one workflow command per
 * message (`::error file=...,line=...::text`), which the runner turns into an
 * annotation on the file and line.
 *
 * The runner reads a command only from the start of an output line, takes
 * the properties up to the next `::` and the data to the end of the line. So
 * text from a plan must never end a line (`\r`, `\n`), and inside a property
 * never end the property list or a property (`:`, `,`). Escaping follows the
 * runner's own unescaping (actions/runner `ActionCommand.cs`), `%` first so
 * that an escape in the plan's text reads back literally.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {relativePath, severityOf, type Severity} from '../report.js'

export type GithubLevel = 'error' | 'warning' | 'notice'

export interface GithubProperties {
  file?: string
  line?: number
  endLine?: number
  col?: number
  endColumn?: number
  title?: string
}

/** Escape the data of a workflow command (after the `::`). */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** Escape a property value of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}

const propertyOrder = ['file', 'line', 'endLine', 'col', 'endColumn', 'title'] as const

/** One workflow command line, without the line break. */
export function githubCommand(level: GithubLevel, properties: GithubProperties, message: string): string {
  const pairs = propertyOrder
    .filter((key) => properties[key] !== undefined)
    .map((key) => `${key}=${escapeProperty(String(properties[key]))}`)
  return `::${level}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`
}

const levels: Record<Severity, GithubLevel> = {error: 'error', warning: 'warning', info: 'notice'}

/**
 * Where an annotation goes. GitHub takes columns only on a one-line span
 * (the checks API rejects them otherwise), and its `endColumn` is the last
 * column of the span, where a unist end point is the one after it.
 */
function spanOf(message: VFileMessage): GithubProperties {
  const place = message.place
  if (!place) return {}
  if (!('start' in place)) return {line: place.line, col: place.column}
  const {start, end} = place
  if (start.line !== end.line) return {line: start.line, endLine: end.line}
  return {line: start.line, endLine: end.line, col: start.column, endColumn: Math.max(start.column, end.column - 1)}
}

function byPosition(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}

export function githubReport(files: VFile[], cwd: string): string {
  const lines: string[] = []
  const located = files.map((file) => ({file, where: relativePath(file, cwd)}))
  located.sort((a, b) => (a.where < b.where ? -1 : a.where > b.where ? 1 : 0))
  for (const {file, where} of located) {
    for (const message of [...file.messages].sort(byPosition)) {
      const title = message.ruleId ? `plan-lint(${message.ruleId})` : 'plan-lint'
      lines.push(githubCommand(levels[severityOf(message)], {file: where, ...spanOf(message), title}, message.reason))
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}
