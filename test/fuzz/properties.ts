/**
 * The properties every configuration must hold on every input, as checks
 * that throw a {@link Violation} naming what broke:
 *
 * - `lint`: linting never throws (a plugin's deliberate `file.fail`, such as
 *   remark-lint's unknown `<!-- lint -->` keyword, is a diagnostic, not a
 *   crash), no message wraps a thrown error, and no process warning goes to
 *   stderr; every message has a range (but in a blank document), which lies
 *   inside the document, starts before it ends, has offsets that agree with
 *   its lines and columns, and holds the message's `actual` (what a fix
 *   replaces); linting again in fresh processors gives the same messages in
 *   the same order.
 * - `fix`: `--fix` (the CLI's `fixFiles`, linting in process) only edits
 *   reported ranges (grown over blanks, as removals take their lines), each
 *   pass leaves exactly the text its edits make, fixing the result again
 *   changes nothing, and the fixed document lints by the `lint` rules.
 */
import {readFileSync} from 'node:fs'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {fixesOf, fixFiles, type FixOutcome, type TextEdit} from '../../packages/cli/dist/fix.js'
import {wellFormed, type FuzzCase} from './case.js'
import {lintFile, type Workspace} from './workspace.js'

export class Violation extends Error {
  override name = 'Violation'
}

const bom = '\uFEFF'

interface Point {
  line: number
  column: number
  offset?: number | undefined
}

/** A message as data: everything a reporter shows or a fix uses. */
function snapshot(message: VFileMessage): unknown {
  const cause = message.cause instanceof VFileMessage ? {reason: message.cause.reason, place: message.cause.place} : undefined
  return {
    ruleId: message.ruleId,
    source: message.source,
    reason: message.reason,
    fatal: message.fatal,
    place: message.place,
    actual: message.actual,
    expected: message.expected,
    url: message.url,
    cause
  }
}

function describe(message: VFileMessage): string {
  return JSON.stringify(snapshot(message))
}

/** Start offset of each line: breaks are `\r\n`, `\r` or `\n`, as the parser sees them. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push((match.index as number) + match[0].length)
  return starts
}

/** The end of a line's content (before its break). */
function lineEnd(text: string, starts: number[], line: number): number {
  const next = starts[line]
  if (next === undefined) return text.length
  return text[next - 2] === '\r' && text[next - 1] === '\n' ? next - 2 : next - 1
}

/** Why a point is not a place in the document, if it is not. */
function pointProblem(point: Point, text: string, starts: number[]): string | undefined {
  const {line, column, offset} = point
  if (!Number.isInteger(line) || !Number.isInteger(column)) return 'line or column is not an integer'
  if (line < 1 || line > starts.length) return `line ${line} outside 1..${starts.length}`
  const start = starts[line - 1] as number
  const length = lineEnd(text, starts, line) - start
  if (column < 1 || column > length + 1) return `column ${column} outside 1..${length + 1} of line ${line}`
  if (offset !== undefined) {
    if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return `offset ${offset} outside 0..${text.length}`
    if (offset !== start + column - 1) return `offset ${offset} is not line ${line} column ${column} (offset ${start + column - 1})`
  }
  return undefined
}

function before(a: Point, b: Point): boolean {
  return a.line < b.line || (a.line === b.line && a.column <= b.column)
}

/** A thrown error a message wraps: a rule crashed, and unified-lint-rule turned it into a message. */
function crashOf(message: VFileMessage): unknown {
  const cause = message.cause
  return cause instanceof Error && !(cause instanceof VFileMessage) ? cause : undefined
}

function stackOf(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error)
}

/**
 * Check the messages of one lint of `text`. Positions count from after a
 * BOM, which the parser skips.
 */
