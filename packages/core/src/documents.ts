/**
 * One parse per document per run. Plans and the documents they answer to
 * (specs, research notes) are parsed with one syntax, the plan syntax:
 * remark-parse with YAML front matter, its extension objects created once
 * and shared by every processor that uses `remarkPlanSyntax`. A document
 * that a linting run parses and a plan also reads (a spec that is linted
 * too) is then parsed once: whichever comes first parses it, the other gets
 * the same tree, as long as the text is the same and the processor parses
 * with exactly the plan syntax (a configuration that adds remark-gfm parses
 * on its own). A read's parse waits for the run's; a run's parse is kept
 * for reads among the last few dozen parses only (see `readAhead`).
 *
 * The shared tree is read by plan-lint's rules, which never change a tree.
 */
import {realpathSync} from 'node:fs'
import path from 'node:path'
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified, type Data, type Processor} from 'unified'
import type {VFile} from 'vfile'

// The extension objects of one remark-frontmatter (YAML): every processor
// using `remarkPlanSyntax` holds these very objects, which is how a parse is
// known to be a plan-syntax parse.
const reference = unified().use(remarkFrontmatter).freeze().data() as StringifyData
const micromarkExtension = reference.micromarkExtensions?.[0]
const fromMarkdownExtension = reference.fromMarkdownExtensions?.[0]
const toMarkdownExtension = reference.toMarkdownExtensions?.[0]

/** Processor data as remark-stringify declares it (serializing front matter needs its extension). */
type StringifyData = Data & {toMarkdownExtensions?: unknown[]}

/** A parsed document: the text it was parsed from, its tree and the file it was parsed for. */
export interface ParsedDocument {
  text: string
  tree: Root
  file: VFile
}

/**
 * Parses kept for sharing, by real path. A document a cross-document read
 * parsed before the run linted it (a plan's spec, read while the plan is
 * linted) is kept until the run's own parse of it takes its tree: the reads
 * after that use the read's cache (related.ts). Every other parse is kept
 * among the last few only, for a read that comes just after (a spec that
 * sorts before its plan): a run of hundreds of files does not keep every
 * tree it linted until its end.
 */
const readAhead = new Map<string, ParsedDocument>()
const readAheadLimit = 512
const recent = new Map<string, ParsedDocument>()
const recentLimit = 32
/** Documents parsed with the plan syntax in this process, and how many of them in parts, for tests and the benchmark. */
export const parseStats = {parses: 0, inParts: 0}
/** Set while a cross-document read parses (`parseAhead`). */
let parsingAhead = false

/** Forget every parsed document. */
export function clearParsedDocuments(): void {
  readAhead.clear()
  recent.clear()
}

/** The document parsed from `text` at `realPath` in this process, if any (and keep it as recently used). */
export function parsedDocument(realPath: string, text: string): ParsedDocument | undefined {
  for (const kept of [readAhead, recent]) {
    const known = kept.get(realPath)
    if (!known || known.text !== text) continue
    kept.delete(realPath)
    kept.set(realPath, known)
    return known
  }
  return undefined
}

function remember(kept: Map<string, ParsedDocument>, limit: number, realPath: string, document: ParsedDocument): void {
  kept.delete(realPath)
  kept.set(realPath, document)
  if (kept.size > limit) kept.delete(kept.keys().next().value as string)
}

/**
 * Parse a document that a plan reads (`file` holds its text), keeping the
 * tree for the run's own parse of it: one parse per document.
 */
export function parseAhead(file: VFile): Root {
  parsingAhead = true
  try {
    return planParser.parse(file) as Root
  } finally {
    parsingAhead = false
  }
}

/** Whether a processor parses with exactly the plan syntax, nothing added. */
function parsesPlanSyntax(processor: Processor): boolean {
  const data = processor.data()
  const micromark = data.micromarkExtensions ?? []
  const fromMarkdown = data.fromMarkdownExtensions ?? []
  return (
    micromark.length === 1 && micromark[0] === micromarkExtension && fromMarkdown.length === 1 && fromMarkdown[0] === fromMarkdownExtension
  )
}

function realPathOf(file: VFile): string | undefined {
  if (!file.path) return undefined
  try {
    // The C library's realpath: one call, where Node's own walks the path in JS (half the time).
    return realpathSync.native(path.resolve(file.cwd, file.path))
  } catch {
    return undefined
  }
}

/**
 * The plan syntax as a remark plugin: YAML front matter (as
 * remark-frontmatter), and a parser that shares trees with the rest of the
 * run (see above). Use it after remark-parse.
 */
export function remarkPlanSyntax(this: Processor): undefined {
  const data = this.data() as StringifyData
  if (micromarkExtension) (data.micromarkExtensions ??= []).push(micromarkExtension)
  if (fromMarkdownExtension) (data.fromMarkdownExtensions ??= []).push(fromMarkdownExtension)
  if (toMarkdownExtension) (data.toMarkdownExtensions ??= []).push(toMarkdownExtension)
  const parse = this.parser
  if (!parse) return
  const processor = this
  this.parser = (text: string, file: VFile): Root => {
    if (!parsesPlanSyntax(processor)) return parse(text, file) as Root
    const realPath = realPathOf(file)
    const known = realPath ? parsedDocument(realPath, text) : undefined
    if (known) {
      // Read ahead, now parsed by the run itself: taken (later reads have it from their cache).
      if (!parsingAhead) readAhead.delete(realPath as string)
      return known.tree
    }
    const tree = parseInParts(text, (part) => parse(part, file) as Root)
    parseStats.parses++
    if (realPath) {
      if (parsingAhead) remember(readAhead, readAheadLimit, realPath, {text, tree, file})
      else remember(recent, recentLimit, realPath, {text, tree, file})
    }
    return tree
  }
}

