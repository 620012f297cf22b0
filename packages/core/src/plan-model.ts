/**
 * The plan model: one pass over the parsed tree that every rule reads.
 * Built once per tree (memoised), so ten rules cost one walk, not ten.
 */
import type {Code, Heading, Html, ListItem, Paragraph, Root, RootContent, Yaml} from 'mdast'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {isMap, isScalar, parseDocument, type Document} from 'yaml'
import {headingForms} from './headings.js'
import {textOf} from './node-text.js'

export interface Point {
  line: number
  column: number
  offset: number
}

export interface Range {
  start: Point
  end: Point
}

export interface PlanSection {
  heading: Heading
  depth: number
  /** Plain heading text. */
  text: string
  /** Normalised forms used for matching (see `headingForms`). */
  forms: string[]
  parent: PlanSection | undefined
  children: PlanSection[]
  /** Index of the heading in `root.children`. */
  index: number
  /** Index after the last node of the section, subsections included. */
  end: number
  /** Index after the section's own content, before its first subsection. */
  contentEnd: number
}

export interface MetadataField {
  /** Field name as written, without markup. */
  name: string
  /** Lower-cased name for lookups. */
  key: string
  /** Raw source of the value, trimmed, without the trailing `|` separator. */
  value: string
  /** Range of the `**Name**:` label. */
  label: Range
  /** Range of the value; empty (start = end) when the value is missing. */
  valueRange: Range
  source: 'header' | 'frontmatter'
}

export interface FrontMatter {
  node: Yaml
  /** The parsed mapping; `undefined` when the YAML is broken or not a mapping. */
  data: Record<string, unknown> | undefined
  document: Document.Parsed | undefined
}

export interface PlanModel {
  tree: Root
  file: VFile
  /** The document text. */
  source: string
  /** The first level-1 heading, when there is one. */
  title: PlanSection | undefined
  /** Every root-level heading as a section, in document order. */
  sections: PlanSection[]
  /** Sections without a parent (top of the outline). */
  outline: PlanSection[]
  frontMatter: FrontMatter | undefined
  /** Header fields such as `**Branch**: x | **Date**: y`, and front-matter keys. */
  metadata: MetadataField[]
  /** Every fenced or indented code block, at any depth. */
  codeBlocks: Code[]
  /** Every HTML node, at any depth. */
  htmlNodes: Html[]
  /** Every paragraph, at any depth. */
  paragraphs: Paragraph[]
  /** Offset to point conversion for the document. */
  toPoint(offset: number): Point
  /** Source text of a node, or `undefined` without a position. */
  sourceOf(node: {position?: {start: {offset?: number}; end: {offset?: number}} | undefined}): string | undefined
}

const cache = new WeakMap<Root, PlanModel>()

/** The plan model of a tree, built on first use and shared by every rule. */
export function getPlanModel(tree: Root, file: VFile): PlanModel {
  let model = cache.get(tree)
  if (!model || model.file !== file) {
    model = buildPlanModel(tree, file)
    cache.set(tree, model)
  }
  return model
}

export function buildPlanModel(tree: Root, file: VFile): PlanModel {
  // The parser skips a leading byte order mark: its offsets count from after it.
  const source = String(file.value ?? '').replace(/^\uFEFF/, '')
  const place = location(source)
  const toPoint = (offset: number): Point => {
    const point = place.toPoint(offset)
    if (point) return {line: point.line, column: point.column, offset}
    // Past the end of the document: clamp to its last point.
    const last = place.toPoint(source.length)
    return last ? {line: last.line, column: last.column, offset: source.length} : {line: 1, column: 1, offset: 0}
  }
  const sourceOf: PlanModel['sourceOf'] = (node) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return undefined
    return source.slice(start, end)
  }

  const sections: PlanSection[] = []
  const outline: PlanSection[] = []
  const open: PlanSection[] = []
  const children = tree.children
  let frontMatter: FrontMatter | undefined

  for (let index = 0; index < children.length; index++) {
    const node = children[index] as RootContent
    if (node.type === 'yaml' && index === 0) {
      frontMatter = readFrontMatter(node)
      continue
    }
    if (node.type !== 'heading') continue
    while (open.length > 0 && (open[open.length - 1] as PlanSection).depth >= node.depth) {
      const closed = open.pop() as PlanSection
      closed.end = index
      if (closed.children.length === 0) closed.contentEnd = index
    }
    const parent = open[open.length - 1]
    const text = textOf(node)
    const section: PlanSection = {
      heading: node,
      depth: node.depth,
      text,
      forms: headingForms(text),
      parent,
      children: [],
      index,
      end: children.length,
      contentEnd: children.length
    }
    if (parent) {
      if (parent.children.length === 0) parent.contentEnd = index
      parent.children.push(section)
    } else {
      outline.push(section)
    }
    sections.push(section)
    open.push(section)
  }

  const title = sections.find((section) => section.depth === 1)
  const codeBlocks: Code[] = []
  const htmlNodes: Html[] = []
  const paragraphs: Paragraph[] = []
  collectBlocks(tree, codeBlocks, htmlNodes, paragraphs)

  const metadata: MetadataField[] = []
  if (frontMatter?.document) readFrontMatterFields(frontMatter, source, toPoint, metadata)
  // Header fields live before the second heading: under the title, whatever
  // level the title was written at.
  const headerEnd = sections[1] ? sections[1].index : children.length
  for (let index = 0; index < headerEnd; index++) {
    const node = children[index] as RootContent
    if (node.type === 'list') {
      // `- Specification: \`docs/features/FEAT-001-spec.md\`` under a header label.
      for (const item of node.children) {
        const first = item.children[0]
        if (first?.type !== 'paragraph') continue
        const start = first.position?.start.offset
        const end = first.position?.end.offset
        if (start === undefined || end === undefined) continue
        const text = source.slice(start, end)
        const before = metadata.length
        readFields(text, start, toPoint, metadata)
        if (metadata.length === before) readListField(text, start, toPoint, metadata)
      }
      continue
    }
    if (node.type !== 'paragraph') continue
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) continue
    readFields(source.slice(start, end), start, toPoint, metadata)
  }

  return {
    tree,
    file,
    source,
    title,
    sections,
    outline,
    frontMatter,
    metadata,
    codeBlocks,
    htmlNodes,
    paragraphs,
    toPoint,
    sourceOf
  }
}