export function checkMessages(messages: VFileMessage[], text: string, thrown: unknown): void {
  if (thrown !== undefined && !(thrown instanceof VFileMessage && crashOf(thrown) === undefined)) {
    throw new Violation(`lint threw: ${stackOf(thrown)}`)
  }
  const seen = text.startsWith(bom) ? text.slice(1) : text
  const starts = lineStarts(seen)
  for (const message of messages) {
    const crash = crashOf(message)
    if (crash !== undefined) throw new Violation(`a rule crashed (${message.ruleId}): ${stackOf(crash)}`)
    const place = message.place
    // Always a range (STYLE.md), but a document without a single node has nothing to point at.
    if (!place || !('start' in place)) {
      if (seen.trim() === '') continue
      throw new Violation(`message has no range: ${describe(message)}`)
    }
    const range = place
    for (const [end, point] of [['start', range.start], ['end', range.end]] as const) {
      const problem = pointProblem(point, seen, starts)
      if (problem) throw new Violation(`message ${end} is outside the document: ${problem}: ${describe(message)}`)
    }
    if (!before(range.start, range.end)) throw new Violation(`message ends before it starts: ${describe(message)}`)
    if (message.line !== range.start.line || message.column !== range.start.column) {
      throw new Violation(`message line and column are not its start: ${describe(message)}`)
    }
    // `--fix` edits only where `actual` is the text of the range: a mismatch silently loses the fix.
    const {offset: start} = range.start
    const {offset: end} = range.end
    if (typeof message.actual === 'string' && start !== undefined && end !== undefined && seen.slice(start, end) !== message.actual) {
      throw new Violation(`message actual is not the text of its range (${JSON.stringify(seen.slice(start, end))}): ${describe(message)}`)
    }
  }
}

/** Warnings the process emitted: Node prints them on stderr, in the middle of a report. */
let warnings: Error[] = []
process.on('warning', (warning) => warnings.push(warning))

async function lintChecked(config: string, file: VFile): Promise<VFileMessage[]> {
  warnings = []
  const result = await lintFile(config, file)
  // A warning is emitted on the next tick.
  await new Promise((resolve) => setImmediate(resolve))
  if (warnings.length > 0) throw new Violation(`lint emitted a process warning: ${warnings[0]?.message}`)
  checkMessages(file.messages, String(file.value), result?.thrown)
  return file.messages
}

/** `lint`: no throw, ranges inside the document, the same messages from a second, fresh lint. */
export async function checkLint(workspace: Workspace, config: string, fuzzCase: FuzzCase): Promise<void> {
  workspace.prepare(fuzzCase)
  const first = await lintChecked(config, workspace.file(fuzzCase.path, fuzzCase.text))
  const second = await lintChecked(config, workspace.file(fuzzCase.path, fuzzCase.text))
  const a = first.map(describe)
  const b = second.map(describe)
  const differs = a.findIndex((message, index) => message !== b[index])
  if (differs !== -1 || a.length !== b.length) {
    const at = differs === -1 ? Math.min(a.length, b.length) : differs
    throw new Violation(`a second lint differs at message ${at}:\n  first:  ${a[at] ?? '(none)'}\n  second: ${b[at] ?? '(none)'}`)
  }
}

/** ESLint's choice of a pass's edits, as the CLI makes it: by position, none touching the one before. */
function selectEdits(edits: TextEdit[]): TextEdit[] {
  const chosen: TextEdit[] = []
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = chosen.at(-1)
    if (!last || edit.start > last.end) chosen.push(edit)
  }
  return chosen
}

/** Every character outside the edits copied as it is. */
function applyEdits(text: string, edits: TextEdit[]): string {
  let result = ''
  let cursor = 0
  for (const edit of edits) {
    result += text.slice(cursor, edit.start) + edit.text
    cursor = edit.end
  }
  return result + text.slice(cursor)
}

const blank = /^[ \t\r\n]*$/

