import {
  type PlanRulePlugin,
  defineRule,
  describeValue,
  findIdentifiers,
  findPlaceholders,
  firstLineOf,
  getRelatedDocuments,
  matchTemplate,
  sectionOffsets,
  taskState,
  templateRuleOptions,
  type IdentifierOccurrence,
  type PlanModel,
  type PlanSection,
  type RuleContext,
  type Template
} from '@plan-lint/core'
import type {List, ListItem, RootContent} from 'mdast'

const messages = {
  marker: ({question}: {question: string}) =>
    question
      ? `Unexpected unresolved \`NEEDS CLARIFICATION\` (${question}), expected the question answered and the marker removed`
      : 'Unexpected unresolved `NEEDS CLARIFICATION`, expected the question answered and the marker removed',
  unansweredQuestion: ({id, spec}: {id: string; spec: string}) =>
    `Unexpected unanswered research question \`${id}\` from \`${spec}\`, expected an answer in the plan’s research section or the research notes`,
  openQuestion: ({question}: {question: string}) =>
    `Unexpected open question \`${question}\`, expected it answered or checked off`
}

type Report = RuleContext<{template: Template}, typeof messages>['report']

export const planRqsResolved: PlanRulePlugin = defineRule({
  id: 'plan-rqs-resolved',
  description:
    'No `NEEDS CLARIFICATION` is left outside quoted template boilerplate; every research question (RQ1..RQn) and open question is resolved',
  options: templateRuleOptions,
  notes: [
    'A marker is `[NEEDS CLARIFICATION]`, `[NEEDS CLARIFICATION: question]`, `NEEDS CLARIFICATION: question`, or a field whose value is `NEEDS CLARIFICATION`. Sentences that talk about markers are not markers: `All NEEDS CLARIFICATION resolved`, `For each NEEDS CLARIFICATION → research task`, `Resolve all NEEDS CLARIFICATION items`, `If NEEDS CLARIFICATION remain`.',
    'Markers in code (inline or fenced), HTML comments and sections the template marks as boilerplate (spec-kit’s Execution Flow) are quoted template text and are skipped.',
    'A marker inside a template example (`[e.g., Python 3.11 or NEEDS CLARIFICATION]`) is reported once, by `plan-no-placeholders`.',
    'Research questions come from the spec: every `RQn` the spec defines must be mentioned in the plan’s research section or anywhere in the research notes. An `RQn` heading in the research section with nothing under it does not answer it; the message then sits on that heading (and `plan-no-empty-sections` reports the empty heading).',
    'With a template whose open questions are a register (speckitadv: each with Owner, Deadline, Impact), a question with a named owner is tracked and not reported; one whose owner is still the template slot is.',
    'Open questions are the list items of a section headed `Open Questions` (or `Unresolved` / `Outstanding Questions`): an item is resolved when it is checked (`[x]`), struck through, or answered after its question mark or on a line of its own (`Answer:`, `A:`, `Resolved:`, `Decision:`, `→`, `✅`). `Pending decision: which region?` is still open. Questions kept in a table are not read.'
  ],
  messages,
  check({model, options, report}) {
    const {template} = options
    // 1. Markers (the ranges that quote one are gathered only when there is one).
    if (model.source.includes(marker)) {
      const match = matchTemplate(model, template)
      const boilerplate: Array<[number, number]> = []
      for (const entry of match.sections) {
        if (entry.section.boilerplate && entry.found) boilerplate.push(sectionOffsets(model, entry.found))
      }
      const quoted = [...boilerplate, ...codeRanges(model)]
      for (const finding of findPlaceholders(model, template)) quoted.push([finding.start, finding.end])
      for (const found of findMarkers(model.source, quoted)) {
        report(
          'marker',
          {question: found.question ? describeValue(found.question) : ''},
          {start: model.toPoint(found.start), end: model.toPoint(found.end)}
        )
      }
    }

    // 2. Research questions the spec raises.
    checkResearchQuestions(model, template, report)

    // 3. Open-question lists.
    if (!template.traceability.openQuestions) return
    for (const section of model.sections) {
      if (!openQuestionsHeading.test(section.text.trim())) continue
      for (const item of listItemsOf(model, section)) {
        const text = model.sourceOf(item) ?? ''
        if (isResolved(model, item, text)) continue
        if (template.traceability.openQuestions === 'tracked' && hasOwner(text)) continue
        const firstLine = firstLineOf(model, item)
        if (!firstLine) continue
        const question = questionText(firstLine.text)
        if (question === '' || question === '-') continue
        report('openQuestion', {question: describeValue(question)}, firstLine.range)
      }
    }
  }
})

