import {
  defineRule,
  describeValue,
  firstLineOf,
  matchTemplate,
  normalizeHeading,
  templateOptionSchema,
  taskState,
  templateRegExp,
  textOf,
  type PlanModel,
  type PlanRulePlugin,
  type PlanSection,
  type Range,
  type Template
} from '@plan-lint/core'
import type {List, ListItem, Paragraph, RootContent} from 'mdast'
import * as z from 'zod'

const options = z.strictObject({
  template: templateOptionSchema,
  stage: z
    .enum(['planning', 'implementation'])
    .default('planning')
    .describe(
      "The plan's lifecycle stage: at `planning` (the default) checklist items the template marks as implementation work (tasks generated, implementation complete) may stay unchecked; at `implementation` every gate box must be checked"
    )
})

export const planGatesPassed: PlanRulePlugin = defineRule({
  id: 'plan-gates-passed',
  description:
    'Gate verdicts and gate checklists the template defines (Constitution Check, Progress Tracking, Definition of Ready / Done) are passed, or their failures justified',
  options,
  notes: [
    'A verdict is a short unit that states a result: a table cell (`| FAIL |`, `| ⚠️ PARTIAL VIOLATION |`, `| ❌ |`), the part of a line after a `:` or a spaced dash (`**Gate result: FAIL**`, `- **II. Testing**: ❌ NOT MET`), a line made only of a verdict, or a line ending with `❌`. Words inside prose (`maps a failed check to exit 1`, `Tests must fail first`), plural mentions (`No violations`, `violations: none`), table headers (`| Violation | Why Needed | ... |`), fenced code and HTML comments are never verdicts.',
    'A failing verdict is accepted when the template names a justification section (spec-kit: Complexity Tracking) and that section holds a justification: more than template instructions (`> **Fill ONLY if ...**`), a bare table header, placeholder rows (`[current need]`) or a statement that there are no violations.',
    'Task-list boxes (`- [ ]`, `- [x]`) are read with or without remark-gfm. At the `planning` stage, items matching the template\'s implementation patterns (`Phase 3: Tasks generated`, `Phase 4: Implementation complete`) may stay unchecked; items that only apply when a gate failed (`Complexity deviations documented`) may stay unchecked while no verdict fails. A whole checklist the template places at implementation (`stage: implementation`, the Definition of Done) may stay unchecked while planning; the Definition of Ready may not. Checklist patterns are matched case-insensitively.',
    'Sections the plan does not have are left to `plan-required-sections`.'
  ],
  messages: {
    failed: ({verdict, section}: {verdict: string; section: string}) =>
      `Unexpected failing gate verdict \`${verdict}\` in \`${section}\`, expected the gate passed or the design changed`,
    unjustified: ({verdict, section, justification}: {verdict: string; section: string; justification: string}) =>
      `Unexpected failing gate verdict \`${verdict}\` in \`${section}\` with no justification in \`${justification}\`, expected the violation justified there or the design changed`,
    unchecked: ({item, section}: {item: string; section: string}) =>
      `Unexpected unchecked gate \`${item}\` in \`${section}\`, expected it checked before the plan is reviewed`
  },
  check({model, options: {template, stage}, report}) {
    const {verdicts, checklists} = template.gates
    if (verdicts.length === 0 && checklists.length === 0) return
    const match = matchTemplate(model, template)
    // Lines already reported: a section that is both a verdict section and a
    // checklist section reports each item once.
    const reported = new Set<number>()

    for (const gate of verdicts) {
      const section = match.byId.get(gate.section)?.found
      if (!section) continue
      const failing = failingVerdicts(model, section)
      if (failing.length === 0) continue
      if (gate.justifiedBy) {
        const justification = match.byId.get(gate.justifiedBy)
        const found = justification?.found
        if (found && isJustified(model, found, justification?.section.instructions ?? [])) continue
        const name = found?.text ?? justification?.section.text ?? gate.justifiedBy
        for (const unit of failing) {
          const range = rangeOf(model, unit)
          reported.add(range.start.line)
          report(
            'unjustified',
            {verdict: describeValue(unit.text), section: section.text, justification: name},
            range,
            found ? {cause: {message: `Justification section \`${found.text}\``, place: found.heading}} : undefined
          )
        }
      } else {
        for (const unit of failing) {
          const range = rangeOf(model, unit)
          reported.add(range.start.line)
          report('failed', {verdict: describeValue(unit.text), section: section.text}, range)
        }
      }
    }

    for (const checklist of checklists) {
      const section = match.byId.get(checklist.section)?.found
      if (!section) continue
      const implementation = checklist.implementation.map((pattern) => templateRegExp(pattern, true))
      const whenViolations = checklist.whenViolations.map((pattern) => templateRegExp(pattern, true))
      // Lists in which an implementation item was seen: the phases are in
      // order, so what follows `Implementation complete` (`Testing complete`)
      // is implementation work too.
      const pastPlanning = new Set<List>()
      for (const item of checklistItems(model, section)) {
        if (item.range && reported.has(item.range.start.line)) continue
        if (isFailingLine(item.text)) {
          report('failed', {verdict: describeValue(item.text), section: section.text}, item.range)
          continue
        }
        const isImplementation =
          checklist.stage === 'implementation' || implementation.some((pattern) => pattern.test(item.text))
        if (isImplementation) pastPlanning.add(item.list)
        if (item.checked) continue
        if (stage === 'planning' && (isImplementation || pastPlanning.has(item.list))) continue
        if (whenViolations.some((pattern) => pattern.test(item.text)) && !hasViolations(model, template)) continue
        report('unchecked', {item: describeValue(item.text), section: section.text}, item.range)
      }
    }
  }
})