/** Front matter, parsed once: its data, and the document for key ranges. */
function readFrontMatter(node: Yaml): FrontMatter {
  try {
    // Quiet: yaml reports what it stringifies (a `? [complex, key]`) as a process warning, on stderr.
    const document = parseDocument(node.value, {logLevel: 'error'})
    if (document.errors.length > 0 || !isMap(document.contents)) return {node, data: undefined, document: undefined}
    // Converting fails on what parsing lets through: an alias to no anchor, too many aliases.
    return {node, data: document.toJS() as Record<string, unknown>, document}
  } catch {
    // Broken front matter is reported by nothing here: rules see no fields.
    return {node, data: undefined, document: undefined}
  }
}

/** Top-level front-matter keys, each with the range of its key and value. */
function readFrontMatterFields(
  frontMatter: FrontMatter,
  source: string,
  toPoint: (offset: number) => Point,
  into: MetadataField[]
): void {
  const {node, document} = frontMatter
  const start = node.position?.start.offset
  if (start === undefined || !document || !isMap(document.contents)) return
  const base = source.indexOf(node.value, start)
  if (base === -1) return
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue
    const name = String(pair.key.value)
    const keyRange = pair.key.range
    const valueNode = pair.value
    const json: unknown = isScalar(valueNode) ? valueNode.value : (valueNode as {toJSON?: () => unknown} | null)?.toJSON?.()
    const value = json === null || json === undefined ? '' : typeof json === 'string' ? json : JSON.stringify(json)
    const valueRange =
      valueNode && typeof valueNode === 'object' && 'range' in valueNode && valueNode.range
        ? {start: toPoint(base + valueNode.range[0]), end: toPoint(base + valueNode.range[1])}
        : {start: toPoint(base + keyRange[1]), end: toPoint(base + keyRange[1])}
    into.push({
      name,
      key: name.toLowerCase(),
      value,
      label: {start: toPoint(base + keyRange[0]), end: toPoint(base + keyRange[1])},
      valueRange,
      source: 'frontmatter'
    })
  }
}

type Walked = {type?: string; children?: Walked[]}

function collectBlocks(root: Walked, code: Code[], html: Html[], paragraphs: Paragraph[]): void {
  // An iterative walk in document order (documents nested thousands deep
  // must not overflow the stack): a stack of the parents being walked and
  // the next child of each. Leaves, most of a tree, never go on it.
  const parents: Walked[] = [root]
  const next: number[] = [0]
  while (parents.length > 0) {
    const top = parents.length - 1
    const children = (parents[top] as Walked).children ?? []
    const index = next[top] as number
    if (index === children.length) {
      parents.pop()
      next.pop()
      continue
    }
    next[top] = index + 1
    const child = children[index] as Walked
    const type = child.type
    if (type === 'code') code.push(child as Code)
    else if (type === 'html') html.push(child as Html)
    else if (type === 'paragraph') paragraphs.push(child as Paragraph)
    if (child.children && child.children.length > 0) {
      parents.push(child)
      next.push(0)
    }
  }
}

// `**Name**:` or `**Name:**`, the name free of `*` and line breaks. The name
// starts and ends with a non-space, so the spaces around it are read one way
// only (a long run of them would otherwise take quadratic time).
const fieldLabel = /\*\*[^\S\n]*([^*\n:：|\s](?:[^*\n:：|]{0,78}[^*\n:：|\s])?)[^\S\n]*(?:([:：])[^\S\n]*)?\*\*(?:[ \t]*([:：]))?/g