const marker = 'NEEDS CLARIFICATION'
// Words that make the phrase a mention: "all NEEDS CLARIFICATION resolved".
const mentionBefore =
  /(?:^|[\s(])(?:all|any|no|each|every|remaining|outstanding|unresolved|resolved?|resolves|resolving|scan(?:ned)?\s+for|for|none|zero|without|marks?|marked|these|those)\s*["'“‘]?\[?$/iu
const mentionAfter =
  /^\]?["'”’]?\s*(?:items?|markers?|entries|tags?|resolved|remain(?:s|ing)?|left|blocking|count|→|->)(?![\p{L}])/iu

interface Marker {
  start: number
  end: number
  question: string
}

/**
 * How much of a line around a marker its mention words and question are read
 * from. A line may be a megabyte long and hold thousands of markers: bounded
 * reads keep the scan linear.
 */
const around = 200
const longestQuestion = 1000
/** Stands for the text before a cut: neither a word nor the space or `(` a mention word needs before it. */
const cutMark = '\u0000'

/** `NEEDS CLARIFICATION` markers outside quoted ranges, with their question. */
export function findMarkers(source: string, quoted: Array<[number, number]>): Marker[] {
  const found: Marker[] = []
  // Markers are met in document order: quoted ranges are taken in by start.
  const ranges = [...quoted].sort((a, b) => a[0] - b[0])
  let nextRange = 0
  let quotedUntil = -1
  let lineEnd = -1
  let close = -2
  let from = 0
  for (;;) {
    const index = source.indexOf(marker, from)
    if (index === -1) break
    from = index + marker.length
    while (nextRange < ranges.length && (ranges[nextRange] as [number, number])[0] <= index) {
      quotedUntil = Math.max(quotedUntil, (ranges[nextRange] as [number, number])[1])
      nextRange++
    }
    if (index < quotedUntil) continue
    // The end of the line, found once per line.
    if (index >= lineEnd) {
      lineEnd = source.indexOf('\n', index)
      if (lineEnd === -1) lineEnd = source.length
    }
    // `NEEDS CLARIFICATIONS` is another word.
    if (/^[\p{L}\p{N}]/u.test(source.slice(from, from + 1))) continue
    const window = source.slice(Math.max(0, index - around), index)
    const lineStartInWindow = window.lastIndexOf('\n')
    const lineBefore =
      lineStartInWindow !== -1 ? window.slice(lineStartInWindow + 1) : index > around ? cutMark + window : window
    const before = lineBefore.replace(/(?<![*_])[*_]+$/, '')
    const after = source.slice(from, Math.min(lineEnd, from + around))
    const bracket = before.endsWith('[')
    const asks = /^[*_]*\s*[:：]/u.test(after)
    // A question after a colon is a marker whatever precedes it; a bracket is
    // one unless the sentence goes on about markers ("[NEEDS CLARIFICATION] items").
    if (!asks) {
      const mention = bracket
        ? mentionBefore.test(before) && mentionAfter.test(after)
        : mentionBefore.test(before) || mentionAfter.test(after.replace(/^[*_]+/, ''))
      if (mention) continue
    }
    let start = index
    let end = from
    let question = ''
    if (bracket) {
      if (close !== -1 && close < from) close = source.indexOf(']', from)
      if (close !== -1 && close < lineEnd) {
        start = index - 1
        end = close + 1
        question = source.slice(from, Math.min(close, from + longestQuestion)).replace(/^\s*[:：]\s*/, '').trim()
      }
    } else {
      const colon = /^[*_]*\s*[:：][*_]*(?![*_])\s*/u.exec(after)
      if (colon) {
        end = lineEnd
        while (end > from && /\s/.test(source[end - 1] as string)) end--
        const questionStart = from + colon[0].length
        question = source.slice(questionStart, Math.max(questionStart, Math.min(end, questionStart + longestQuestion))).trim()
      }
    }
    found.push({start, end, question})
  }
  return found
}

/** Fenced and inline code and HTML comments: quoted text. */
function codeRanges(model: PlanModel): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  const push = (node: {position?: {start: {offset?: number}; end: {offset?: number}}}) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined) ranges.push([start, end])
  }
  for (const node of model.codeBlocks) push(node)
  for (const node of model.htmlNodes) push(node)
  const stack: Array<{type: string; children?: unknown[]}> = [...model.paragraphs]
  for (const section of model.sections) stack.push(section.heading)
  while (stack.length > 0) {
    const node = stack.pop() as {type: string; children?: unknown[]; position?: never}
    if (node.type === 'inlineCode') push(node)
    if (node.children) for (const child of node.children) stack.push(child as {type: string})
  }
  return ranges
}