/**
 * Documents up to twice this size are parsed in one piece; larger ones in
 * parts of at least this size. micromark holds about 100 bytes of events
 * and tokens for each byte it parses until the tree is built (23 MB for a
 * 200 KB plan, whose tree is 2.8 MB): parts keep that to a few MB whatever
 * the size of the document, and its time per byte flat.
 */
const partSize = 32 * 1024

/** An ATX heading at the start of a line, after a blank line: where a part may start. */
const partStart = /\n[ \t]*\r?\n(?=#{1,6}(?:[ \t]|\r?\n|$))/g
/** Lone carriage returns: line breaks the cuts do not count. */
const loneCarriageReturn = /\r(?!\n)/
/** A blank line: a link label cannot run across one. */
const blankLine = /\n[ \t]*\r?\n/g

/**
 * Whether `text` may hold a definition (`[id]: url`, `[^note]: text`), which
 * a reference in a later part would need: a `]:` whose label could open a
 * block, its `[` first on its line after indentation and container markers
 * (block quotes, list items). A label holds at most 999 characters and no
 * blank line, and may hold escaped brackets, so every `[` in reach counts.
 * Other `]:` (`A[label]:::class` in a diagram) leave the document cuttable.
 */
function mayDefine(text: string): boolean {
  // Each `[` is looked at once: one that cannot open a block never can.
  let checked = 0
  for (let at = text.indexOf(']:'); at !== -1; at = text.indexOf(']:', at + 2)) {
    const reach = text.slice(Math.max(checked, at - 1001), at)
    const offset = at - reach.length
    checked = at
    let start = 0
    blankLine.lastIndex = 0
    for (let blank = blankLine.exec(reach); blank; blank = blankLine.exec(reach)) start = blank.index + blank[0].length
    for (let open = reach.lastIndexOf('['); open !== -1 && open >= start; open = open === 0 ? -1 : reach.lastIndexOf('[', open - 1)) {
      if (opensBlock(text, offset + open)) return true
    }
  }
  return false
}

/** Whether only indentation and container markers come before `index` on its line (or, past 1,024 of them, perhaps). */
function opensBlock(text: string, index: number): boolean {
  for (let at = index - 1; at >= 0; at--) {
    const code = text.charCodeAt(at)
    if (code === 10 /* \n */ || index - at > 1024) return true
    // Space, tab, `>`, `*`, `+`, `-`, `.`, `)` and digits.
    if (!(code === 32 || code === 9 || code === 62 || code === 42 || code === 43 || code === 45 || code === 46 || code === 41 || (code >= 48 && code <= 57))) {
      return false
    }
  }
  return true
}

/**
 * Parse a large document in parts that start at headings, each part checked
 * to end exactly where the heading that starts the next part begins a
 * top-level block (so no fence, HTML block or container runs across the
 * cut), and join the parts' trees with their positions moved to the
 * document's. Anything that cannot be cut that way is parsed in one piece.
 */
function parseInParts(text: string, parse: (part: string) => Root): Root {
  if (text.length < 2 * partSize || loneCarriageReturn.test(text) || mayDefine(text)) return parse(text)
  const cuts: number[] = []
  partStart.lastIndex = partSize
  let match: RegExpExecArray | null
  while ((match = partStart.exec(text))) {
    const cut = match.index + match[0].length
    if (text.length - cut < partSize) break
    cuts.push(cut)
    partStart.lastIndex = cut + partSize
  }
  if (cuts.length === 0) return parse(text)

  const children: Root['children'] = []
  let start = 0
  let line = 1
  for (let index = 0; index <= cuts.length; index++) {
    const end = cuts[index] ?? text.length
    // The part and the first line of the next one: that line must come out
    // as a heading of the root, starting right at the cut.
    let lineEnd = end === text.length ? end : text.indexOf('\n', end)
    if (lineEnd === -1) lineEnd = text.length
    const part = parse(text.slice(start, lineEnd))
    const nodes = part.children
    if (end !== text.length) {
      const last = nodes[nodes.length - 1]
      if (last?.type !== 'heading' || last.position?.start.offset !== end - start) return parse(text)
      nodes.pop()
    }
    // One by one: a spread of a large part's nodes would pass the argument limit.
    for (const node of nodes) {
      shift(node, start, line - 1)
      children.push(node)
    }
    line += countLines(text, start, end)
    start = end
  }
  const whole = parse('')
  parseStats.inParts++
  whole.children = children
  whole.position = {start: {line: 1, column: 1, offset: 0}, end: endPoint(text)}
  return whole
}

function countLines(text: string, start: number, end: number): number {
  let lines = 0
  for (let at = text.indexOf('\n', start); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) lines++
  return lines
}

function endPoint(text: string): {line: number; column: number; offset: number} {
  const lines = countLines(text, 0, text.length)
  const lastBreak = text.lastIndexOf('\n')
  return {line: lines + 1, column: text.length - lastBreak, offset: text.length}
}

interface Positioned {
  position?: {start: {line: number; offset?: number}; end: {line: number; offset?: number}} | undefined
  children?: Positioned[]
}

/** Move a node and its descendants from a part's positions to the document's. */
function shift(root: Positioned, offset: number, lines: number): void {
  if (offset === 0 && lines === 0) return
  const stack: Positioned[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as Positioned
    const position = node.position
    if (position) {
      position.start.line += lines
      position.end.line += lines
      if (position.start.offset !== undefined) position.start.offset += offset
      if (position.end.offset !== undefined) position.end.offset += offset
    }
    if (node.children) for (const child of node.children) stack.push(child)
  }
}

/** The parser cross-document reads use: remark-parse with the plan syntax. */
export const planParser = unified().use(remarkParse).use(remarkPlanSyntax).freeze()
