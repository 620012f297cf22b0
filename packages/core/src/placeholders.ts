/**
 * Finding template placeholders in a plan. The scanner works on the source
 * text of each block, so a placeholder is found with exact offsets wherever
 * it sits: prose, headings, table cells, inline code, fenced code, front
 * matter. Ordinary bracket syntax (links, task boxes, footnotes, array
 * indexing) never reaches the template's patterns.
 */
import type {Node} from 'unist'
import type {PlanModel} from './plan-model.js'
import type {PlaceholderShape, Template} from './template.js'

export interface PlaceholderFinding {
  /** Offsets in the document. */
  start: number
  end: number
  /** The placeholder as written. */
  text: string
  /** What kind of placeholder, from the template (`template example`, ...). */
  kind: string
  /** Whether it is a whole instruction comment (certain to be removable). */
  comment: boolean
  /** Whether it sits in a fenced or indented code block or front matter. */
  inCode: boolean
}

interface CompiledShape {
  shape: PlaceholderShape
  regex: RegExp
}

interface CompiledShapes {
  bracket: CompiledShape[]
  text: CompiledShape[]
  comment: CompiledShape[]
}

const compiledShapes = new WeakMap<Template, CompiledShapes>()

function compileShapes(template: Template): CompiledShapes {
  let compiled = compiledShapes.get(template)
  if (compiled) return compiled
  compiled = {bracket: [], text: [], comment: []}
  for (const shape of template.placeholders) {
    const flags = `u${shape.ignoreCase ? 'i' : ''}${shape.scope === 'text' ? 'g' : ''}`
    compiled[shape.scope].push({shape, regex: new RegExp(shape.pattern, flags)})
  }
  compiledShapes.set(template, compiled)
  return compiled
}

/** Longest bracket span considered: instructions are sentences, not pages. */
const maxBracketLength = 400

export interface BracketSpan {
  /** Offset of `[`. */
  start: number
  /** Offset after `]`. */
  end: number
  inner: string
}

/**
 * Bracket spans that are not Markdown syntax: not links (`[a](b)`, `[a][b]`),
 * images, footnotes (`[^1]`), task boxes, escaped brackets or indexing
 * (`list[0]`). Innermost spans only; in code, spans never cross a line.
 */
export function bracketSpans(text: string, inCode: boolean): BracketSpan[] {
  const spans: BracketSpan[] = []
  let index = text.indexOf('[')
  while (index !== -1) {
    const open = index
    let close = -1
    let restart = -1
    for (let cursor = open + 1; cursor < text.length && cursor - open <= maxBracketLength; cursor++) {
      const char = text[cursor]
      if (char === ']') {
        close = cursor
        break
      }
      if (char === '[') {
        restart = cursor
        break
      }
      if (char === '\n' && (inCode || text[cursor + 1] === '\n')) break
    }
    if (restart !== -1) {
      index = restart
      continue
    }
    if (close !== -1 && isPlainBracket(text, open, close)) {
      spans.push({start: open, end: close + 1, inner: text.slice(open + 1, close)})
    }
    index = text.indexOf('[', close === -1 ? open + 1 : close + 1)
  }
  return spans
}

const wordBefore = /[\p{L}\p{N}_)\]]/u

function isPlainBracket(text: string, open: number, close: number): boolean {
  const before = open > 0 ? (text[open - 1] as string) : ''
  const after = text[close + 1] ?? ''
  if (before === '\\' || before === '!') return false
  if (before && wordBefore.test(before)) return false
  if (after === '(' || after === '[') return false
  if (text[open + 1] === '^') return false
  return true
}

function isBreak(char: string | undefined): boolean {
  return char === '\r' || char === '\n'
}

interface Block {
  node: Node
  inCode: boolean
}

// Without remark-gfm a table is a paragraph; with it, its cells are scanned.
const proseBlocks = new Set(['paragraph', 'heading', 'tableCell'])

function collectScanBlocks(model: PlanModel): Block[] {
  const blocks: Block[] = []
  const stack: Node[] = [model.tree]
  while (stack.length > 0) {
    const node = stack.pop() as Node & {children?: Node[]}
    if (proseBlocks.has(node.type)) {
      blocks.push({node, inCode: false})
      continue
    }
    if (node.type === 'code' || node.type === 'yaml') {
      blocks.push({node, inCode: true})
      continue
    }
    if (node.children) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Node)
    }
  }
  return blocks
}

const findingsCache = new WeakMap<PlanModel, WeakMap<Template, PlaceholderFinding[]>>()

/** Every placeholder of the template in the plan, in document order. */
export function findPlaceholders(model: PlanModel, template: Template): PlaceholderFinding[] {
  let perTemplate = findingsCache.get(model)
  if (!perTemplate) {
    perTemplate = new WeakMap()
    findingsCache.set(model, perTemplate)
  }
  const cached = perTemplate.get(template)
  if (cached) return cached

  const shapes = compileShapes(template)
  const findings: PlaceholderFinding[] = []

  if (shapes.comment.length > 0) {
    for (const node of model.htmlNodes) {
      // As written, which a fix removes: the parsed value has NUL replaced and,
      // in a blockquote or list, the container's markers left out.
      const value = model.sourceOf(node)
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined || value === undefined || !value.trimStart().startsWith('<!--')) continue
      const hit = shapes.comment.find(({regex}) => regex.test(value))
      if (hit) {
        findings.push({start, end, text: value, kind: hit.shape.kind, comment: true, inCode: false})
      }
    }
  }

  if (shapes.bracket.length > 0 || shapes.text.length > 0) {
    for (const {node, inCode} of collectScanBlocks(model)) {
      const base = node.position?.start.offset
      const text = model.sourceOf(node)
      if (base === undefined || text === undefined) continue
      // Shapes are written for `\n` line breaks (`[^\n]*`): a lone `\r` is one
      // to them too (same offsets), and a `\r\n` never starts or ends a finding.
      const scanned = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text
      for (const span of bracketSpans(scanned, inCode)) {
        const inner = span.inner.trim()
        const hit = shapes.bracket.find(
          ({shape, regex}) => (shape.inCode !== false || !inCode) && regex.test(inner)
        )
        if (hit) {
          findings.push({
            start: base + span.start,
            end: base + span.end,
            text: text.slice(span.start, span.end),
            kind: hit.shape.kind,
            comment: false,
            inCode
          })
        }
      }
      for (const {shape, regex} of shapes.text) {
        if (shape.inCode === false && inCode) continue
        regex.lastIndex = 0
        let match: RegExpExecArray | null
        while ((match = regex.exec(scanned))) {
          if (match[0].length === 0) {
            regex.lastIndex++
            continue
          }
          let start = match.index
          let end = start + match[0].length
          while (start < end && isBreak(text[start])) start++
          while (end > start && isBreak(text[end - 1])) end--
          if (start === end) continue
          findings.push({
            start: base + start,
            end: base + end,
            text: text.slice(start, end),
            kind: shape.kind,
            comment: false,
            inCode
          })
        }
      }
    }
  }

  findings.sort((a, b) => a.start - b.start || b.end - a.end)
  // Overlaps (a text shape inside a bracket finding): keep the outer one.
  const result: PlaceholderFinding[] = []
  let reach = -1
  for (const finding of findings) {
    if (finding.start < reach) continue
    result.push(finding)
    reach = finding.end
  }
  perTemplate.set(template, result)
  return result
}
