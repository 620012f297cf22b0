/**
 * `--fix`: applies the fixes plan-lint's messages carry as text edits on the
 * file's own text, never by re-serialising the tree (which would reformat the
 * plan). Fixes that unlock other fixes settle over up to ten passes in
 * memory; each file is then written once, atomically, and only when it did
 * not change meanwhile.
 */
import {randomBytes} from 'node:crypto'
import {open, readFile, realpath, rename, stat, unlink} from 'node:fs/promises'
import path from 'node:path'
import {isInside, projectRootOf} from '@plan-lint/core'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** Replace `[start, end)` of a text (UTF-16 offsets) with `text`. */
export interface TextEdit {
  start: number
  end: number
  text: string
}

/** What happened to one file. The last three are failures: the file was not written. */
export type FixOutcome = 'written' | 'unchanged' | 'not-utf8' | 'changed' | 'outside-root' | 'write-failed'

export interface FixOptions {
  cwd: string
  /** Lints in-memory files (`value` set) the way the run lints files on disk. */
  lint: (files: VFile[]) => Promise<VFile[]>
  stderr: (text: string) => void
  /** Reads a file's bytes right before it is replaced (tests stand in for a concurrent edit here). */
  readCurrent?: (file: string) => Promise<Uint8Array>
}

export interface FixResult {
  /** By absolute path, for every file that had a fix to try. */
  outcomes: Map<string, FixOutcome>
  /** Whether a file that needed writing was not written. */
  failed: boolean
}

const maxPasses = 10

const failures = new Set<FixOutcome>(['changed', 'outside-root', 'write-failed'])

/**
 * The edits the messages' fixes make to `text`, before {@link selectEdits}
 * picks the ones of a pass. A fix applies when it is certain: from
 * plan-lint's own rules (`expected` is a replacement text there, not a
 * description), exactly one `expected`, an `actual` equal to the text of the
 * range now (stale offsets never edit the wrong text). Removals that cover
 * whole lines take their line break too ({@link wholeLines}). Held back:
 *
 * - a removal that would take a `---` separator or an HTML comment no message
 *   asks to remove (an `<!-- ANCHOR:... -->` marker, a `<!-- lint disable -->`
 *   directive, a note): a section's range runs to the next heading, and what
 *   stands just before that heading belongs to the layout, not to the section.
 */
export function fixesOf(messages: VFileMessage[], text: string): TextEdit[] {
  const candidates = messages.flatMap((message) => {
    const edit = editOf(message, text)
    return edit ? [{message, edit}] : []
  })
  const comments = candidates
    .filter(({message, edit}) => edit.text === '' && wholeComment.test(message.actual as string))
    .map(({message}) => offsetsOf(message) as [number, number])
  return candidates.filter(({edit}) => edit.text !== '' || keepsLayout(text, edit, comments)).map(({edit}) => edit)
}

const wholeComment = /^<!--(?:(?!-->)[\s\S])*-->$/
const thematicBreak = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/m
const comment = /<!--[\s\S]*?(?:-->|$)/g

/** Whether a removal leaves separators and the comments no message flagged in place. */
function keepsLayout(text: string, edit: TextEdit, flagged: Array<[number, number]>): boolean {
  const removed = text.slice(edit.start, edit.end)
  if (thematicBreak.test(removed)) return false
  for (const match of removed.matchAll(comment)) {
    const start = edit.start + (match.index as number)
    const end = start + match[0].length
    if (!flagged.some((range) => range[0] <= start && end <= range[1])) return false
  }
  return true
}

/** The edit one message's fix makes, if it carries a fix that matches the text. */
function editOf(message: VFileMessage, text: string): TextEdit | undefined {
  if (!mayFix(message)) return undefined
  const offsets = offsetsOf(message)
  if (!offsets) return undefined
  const [start, end] = offsets
  if (end > text.length) return undefined
  const current = text.slice(start, end)
  const replacement = message.expected?.[0] as string
  if (current !== message.actual || replacement === current) return undefined
  if (replacement === '') {
    const lines = wholeLines(text, start, end)
    if (lines) return {start: lines[0], end: lines[1], text: ''}
  }
  return {start, end, text: replacement}
}

