/**
 * What the command line will not lint, decided on a document's text before
 * the Markdown parser sees it. micromark parses lists and block quotes
 * recursively and its time and memory grow faster than the text on some
 * shapes, so a hostile file could otherwise take minutes or crash the run:
 *
 * - a binary file (a NUL byte in its first 8 KB) is passed over with a notice;
 * - a file larger than {@link maxPlanBytes}, or with lists and block quotes
 *   nested deeper than {@link maxNesting}, fails the run with one line;
 * - invalid UTF-8 is linted as decoded (U+FFFD for each bad sequence), with a
 *   notice, since positions in the rest of the file stay right.
 */
import {isUtf8} from 'node:buffer'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'

/** 200 times the largest plan we know; a plan this large takes about 10 seconds and half a gigabyte. */
export const maxPlanBytes = 10 * 1024 * 1024
/** Container nesting a plan never reaches (markdown-it's default limit is the same). */
export const maxNesting = 100
/** Where a NUL byte marks a binary file (git looks at the first 8,000 bytes). */
const binaryProbe = 8 * 1024

/** Why a document is not linted; `skip`: passed over with a notice, else the run fails. */
export class UnlintableFile extends Error {
  override name = 'UnlintableFile'
  readonly skip: boolean

  constructor(message: string, skip: boolean) {
    super(message)
    this.skip = skip
  }
}

interface Point {
  line: number
  column: number
}

/** Files read with invalid UTF-8, and where the first bad sequence is. */
const invalidUtf8 = new WeakMap<VFile, Point>()

/**
 * A unified plugin (use it right after remark-parse) that checks each
 * document once before it is parsed. It checks the file's whole text, not
 * the text given to the parser: a parser wrapped later may parse in parts.
 */
export function remarkPlanLimits(this: Processor): undefined {
  const parse = this.parser
  if (!parse) return
  const checked = new WeakSet<VFile>()
  this.parser = (text, file) => {
    if (!checked.has(file)) {
      checked.add(file)
      checkDocument(file)
    }
    return parse(text, file)
  }
}

function checkDocument(file: VFile): void {
  const text = String(file)
  if (text.slice(0, binaryProbe).includes('\0')) throw new UnlintableFile('a binary file (NUL bytes)', true)
  const bytes = file.value instanceof Uint8Array ? file.value.byteLength : Buffer.byteLength(text)
  if (bytes > maxPlanBytes) {
    throw new UnlintableFile(`${megabytes(bytes)}, expected at most ${megabytes(maxPlanBytes)}`, false)
  }
  const nesting = deepestNesting(text)
  if (nesting.depth > maxNesting) {
    throw new UnlintableFile(
      `lists or block quotes nested ${nesting.depth} deep on line ${nesting.line}, expected at most ${maxNesting}`,
      false
    )
  }
  const replaced = text.indexOf('\uFFFD')
  if (replaced !== -1 && !isUtf8(bytesOf(file))) invalidUtf8.set(file, pointAt(text, replaced))
  // From here on the file's value is its text, decoded once: the plan model
  // and rules read it as it is, where bytes are decoded again on each read.
  // (The CLI writes no file from it: --fix reads the file again.)
  file.value = text
}

function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024)
  return `${Number.isInteger(value) ? value : value.toFixed(1)} MB`
}

/** The file's bytes as read: its value, or the file on disk when the value is already text. */
function bytesOf(file: VFile): Uint8Array {
  if (file.value instanceof Uint8Array) return file.value
  if (!file.path) return Buffer.from(String(file))
  try {
    return readFileSync(path.resolve(file.cwd, file.path))
  } catch {
    return Buffer.from(String(file))
  }
}

/** Line and column (1-based) of an offset; `\r\n`, `\r` and `\n` end lines, as in micromark. */
function pointAt(text: string, offset: number): Point {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++
      lineStart = index + 1
    }
  }
  return {line, column: offset - lineStart + 1}
}

const space = 32
const tab = 9
const lineFeed = 10
const carriageReturn = 13
const greaterThan = 62