/** Whether any verdict section the template names holds a failing verdict. */
export function hasViolations(model: PlanModel, template: Template): boolean {
  const match = matchTemplate(model, template)
  return template.gates.verdicts.some((gate) => {
    const section = match.byId.get(gate.section)?.found
    return section !== undefined && failingVerdicts(model, section).length > 0
  })
}

/** A piece of source text: a table cell, a line, a heading. */
interface Unit {
  /** The text without markup. */
  text: string
  /** Offsets in the document. */
  start: number
  end: number
}

function rangeOf(model: PlanModel, unit: Unit): Range {
  return {start: model.toPoint(unit.start), end: model.toPoint(unit.end)}
}

// ---------------------------------------------------------------------------
// Verdicts

const failingCache = new WeakMap<PlanSection, Unit[]>()

/** Failing verdicts in a section, its heading and subsections included. */
function failingVerdicts(model: PlanModel, section: PlanSection): Unit[] {
  const cached = failingCache.get(section)
  if (cached) return cached
  const found: Unit[] = []
  walk(model.tree.children.slice(section.index, section.end), (node) => collectVerdicts(model, node, found))
  failingCache.set(section, found)
  return found
}

/**
 * Walk nodes and their descendants in document order without recursion
 * (blockquotes nested thousands deep must not overflow the stack); `visit`
 * says whether to go into a node's children.
 */
function walk(nodes: RootContent[], visit: (node: RootContent) => boolean): void {
  const stack = [...nodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as RootContent
    if (!visit(node) || !('children' in node)) continue
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as RootContent)
  }
}

/** Collect a node's own failing verdicts; whether its children may hold more. */
function collectVerdicts(model: PlanModel, node: RootContent, into: Unit[]): boolean {
  switch (node.type) {
    case 'code':
    case 'html':
    case 'yaml':
    case 'definition':
      return false
    case 'heading': {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      const text = plainText(textOf(node))
      if (start !== undefined && end !== undefined && isFailingLine(text)) into.push({text, start, end})
      return false
    }
    case 'paragraph': {
      for (const unit of paragraphUnits(model, node)) {
        if (unit.cells ? isFailingCell(unit.text) : isFailingLine(unit.text)) into.push(unit)
      }
      return false
    }
    case 'table': {
      // A GFM table, when the processor parses them: the first row is the header.
      for (const row of node.children.slice(1)) {
        for (const cell of row.children) {
          const start = cell.position?.start.offset
          const end = cell.position?.end.offset
          const text = plainText(textOf(cell))
          if (start !== undefined && end !== undefined && isFailingCell(text)) into.push({text, start, end})
        }
      }
      return false
    }
    default:
      return true
  }
}

interface TextUnit extends Unit {
  /** Whether the unit is a table cell (otherwise a line). */
  cells: boolean
}

/**
 * The units of a paragraph: each cell of a `| a | b |` row (body rows only:
 * without remark-gfm, tables arrive as paragraphs) and each other line.
 */
