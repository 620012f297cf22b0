import {
  type PlanRulePlugin,
  defineRule,
  findPlaceholders,
  firstNotBefore,
  matchTemplate,
  normalizeHeading,
  sectionContent,
  sectionOffsets,
  sectionRange,
  templateRuleOptions,
  textOf,
  type PlaceholderFinding,
  type PlanModel,
  type PlanSection
} from '@plan-lint/core'
import type {RootContent} from 'mdast'

export const planNoEmptySections: PlanRulePlugin = defineRule({
  id: 'plan-no-empty-sections',
  description: 'A section holds more than its heading, comments or template instructions',
  options: templateRuleOptions,
  notes: [
    'HTML comments, thematic breaks, the template\'s own instruction lines and paragraphs or lists made only of placeholders are not content.',
    'A section whose content is its subsections is not empty; sections the template allows to be empty (spec-kit\'s Complexity Tracking: empty means no violations) are never reported.',
    'Sections the template marks `allOrNothing` ("include this section if ...; delete it entirely otherwise") are reported once, on their heading, when template placeholders are left anywhere in them: keep them filled or delete them. A placeholder inside a nested all-or-nothing subsection is that subsection\'s finding, not its parent\'s. Instruction comments left in a filled section do not count (`plan-no-placeholders` reports them).'
  ],
  fixable: true,
  messages: {
    empty: ({section}: {section: string}) => `Unexpected empty section \`${section}\`, expected content under its heading`,
    onlyInstructions: ({section}: {section: string}) =>
      `Unexpected section \`${section}\` with only template instructions, expected the plan's own content`,
    incomplete: ({section, count}: {section: string; count: number}) =>
      `Unexpected template text in \`${section}\` (${count} ${count === 1 ? 'placeholder' : 'placeholders'}), expected the section filled or deleted entirely`
  },
  check({model, options, report}) {
    const match = matchTemplate(model, options.template)
    const placeholders = findPlaceholders(model, options.template)
    checkAllOrNothing(model, match.byPlanSection, placeholders, report)
    for (const section of model.sections) {
      if (section === model.title || section.children.length > 0) continue
      const entry = match.byPlanSection.get(section)
      const templateSection = entry?.section
      if (templateSection?.allowEmpty) continue
      const instructions = (templateSection?.instructions ?? []).map(normalizeHeading)
      const verdict = contentOf(model, section, instructions, placeholders)
      if (verdict === 'content') continue
      const id = verdict === 'empty' ? 'empty' : 'onlyInstructions'
      // An optional template section with nothing in it can go: removing
      // the whole section (heading, comments, instructions) is certain.
      const range = entry?.requirement === 'optional' ? sectionRange(model, section) : undefined
      if (range) {
        report(id, {section: section.text}, range, {
          expected: [''],
          actual: model.source.slice(range.start.offset, range.end.offset)
        })
      } else {
        report(id, {section: section.text}, section.heading)
      }
    }
  }
})

/**
 * Sections kept by choice must not be left partly as template: count the
 * placeholders each one holds outside its own all-or-nothing subsections.
 */
function checkAllOrNothing(
  model: PlanModel,
  byPlanSection: Map<PlanSection, {section: {allOrNothing?: boolean | undefined}}>,
  placeholders: PlaceholderFinding[],
  report: (id: 'incomplete', values: {section: string; count: number}, place: PlanSection['heading']) => void
): void {
  const kept: Array<{section: PlanSection; start: number; end: number}> = []
  for (const [section, entry] of byPlanSection) {
    if (!entry.section.allOrNothing) continue
    const [start, end] = sectionOffsets(model, section)
    kept.push({section, start, end})
  }
  if (kept.length === 0) return
  const counts = new Map<PlanSection, number>()
  for (const finding of placeholders) {
    if (finding.comment) continue
    // The innermost kept section holding the placeholder owns it.
    let owner: (typeof kept)[number] | undefined
    for (const candidate of kept) {
      if (finding.start < candidate.start || finding.start >= candidate.end) continue
      if (!owner || candidate.start >= owner.start) owner = candidate
    }
    if (owner) counts.set(owner.section, (counts.get(owner.section) ?? 0) + 1)
  }
  for (const {section} of kept.sort((a, b) => a.start - b.start)) {
    const count = counts.get(section)
    if (count) report('incomplete', {section: section.text, count}, section.heading)
  }
}

type Verdict = 'content' | 'empty' | 'instructions'

function contentOf(
  model: PlanModel,
  section: PlanSection,
  instructions: string[],
  placeholders: PlaceholderFinding[]
): Verdict {
  let verdict: Verdict = 'empty'
  for (const node of sectionContent(model, section)) {
    const kind = classify(model, node, instructions, placeholders)
    if (kind === 'content') return 'content'
    if (kind === 'instructions') verdict = 'instructions'
  }
  return verdict
}

function classify(
  model: PlanModel,
  node: RootContent,
  instructions: string[],
  placeholders: PlaceholderFinding[]
): Verdict {
  if (node.type === 'thematicBreak' || node.type === 'definition') return 'empty'
  if (node.type === 'html') return /^\s*<!--[\s\S]*-->\s*$/.test(node.value) ? 'empty' : 'content'
  if (node.type === 'list') {
    // A list of template placeholders (`- [e.g., ...]`) is no more content
    // than a paragraph of them.
    let verdict: Verdict = 'empty'
    for (const item of node.children) {
      for (const child of item.children) {
        const kind = classify(model, child, instructions, placeholders)
        if (kind === 'content') return 'content'
        if (kind === 'instructions') verdict = 'instructions'
      }
    }
    return verdict
  }
  if (node.type !== 'paragraph') return 'content'
  const text = normalizedStart(textOf(node), instructions)
  if (text === '') return 'empty'
  if (instructions.some((instruction) => text.startsWith(instruction))) return 'instructions'
  // A paragraph made only of template placeholders is not content.
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return 'content'
  let rest = ''
  let cursor = start
  // Placeholders are in document order: start at the first that can reach the paragraph.
  for (let index = firstNotBefore(placeholders, (finding) => finding.end <= start); index < placeholders.length; index++) {
    const finding = placeholders[index] as PlaceholderFinding
    if (finding.start >= end) break
    if (finding.end <= start) continue
    rest += model.source.slice(cursor, finding.start)
    cursor = finding.end
  }
  if (cursor === start) return 'content'
  rest += model.source.slice(cursor, end)
  return /[\p{L}\p{N}]/u.test(rest) ? 'content' : 'instructions'
}

/**
 * The normalised start of a paragraph: enough of it to tell whether it is
 * empty or opens with one of the instructions. A paragraph of prose can be
 * long, and only its first words are compared; normalising a prefix gives
 * the same first characters as normalising the whole (every step is local
 * but the trims at the ends), so a prefix whose normalised form is clearly
 * longer than the longest instruction decides alone.
 */
function normalizedStart(text: string, instructions: string[]): string {
  let longest = 0
  for (const instruction of instructions) longest = Math.max(longest, instruction.length)
  const window = 4 * longest + 128
  if (text.length <= window) return normalizeHeading(text)
  const head = normalizeHeading(text.slice(0, window))
  return head.length >= longest + 16 ? head : normalizeHeading(text)
}