function offsetsOf(message: VFileMessage): [number, number] | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const start = place.start.offset
  const end = place.end.offset
  if (start === undefined || end === undefined || start < 0 || start > end) return undefined
  return [start, end]
}

/** Whether a message carries a fix at all; {@link fixesOf} decides whether it applies. */
function mayFix(message: VFileMessage): boolean {
  return (
    message.ruleId?.startsWith('plan-') === true &&
    message.expected?.length === 1 &&
    typeof message.expected[0] === 'string' &&
    typeof message.actual === 'string'
  )
}

/**
 * A removal that covers whole lines (nothing but spaces or tabs beside it on
 * its first and last line) removes the lines with their line break, so no
 * empty line is left where they were. When the block sat between blank lines,
 * the blank lines after it go too (before it, at the end of the document), so
 * the text around it keeps one separation, not two.
 */
function wholeLines(text: string, start: number, end: number): [number, number] | undefined {
  let from = start
  while (from > 0 && isSpace(text[from - 1])) from--
  if (from > 0 && breakBefore(text, from) === 0) return undefined
  let to = end
  if (breakBefore(text, to) === 0 || to === start) {
    while (to < text.length && isSpace(text[to])) to++
    if (to < text.length && !isBreak(text[to])) return undefined
    to += breakAt(text, to)
  }
  if (to === text.length) {
    for (let line = blankLineBefore(text, from); line !== undefined; line = blankLineBefore(text, from)) from = line
  } else if (from === 0 || blankLineBefore(text, from) !== undefined) {
    for (let next = blankLineAt(text, to); next !== undefined; next = blankLineAt(text, to)) to = next
  }
  return [from, to]
}

function isSpace(character: string | undefined): boolean {
  return character === ' ' || character === '\t'
}

function isBreak(character: string | undefined): boolean {
  return character === '\n' || character === '\r'
}

/** Length of the line break that starts at `index` (`\r\n`, `\n` or `\r`), 0 if none. */
function breakAt(text: string, index: number): number {
  if (text[index] === '\r') return text[index + 1] === '\n' ? 2 : 1
  return text[index] === '\n' ? 1 : 0
}

/** Length of the line break that ends right before `index`, 0 if none. */
function breakBefore(text: string, index: number): number {
  if (text[index - 1] === '\n') return text[index - 2] === '\r' ? 2 : 1
  return text[index - 1] === '\r' ? 1 : 0
}

/** Start of the line before the one starting at `index`, when that line is blank. */
function blankLineBefore(text: string, index: number): number | undefined {
  const lineBreak = breakBefore(text, index)
  if (lineBreak === 0) return undefined
  let start = index - lineBreak
  while (start > 0 && isSpace(text[start - 1])) start--
  return start === 0 || isBreak(text[start - 1]) ? start : undefined
}

/** End (after its line break) of the line starting at `index`, when that line is blank. */
function blankLineAt(text: string, index: number): number | undefined {
  let end = index
  while (end < text.length && isSpace(text[end])) end++
  const lineBreak = breakAt(text, end)
  return lineBreak === 0 ? undefined : end + lineBreak
}

/**
 * The edits of one pass: by position, each kept only if it starts after the
 * previous one ends (as ESLint does: touching edits wait too, since each was
 * computed without the other). The rest wait for the next pass.
 */
function selectEdits(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  const kept: TextEdit[] = []
  let lastEnd = -1
  for (const edit of sorted) {
    if (edit.start <= lastEnd) continue
    kept.push(edit)
    lastEnd = edit.end
  }
  return kept
}

/** Apply non-overlapping edits, sorted by position. */
function applyEdits(text: string, edits: TextEdit[]): string {
  let result = ''
  let cursor = 0
  for (const edit of edits) {
    result += text.slice(cursor, edit.start) + edit.text
    cursor = edit.end
  }
  return result + text.slice(cursor)
}

// A strict decoder that keeps a BOM: text it decodes encodes back to the same bytes.
const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})
const bom = '\uFEFF'

interface Pending {
  /** Absolute path, as linted. */
  file: string
  original: Uint8Array
  bom: boolean
  /** Without the BOM: the text the parser sees and rule offsets point into. */
  before: string
  text: string
}