function paragraphUnits(model: PlanModel, paragraph: Paragraph): TextUnit[] {
  const units: TextUnit[] = []
  const base = paragraph.position?.start.offset
  const source = model.sourceOf(paragraph)
  if (base === undefined || source === undefined) return units
  const lines = sourceLines(source, base)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as SourceLine
    if (line.text.startsWith('|')) {
      if (isSeparatorRow(line.text)) continue
      const next = lines[index + 1]
      if (next && isSeparatorRow(next.text)) continue // header row
      for (const cell of splitCells(line)) {
        units.push({text: plainText(cell.text), start: cell.start, end: cell.end, cells: true})
      }
      continue
    }
    // A task box is no part of the verdict (`[x] Initial Constitution Check: FAIL`).
    if (line.text) units.push({text: plainText(line.text).replace(taskBox, ''), start: line.start, end: line.end, cells: false})
  }
  return units
}

interface SourceLine {
  /** The line, trimmed, without blockquote markers. */
  text: string
  start: number
  end: number
}

/** Lines of a block's source, trimmed, with continuation `>` markers removed. */
function sourceLines(source: string, base: number): SourceLine[] {
  const lines: SourceLine[] = []
  let offset = 0
  for (const raw of source.split('\n')) {
    const prefix = /^[ \t]*(?:>[ \t]?)*[ \t]*/.exec(raw)?.[0].length ?? 0
    const content = raw.slice(prefix).trimEnd()
    lines.push({text: content, start: base + offset + prefix, end: base + offset + prefix + content.length})
    offset += raw.length + 1
  }
  return lines
}

const separatorRow = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/

function isSeparatorRow(text: string): boolean {
  return text.includes('-') && separatorRow.test(text)
}

/** Cells of a `| a | b |` row; `\|` escapes a pipe. */
function splitCells(line: SourceLine): Unit[] {
  const cells: Unit[] = []
  const {text} = line
  let cellStart = text.startsWith('|') ? 1 : 0
  for (let index = cellStart; index <= text.length; index++) {
    const atEnd = index === text.length
    if (!atEnd && (text[index] !== '|' || text[index - 1] === '\\')) continue
    const raw = text.slice(cellStart, index)
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed) {
      cells.push({text: trimmed, start: line.start + cellStart + lead, end: line.start + cellStart + lead + trimmed.length})
    }
    cellStart = index + 1
  }
  return cells
}