/** An edit stays on a message's reported range: that range, grown over blanks only when it removes. */
function checkEditOwned(edit: TextEdit, messages: VFileMessage[], text: string): void {
  const owner = messages.find((message) => {
    const place = message.place
    if (!place || !('start' in place)) return false
    const start = place.start.offset
    const end = place.end.offset
    if (start === undefined || end === undefined || message.actual !== text.slice(start, end)) return false
    if (edit.text !== message.expected?.[0]) return false
    if (edit.start === start && edit.end === end) return true
    return edit.text === '' && edit.start <= start && end <= edit.end && blank.test(text.slice(edit.start, start) + text.slice(end, edit.end))
  })
  if (!owner) throw new Violation(`an edit is no message's reported range: ${JSON.stringify({...edit, replaced: text.slice(edit.start, edit.end)})}`)
}

interface FixRun {
  outcome: FixOutcome | undefined
  /** The text each lint pass of the run saw. */
  passes: string[]
  /** The text the run's edits lead to, computed here from each pass's messages. */
  expected: string
  written: string
}

/** One `--fix` of the plan as written in the workspace, watched pass by pass. */
async function fixOnce(workspace: Workspace, config: string, fuzzCase: FuzzCase, text: string): Promise<FixRun> {
  const linted = workspace.file(fuzzCase.path, text)
  await lintChecked(config, linted)
  const passes: string[] = []
  let expected = text
  const stderr: string[] = []
  const result = await fixFiles([linted], {
    cwd: workspace.root,
    stderr: (line) => stderr.push(line),
    lint: async (files) => {
      for (const file of files) {
        const seen = String(file.value)
        if (seen !== expected) {
          throw new Violation(`fix pass ${passes.length + 1} saw another text than its edits make:\n  expected: ${JSON.stringify(expected)}\n  saw:      ${JSON.stringify(seen)}`)
        }
        passes.push(seen)
        const messages = await lintChecked(config, file)
        const edits = fixesOf(messages, seen)
        for (const edit of edits) checkEditOwned(edit, messages, seen)
        expected = applyEdits(seen, selectEdits(edits))
      }
      return files
    }
  })
  if (stderr.length > 0 || result.failed) throw new Violation(`--fix failed: ${stderr.join('').trim() || [...result.outcomes.values()].join(', ')}`)
  const written = readFileSync(workspace.path(fuzzCase.path), 'utf8')
  return {outcome: [...result.outcomes.values()][0], passes, expected, written}
}

/** `fix`: edits stay on reported ranges, the file is exactly those edits, a second `--fix` changes nothing. */
export async function checkFix(workspace: Workspace, config: string, fuzzCase: FuzzCase): Promise<void> {
  // A file on disk holds no lone surrogates.
  const original = wellFormed(fuzzCase.text)
  const hasBom = original.startsWith(bom)
  workspace.prepare(fuzzCase, original)
  const once = await fixOnce(workspace, config, fuzzCase, hasBom ? original.slice(1) : original)
  const expectedFile = (hasBom ? bom : '') + once.expected
  if (once.written !== expectedFile) {
    throw new Violation(`--fix wrote another text than its edits make:\n  expected: ${JSON.stringify(expectedFile)}\n  written:  ${JSON.stringify(once.written)}`)
  }
  if (once.outcome === 'written' && once.written === original) throw new Violation('--fix rewrote the file unchanged')

  const twice = await fixOnce(workspace, config, fuzzCase, once.expected)
  if (twice.written !== once.written || twice.outcome === 'written') {
    throw new Violation(
      `a second --fix changed the fixed file (${once.passes.length} passes, then ${twice.passes.length}):\n  once:  ${JSON.stringify(once.written)}\n  twice: ${JSON.stringify(twice.written)}`
    )
  }
}

export type PropertyName = 'lint' | 'fix'

export const properties: Record<PropertyName, (workspace: Workspace, config: string, fuzzCase: FuzzCase) => Promise<void>> = {
  lint: checkLint,
  fix: checkFix
}