function checkResearchQuestions(model: PlanModel, template: Template, report: Report): void {
  const questions = template.traceability.researchQuestions
  if (!questions) return
  const family = template.identifiers.find((entry) => entry.id === questions.family)
  if (!family) return
  const related = getRelatedDocuments(model, template)
  const match = matchTemplate(model, template)
  const researchSections = questions.sections
    .map((id) => match.byId.get(id)?.found)
    .filter((section): section is PlanSection => section !== undefined)
  const researchRanges = researchSections.map((section) => sectionOffsets(model, section))
  const inResearch = (offset: number) => researchRanges.some(([start, end]) => offset >= start && offset < end)

  const planOccurrences = findIdentifiers(model, [family])

  // An `RQn` heading in the research section with nothing under it does not
  // answer its question (plan-no-empty-sections reports the empty heading).
  const headings = new Map<string, PlanSection>()
  const bare: Array<[number, number]> = []
  for (const section of model.sections) {
    const start = section.heading.position?.start.offset ?? -1
    const end = section.heading.position?.end.offset ?? -1
    if (researchSections.includes(section) || !inResearch(start)) continue
    const occurrence = planOccurrences.find((entry) => entry.start >= start && entry.end <= end)
    if (!occurrence) continue
    if (!headings.has(occurrence.key)) headings.set(occurrence.key, section)
    if (section.children.length === 0 && isBare(model, section)) bare.push([start, end])
  }

  const answered = new Set<string>()
  const answer = (occurrence: IdentifierOccurrence) => {
    answered.add(occurrence.key)
    for (const key of occurrence.through) answered.add(key)
  }
  for (const occurrence of planOccurrences) {
    if (!inResearch(occurrence.start)) continue
    if (bare.some(([start, end]) => occurrence.start >= start && occurrence.end <= end)) continue
    answer(occurrence)
  }
  if (related.research) {
    for (const occurrence of findIdentifiers(related.research.model, [family])) answer(occurrence)
  }

  const spec = related.spec
  if (!spec) return
  const anchor = researchSections[0]?.heading ?? model.title?.heading ?? model.tree
  const seen = new Set<string>()
  const raised: IdentifierOccurrence[] = findIdentifiers(spec.model, [family])
  const definitions = raised.filter((occurrence) => occurrence.definition)
  for (const occurrence of definitions.length > 0 ? definitions : raised) {
    if (seen.has(occurrence.key)) continue
    seen.add(occurrence.key)
    if (answered.has(occurrence.key)) continue
    const place = {start: spec.model.toPoint(occurrence.start), end: spec.model.toPoint(occurrence.end)}
    const where = headings.get(occurrence.key)?.heading ?? anchor
    report('unansweredQuestion', {id: occurrence.text, spec: spec.relative}, where, {
      cause: {message: `\`${occurrence.text}\` is raised here in \`${spec.relative}\``, place}
    })
  }
}

/** A section whose own content is nothing but rules and comments. */
function isBare(model: PlanModel, section: PlanSection): boolean {
  return model.tree.children
    .slice(section.index + 1, section.contentEnd)
    .every((node) => node.type === 'thematicBreak' || (node.type === 'html' && node.value.trimStart().startsWith('<!--')))
}

const openQuestionsHeading =
  /^(?:[\p{N}.\s]*)?(?:open|unresolved|outstanding|remaining|pending)\s+(?:research\s+)?questions?\b/iu

function listItemsOf(model: PlanModel, section: PlanSection): ListItem[] {
  const items: ListItem[] = []
  const nodes: RootContent[] = model.tree.children.slice(section.index + 1, section.contentEnd)
  for (const node of nodes) {
    // One at a time: spread as arguments, a list of some 130,000 items overflows the stack.
    if (node.type === 'list') for (const item of (node as List).children) items.push(item)
  }
  return items
}

// An answer label, written after the question or on a line (or nested item) of its own.
const answerLabel = /(?:^|[\s(])(?:\*\*|__)?(?:answer(?:ed)?|resolved|resolution|decision|decided|outcome)(?:\*\*|__)?\s*[:：]|(?:^|\s)(?:\*\*)?A(?:\*\*)?\s*[:：]/iu
// Also as broken-encoding forms (UTF-8 read as Windows-1252): `â†’`, `âœ…`, `âœ”`.
const answerMark = /→|⇒|->|✅|✔|☑|â†’|â‡’|âœ…|âœ”/u

function isResolved(model: PlanModel, item: ListItem, text: string): boolean {
  const box = taskState(model, item)
  if (box !== undefined) return box
  const body = text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
  if (/~~[^~]+~~/.test(body)) return true
  // What follows the question: after its `?`; an item without one is a
  // statement that may carry its own answer (`Cache lifetime → ten minutes`).
  const mark = body.indexOf('?')
  const rest = mark === -1 ? body : body.slice(mark + 1)
  return answerLabel.test(rest) || answerMark.test(rest)
}

// `**Owner**: Data team` (not a template slot such as `[Who should answer]`).
const ownerField = /(?:^|\n)(?:(?!\n)[\s>*+-])*(?:\*\*|__)?owner(?:\*\*|__)?\s*[:：](?:\*\*|__)?[ \t]*([^\n]*)/iu

/** Whether an open question names who owns it (a tracked question). */
function hasOwner(text: string): boolean {
  const value = ownerField.exec(text)?.[1]?.trim() ?? ''
  return value !== '' && !/^\[[^\]]*\]$/.test(value) && !/^(?:tbd|todo|-|n\/a)$/i.test(value)
}

function questionText(line: string): string {
  return line
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/^\[ \]\s*/, '')
    .replace(/[*_]/g, '')
    .trim()
}