/**
 * Fix every linted file with a message that may carry a fix; report refusals
 * on stderr, one line each.
 */
export async function fixFiles(linted: VFile[], options: FixOptions): Promise<FixResult> {
  const outcomes = new Map<string, FixOutcome>()
  const pending: Pending[] = []
  // A file reached twice (itself and through a symlink) is fixed once.
  const seen = new Set<string>()
  for (const file of linted) {
    if (!file.messages.some(mayFix)) continue
    const absolute = path.resolve(options.cwd, file.path)
    let original: Uint8Array
    try {
      const real = await realpath(absolute)
      if (seen.has(real)) continue
      seen.add(real)
      original = await readFile(absolute)
    } catch (error) {
      options.stderr(`plan-lint: cannot read \`${shown(absolute, options.cwd)}\`: ${reasonOf(error)}\n`)
      outcomes.set(absolute, 'write-failed')
      continue
    }
    let decoded: string
    try {
      decoded = utf8.decode(original)
    } catch {
      options.stderr(`plan-lint: \`${shown(absolute, options.cwd)}\` is not valid UTF-8; not fixed\n`)
      outcomes.set(absolute, 'not-utf8')
      continue
    }
    const hasBom = decoded.startsWith(bom)
    const text = hasBom ? decoded.slice(1) : decoded
    pending.push({file: absolute, original, bom: hasBom, before: text, text})
  }

  let active = pending
  for (let pass = 0; pass < maxPasses && active.length > 0; pass++) {
    const files = active.map((entry) => new VFile({path: entry.file, cwd: options.cwd, value: entry.text}))
    await options.lint(files)
    active = active.filter((entry, index) => {
      const messages = (files[index] as VFile).messages
      const edits = selectEdits(fixesOf(messages, entry.text))
      if (edits.length === 0) return false
      entry.text = applyEdits(entry.text, edits)
      return true
    })
  }

  const root = projectRoot(options.cwd)
  for (const entry of pending) {
    const outcome = entry.text === entry.before ? 'unchanged' : await write(entry, root, options)
    outcomes.set(entry.file, outcome)
  }
  return {outcomes, failed: [...outcomes.values()].some((outcome) => failures.has(outcome))}
}

/** The git root above the working folder, else the working folder (real paths). */
function projectRoot(cwd: string): string {
  // A file right in the working folder has the working folder's root.
  return projectRootOf(path.join(cwd, 'plan.md'), cwd)
}

async function write(entry: Pending, root: string, options: FixOptions): Promise<FixOutcome> {
  const name = shown(entry.file, options.cwd)
  const refuse = (outcome: FixOutcome, line: string): FixOutcome => {
    options.stderr(`plan-lint: ${line}\n`)
    return outcome
  }
  let temporary: string | undefined
  try {
    // Through a symlink, the file it points to is replaced and the link kept;
    // a link from inside the project to a file outside it is not followed.
    const target = await realpath(entry.file)
    const named = path.resolve(await realpath(options.cwd), path.relative(options.cwd, entry.file))
    if (!isInside(target, root) && isInside(named, root)) {
      return refuse('outside-root', `\`${name}\` links to \`${target}\`, outside the project root; not written`)
    }
    const {mode} = await stat(target)
    temporary = path.join(path.dirname(target), `.${path.basename(target)}.plan-lint-${randomBytes(6).toString('hex')}.tmp`)
    const handle = await open(temporary, 'wx', mode & 0o7777)
    try {
      await handle.writeFile(Buffer.from((entry.bom ? bom : '') + entry.text, 'utf8'))
      // The umask may have narrowed the mode `open` was given.
      await handle.chmod(mode & 0o7777)
      await handle.sync()
    } finally {
      await handle.close()
    }
    const current = await (options.readCurrent ?? readFile)(target)
    if (!Buffer.from(current).equals(entry.original)) {
      await unlink(temporary)
      return refuse('changed', `\`${name}\` changed while it was being fixed; not written`)
    }
    await rename(temporary, target)
    return 'written'
  } catch (error) {
    if (temporary) await unlink(temporary).catch(() => undefined)
    return refuse('write-failed', `cannot write \`${name}\`: ${reasonOf(error)}`)
  }
}

function shown(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join('/')
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code
  return code ?? (error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error))
}