/** Text without inline markup: emphasis, code ticks, links, escapes, comments. */
function plainText(text: string): string {
  return text
    // An unclosed comment runs to the end, as in HTML; no `[` inside a link:
    // either way each opener starts one scan, not one to the end of the text.
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/!?\[([^[\]]*)\]\([^)[]*\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
    .replace(/[*`~]/g, '')
    .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
}

// Marks that say "failed" on their own.
const failMark = /^(?:❌|✗|✘|✖|⛔|🚫)\uFE0F?/u
const endsWithFailMark = /(?:❌|✗|✘|✖)\uFE0F?$/u
// Emoji and symbols that decorate a verdict: `✅ PASS`, `⚠️ PARTIAL VIOLATION`.
const decoration = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+/u
const verdictWord =
  /^(?:partial(?:ly)?\s+)?(?:fail(?:ed|s)?|violat(?:ion|ed|es)|non[- ]?compliant|not\s+met)(?![\p{L}\p{N}]|-[\p{L}\p{N}])/iu
// Translated verdicts (spec-kit plans are written in many languages); these
// scripts have no word boundaries, so the word must end the verdict.
const translatedVerdict =
  /^(?:部分)?(?:违反|違反|违规|違規|不通过|未通过|不合格|失败|失敗|不適合)|^(?:부분\s*)?(?:위반|실패|미통과|미충족|불합격)/u
const negation = /^(?:none|no|n\/a|nil|0|-|—)(?![\p{L}\p{N}])/iu
// `Label: verdict`, `Label — verdict`: a colon followed by a space (not a
// URL or a time), or a dash with spaces around it.
const segmentSeparator = /:(?=\s|$)|：|\s[—–-]+\s/u

function segments(text: string): string[] {
  return text
    .split(new RegExp(segmentSeparator.source, 'gu'))
    .map((part) => part.trim())
}

type VerdictFit = 'whole' | 'start' | undefined

/**
 * How a piece of text states a failing verdict: `whole` when it is nothing
 * but one (`FAIL`, `❌`, `**VIOLATION**`), `start` when it opens with one
 * (`FAIL — Principle III`, `⚠️ PARTIAL VIOLATION (see below)`).
 */
function verdictFit(text: string): VerdictFit {
  const mark = failMark.exec(text)
  if (mark) {
    const rest = text.slice(mark[0].length).replace(decoration, '')
    if (rest === '' || /^[^\p{L}\p{N}]*$/u.test(rest)) return 'whole'
    const word = verdictWord.exec(rest) ?? translatedVerdict.exec(rest)
    if (word) return rest.slice(word[0].length).replace(/[^\p{L}\p{N}]/gu, '') === '' ? 'whole' : 'start'
    return undefined
  }
  const stripped = text.replace(decoration, '')
  const translated = translatedVerdict.exec(stripped)
  if (translated) {
    const rest = stripped.slice(translated[0].length)
    if (/^[^\p{L}\p{N}]*$/u.test(rest)) return 'whole'
    return /^\s*[(（:：,，。.—–-]/u.test(rest) ? 'start' : undefined
  }
  const word = verdictWord.exec(stripped)
  if (!word) return undefined
  const rest = stripped.slice(word[0].length)
  if (/^[^\p{L}\p{N}]*$/u.test(rest)) return 'whole'
  if (/^\s*[^\p{L}\p{N}\s]/u.test(rest)) return 'start'
  // `FAIL because ...` in capitals is a verdict with a reason; `Fail closed`
  // and `FAIL FAST` are names.
  const isCapitals = word[0] === word[0].toUpperCase()
  return isCapitals && !/^\s*\p{Lu}/u.test(rest) ? 'start' : undefined
}

/** A table cell that states a failing verdict. */
function isFailingCell(text: string): boolean {
  if (!text) return false
  if (endsWithFailMark.test(text)) return true
  return isFailingSegments(segments(text), true)
}

/** A line, heading or list item that states a failing verdict. */
function isFailingLine(text: string): boolean {
  if (!text) return false
  if (endsWithFailMark.test(text)) return true
  return isFailingSegments(segments(text), false)
}

function isFailingSegments(parts: string[], cell: boolean): boolean {
  for (let index = 0; index < parts.length; index++) {
    const fit = verdictFit(parts[index] as string)
    if (!fit) continue
    // The first part of a line is its label: only a line that is nothing but
    // a verdict counts there (`FAIL — ...`), not `Violation: ...` prose.
    if (index === 0 && !cell && fit !== 'whole') continue
    // `Violation: none`
    const next = parts[index + 1]
    if (next !== undefined && negation.test(next)) continue
    return true
  }
  return false
}

// ---------------------------------------------------------------------------
// Justifications

const fillOnlyIf = /^fill(?:ed)?\s+only\s+if\b/i
const noViolations = [
  /^(?:none|n\/a|nothing|not applicable)\b/i,
  /\bviolations?\s*[:：]\s*none\b/i,
  /\b(?:not\s+(?:applicable|needed|required)|intentionally\s+(?:empty|blank|left\s+empty))\b/i
]
const emptyCell = /^(?:|-+|—|–|n\/a|none|nil|tbd)$/i
const placeholderCell = /^\[[^\]]*\]$/

// `无复杂性偏离`, `憲法違反は検出されませんでした`, `위반 없음`: a violation
// word and a negation in one sentence.
const translatedViolation = /违反|違反|违规|違規|偏离|偏離|例外|豁免|위반|예외/u
const translatedNegation =
  /无|無|没有|沒有|不存在|未发现|未發現|未检测|不需要|无需|無需|不要|なし|無し|ありません|ませんでした|없음|없습니다|없다/u

// `No constitutional violations`, `without deviations`: a negation, then a
// violation word within 60 characters of the same sentence.
const negationWord = /\b(?:no|zero|0|without)\b/gi
const violationWord = /\b(?:violations?|deviations?|exceptions?|justifications?\s+(?:needed|required))\b/gi
const sentenceEnd = /[.!?。]/
const maxNegationGap = 60

/**
 * Two linear scans rather than one pattern with a bounded gap, which would
 * go back over up to 60 characters from every negation word.
 */
function negatesViolations(text: string): boolean {
  const negationEnds = [...text.matchAll(negationWord)].map((match) => match.index + match[0].length)
  if (negationEnds.length === 0) return false
  let next = 0
  let lastEnd = -1
  for (const violation of text.matchAll(violationWord)) {
    while (next < negationEnds.length && (negationEnds[next] as number) <= violation.index) lastEnd = negationEnds[next++] as number
    if (lastEnd === -1 || violation.index - lastEnd > maxNegationGap) continue
    if (!sentenceEnd.test(text.slice(lastEnd, violation.index))) return true
  }
  return false
}

function isNoViolationStatement(text: string): boolean {
  if (negatesViolations(text) || noViolations.some((pattern) => pattern.test(text))) return true
  return text
    .split(/[。．！？!?]/u)
    .some((sentence) => translatedViolation.test(sentence) && translatedNegation.test(sentence))
}

/**
 * Whether a justification section explains the violations: a table row of
 * its own, or content that is neither template instructions nor a statement
 * that nothing needs justifying.
 */
function isJustified(model: PlanModel, section: PlanSection, instructions: string[]): boolean {
  const normalized = instructions.map(normalizeHeading)
  const state = {rows: false, content: false, none: false}
  const classifyText = (text: string) => {
    const plain = plainText(text)
    if (!plain || /^[^\p{L}\p{N}]*$/u.test(plain)) return
    if (fillOnlyIf.test(plain)) return
    const normal = normalizeHeading(plain)
    if (normalized.some((instruction) => normal.startsWith(instruction))) return
    if (isNoViolationStatement(plain)) {
      state.none = true
      return
    }
    // Only placeholders: `[current need]`, `[e.g., ...]`.
    if (plain.replace(/\[[^[\]]*\]/g, '').replace(/[^\p{L}\p{N}]/gu, '') === '') return
    state.content = true
  }
  const classifyRow = (cells: string[]) => {
    const plain = cells.map(plainText)
    // `| None | - | - |`, `| 无复杂性偏离 | - | - |`: the row names no
    // violation (its first cell that is more than a dash says so).
    const first = plain.find((cell) => !/^(?:|-+|—|–)$/.test(cell))
    if (first !== undefined && isNoViolationStatement(first)) {
      state.none = true
      return
    }
    if (plain.every((cell) => emptyCell.test(cell) || placeholderCell.test(cell))) return
    state.rows = true
  }
  const visit = (node: RootContent): boolean => {
    switch (node.type) {
      case 'blockquote':
        // Template instructions (`> **Fill ONLY if ...**`) and asides are no
        // justification, but `> No constitution violations` still says none.
        if (isNoViolationStatement(plainText(textOf(node)))) state.none = true
        return false
      case 'heading':
      case 'html':
      case 'thematicBreak':
      case 'definition':
        return false
      case 'code':
        if (node.value.trim()) state.content = true
        return false
      case 'table':
        for (const row of node.children.slice(1)) classifyRow(row.children.map((cell) => textOf(cell)))
        return false
      case 'paragraph': {
        const base = node.position?.start.offset
        const source = model.sourceOf(node)
        if (base === undefined || source === undefined) {
          classifyText(textOf(node))
          return false
        }
        const lines = sourceLines(source, base)
        const prose: string[] = []
        for (let index = 0; index < lines.length; index++) {
          const line = lines[index] as SourceLine
          if (!line.text.startsWith('|')) {
            prose.push(line.text)
            continue
          }
          if (isSeparatorRow(line.text)) continue
          const next = lines[index + 1]
          if (next && isSeparatorRow(next.text)) continue
          classifyRow(splitCells(line).map((cell) => cell.text))
        }
        if (prose.length > 0) classifyText(prose.join(' '))
        return false
      }
      default:
        return true
    }
  }
  walk(model.tree.children.slice(section.index + 1, section.end), visit)
  return state.rows || (state.content && !state.none)
}

// ---------------------------------------------------------------------------
// Checklists

interface ChecklistItem {
  /** Item text without the box and markup. */
  text: string
  checked: boolean
  /** The list the item belongs to. */
  list: List
  /** The item's first line, box included. */
  range: Range | undefined
}

const taskBox = /^\[([ xX])\][ \t]+/

function checklistItems(model: PlanModel, section: PlanSection): ChecklistItem[] {
  const items: ChecklistItem[] = []
  walk(model.tree.children.slice(section.index + 1, section.end), (node) => {
    if (node.type === 'code' || node.type === 'html') return false
    if (node.type === 'list') {
      for (const child of node.children) {
        const item = readItem(model, child, node)
        if (item) items.push(item)
      }
    }
    return true
  })
  return items
}

function readItem(model: PlanModel, item: ListItem, list: List): ChecklistItem | undefined {
  const first = item.children[0]
  if (first?.type !== 'paragraph') return undefined
  const checked = taskState(model, item)
  if (checked === undefined) return undefined
  const text = plainText((textOf(first).replace(taskBox, '').split('\n')[0] ?? ''))
  return {text, checked, list, range: firstLineOf(model, item)?.range}
}