/** Whether a code ends a list marker: whitespace or the end of the line. */
function endsMarker(code: number): boolean {
  return code === space || code === tab || code === lineFeed || code === carriageReturn || Number.isNaN(code)
}

/**
 * An upper bound of how deep lists and block quotes nest, and the line where
 * it is reached, in one pass without parsing. On each line, every container
 * it continues takes a column of its prefix (indentation for a list item, a
 * `>` for a block quote) and every container it opens takes a marker, so a
 * line's depth is at most `min(open, indentation) + markers`, where `open`
 * is the deepest nesting of the lines before (lazy lines keep containers
 * open). A thematic break (`* * *`) opens nothing.
 */
export function deepestNesting(text: string): {depth: number; line: number} {
  let open = 0
  let deepest = {depth: 0, line: 1}
  let line = 1
  let index = 0
  while (index <= text.length) {
    let columns = 0
    let markers = 0
    // The one character a thematic break repeats so far (-2: not a break).
    let breakMarker = -1
    let breakCount = 0
    let at = index
    for (;;) {
      const code = text.charCodeAt(at)
      if (code === space) {
        columns++
        at++
      } else if (code === tab) {
        columns += 4
        at++
      } else if (code === greaterThan) {
        markers++
        breakMarker = -2
        at++
      } else if ((code === 45 || code === 42 || code === 43 || code === 95) && endsMarker(text.charCodeAt(at + 1))) {
        // `-`, `*`, `+` open list items; `_` only counts towards a break.
        if (code !== 95) markers++
        breakMarker = breakMarker === -1 || breakMarker === code ? code : -2
        breakCount++
        at++
      } else if (code >= 48 && code <= 57) {
        let end = at + 1
        while (end - at < 9 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++
        const delimiter = text.charCodeAt(end)
        if ((delimiter !== 46 && delimiter !== 41) || !endsMarker(text.charCodeAt(end + 1))) break
        markers++
        breakMarker = -2
        at = end + 1
      } else break
    }
    let end = at
    while (end < text.length && text.charCodeAt(end) !== lineFeed && text.charCodeAt(end) !== carriageReturn) end++
    const blank = markers === 0 && end === at && breakMarker === -1
    const thematicBreak = end === at && breakMarker > 0 && breakCount >= 3
    if (!blank && !thematicBreak) {
      const depth = Math.min(open, columns) + markers
      if (depth > open) open = depth
      if (depth > deepest.depth) deepest = {depth, line}
    }
    if (end >= text.length) break
    index = end + (text.charCodeAt(end) === carriageReturn && text.charCodeAt(end + 1) === lineFeed ? 2 : 1)
    line++
  }
  return deepest
}

export interface Notice {
  /** Absolute path of the file. */
  file: string
  text: string
  invalidUtf8: boolean
}

/**
 * A run's files without those passed over (binary), and one notice for each
 * file passed over or read with invalid UTF-8 (paths relative to `cwd`).
 */
export function screenResults(files: VFile[], cwd: string): {files: VFile[]; notices: Notice[]} {
  const kept: VFile[] = []
  const notices: Notice[] = []
  for (const file of files) {
    const absolute = path.resolve(file.cwd, file.path)
    const shown = shownPath(file, cwd)
    const skipped = file.messages.find((message) => message.cause instanceof UnlintableFile && message.cause.skip)
    if (skipped) {
      const text = `\`${shown}\` is ${(skipped.cause as UnlintableFile).message}, not linted`
      notices.push({file: absolute, text, invalidUtf8: false})
      continue
    }
    const point = invalidUtf8.get(file)
    if (point) {
      const text = `\`${shown}\` is not valid UTF-8 (first at ${point.line}:${point.column}); invalid bytes are read as U+FFFD`
      notices.push({file: absolute, text, invalidUtf8: true})
    }
    kept.push(file)
  }
  return {files: kept, notices}
}

function shownPath(file: VFile, cwd: string): string {
  return file.path ? path.relative(cwd, path.resolve(file.cwd, file.path)) || file.path : '<stdin>'
}