function readFields(
  text: string,
  base: number,
  toPoint: (offset: number) => Point,
  into: MetadataField[]
): void {
  const labels: Array<{name: string; start: number; end: number}> = []
  fieldLabel.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = fieldLabel.exec(text))) {
    if (!match[2] && !match[3]) continue
    labels.push({name: (match[1] ?? '').trim(), start: match.index, end: match.index + match[0].length})
  }
  for (let index = 0; index < labels.length; index++) {
    const label = labels[index] as (typeof labels)[number]
    const next = labels[index + 1]
    let lineEnd = text.indexOf('\n', label.end)
    // A label that ends its line takes the next line of the paragraph as its
    // value (`**Spec**:` then the link, soft-wrapped), unless that line is a
    // field of its own.
    if (lineEnd !== -1 && /^[ \t]*\r?$/.test(text.slice(label.end, lineEnd)) && (!next || next.start > lineEnd + 1)) {
      const following = text.indexOf('\n', lineEnd + 1)
      const nextLine = text.slice(lineEnd + 1, following === -1 ? text.length : following)
      if (nextLine.trim() !== '' && (!next || next.start >= lineEnd + 1 + nextLine.length)) lineEnd = following
    }
    let stop = lineEnd === -1 ? text.length : lineEnd
    if (next && next.start < stop) stop = next.start
    let valueStart = label.end
    let valueEnd = stop
    while (valueStart < valueEnd && /\s/.test(text[valueStart] as string)) valueStart++
    // Trailing separators: spaces, `|`, a hard-break backslash.
    while (valueEnd > valueStart && /[\s|\\]/.test(text[valueEnd - 1] as string)) valueEnd--
    into.push({
      name: label.name,
      key: label.name.toLowerCase(),
      value: text.slice(valueStart, valueEnd),
      label: {start: toPoint(base + label.start), end: toPoint(base + label.end)},
      valueRange: {start: toPoint(base + valueStart), end: toPoint(base + valueEnd)},
      source: 'header'
    })
  }
}

// `Name: value` on the first line of a header list item.
const listFieldLabel = /^(\p{L}(?:[\p{L}\p{N} /&-]{0,39}[\p{L}\p{N}/&-])?)[ \t]*[:：][ \t]+(?=\S)/u

function readListField(
  text: string,
  base: number,
  toPoint: (offset: number) => Point,
  into: MetadataField[]
): void {
  const match = listFieldLabel.exec(text)
  if (!match) return
  const name = (match[1] ?? '').trim()
  const lineEnd = text.indexOf('\n')
  const valueStart = match[0].length
  let valueEnd = lineEnd === -1 ? text.length : lineEnd
  while (valueEnd > valueStart && /[\s|\\]/.test(text[valueEnd - 1] as string)) valueEnd--
  into.push({
    name,
    key: name.toLowerCase(),
    value: text.slice(valueStart, valueEnd),
    label: {start: toPoint(base), end: toPoint(base + (match[1] ?? '').length)},
    valueRange: {start: toPoint(base + valueStart), end: toPoint(base + valueEnd)},
    source: 'header'
  })
}

/** Offsets a whole section spans: its heading through its last subsection. */
export function sectionOffsets(model: PlanModel, section: PlanSection): [number, number] {
  const start = section.heading.position?.start.offset ?? 0
  const next = model.tree.children[section.end]
  return [start, next?.position?.start.offset ?? model.source.length]
}

/** The first source line of a node (a list item: its marker and box included), trimmed at the end. */
export function firstLineOf(
  model: PlanModel,
  node: {position?: {start: {offset?: number}} | undefined}
): {text: string; range: Range} | undefined {
  const start = node.position?.start.offset
  if (start === undefined) return undefined
  let end = model.source.indexOf('\n', start)
  if (end === -1) end = model.source.length
  const text = model.source.slice(start, end).trimEnd()
  return {text, range: {start: model.toPoint(start), end: model.toPoint(start + text.length)}}
}

const taskBox = /^\[([ xX])\][ \t]+/

/**
 * The box of a task-list item: `true` checked, `false` unchecked, `undefined`
 * without a box. Read from `checked` when remark-gfm ran, else from the
 * `[ ]` / `[x]` that stays at the start of the item's text.
 */
export function taskState(model: PlanModel, item: ListItem): boolean | undefined {
  if (typeof item.checked === 'boolean') return item.checked
  const first = item.children[0]
  if (first?.type !== 'paragraph') return undefined
  const box = taskBox.exec(model.sourceOf(first) ?? '')
  return box ? box[1] !== ' ' : undefined
}

/** Root children that make up a section's own content (before subsections). */
export function sectionContent(model: PlanModel, section: PlanSection): RootContent[] {
  return model.tree.children.slice(section.index + 1, section.contentEnd)
}

/**
 * A whole section as a range: its heading through the last node before the
 * next heading of the same or a higher level, for fixes that remove or move a
 * section. Read from the model's section bounds, not with
 * mdast-util-heading-range, which reads every heading's text recursively (a
 * heading of emphasis nested thousands deep overflows the stack).
 */
export function sectionRange(model: PlanModel, section: PlanSection): Range | undefined {
  const last = model.tree.children[section.end - 1]
  const start = section.heading.position?.start.offset
  const end = last?.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  return {start: model.toPoint(start), end: model.toPoint(end)}
}
