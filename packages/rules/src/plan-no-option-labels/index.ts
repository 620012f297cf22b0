import {
  defineRule,
  describeValue,
  matchTemplate,
  sectionOffsets,
  templateRegExp,
  templateRuleOptions,
  type PlanModel,
  type PlanRulePlugin,
  type PlanSection,
  type Range,
  type Template
} from '@plan-lint/core'
import type {Node} from 'unist'

export const planNoOptionLabels: PlanRulePlugin = defineRule({
  id: 'plan-no-option-labels',
  description:
    'Template option labels are removed (`# [REMOVE IF UNUSED] Option N: ...`); where a template offers options, exactly one is chosen',
  options: templateRuleOptions,
  notes: [
    'A label is fixable (removed) only when it is the single label in its block; with several options left, removing them would merge the trees and hide that a choice is still to be made.',
    'Only the template\'s own labels are reported: a research heading such as `### Option 1: Use Redis` or a shell comment `# Option 1: ...` is not a template label.',
    'Where the template lays out alternatives as headings (`### Option A: ...`) and marks one chosen (`✅ **(Chosen)**`), a plan keeps the options it weighed and marks exactly one: none marked and several marked are reported. A plan that kept a single option has made its choice and is not reported. Check marks from a file whose encoding broke (`âœ…`, UTF-8 read as Windows-1252) count as check marks.',
    'When the template asks for a rationale (`**Decision Rationale:**`), it must sit under the chosen option or after the options.'
  ],
  fixable: true,
  messages: {
    label: ({text}: {text: string}) => `Unexpected template option label \`${text}\`, expected it removed`,
    several: ({count}: {count: number}) =>
      `Unexpected ${count} template options left in one block, expected exactly one chosen`,
    noneChosen: ({count}: {count: number}) =>
      `Unexpected ${count} options with none marked chosen, expected exactly one marked (\`✅ **(Chosen)**\`)`,
    severalChosen: ({option, first}: {option: string; first: string}) =>
      `Unexpected second chosen option \`${option}\`, expected exactly one (\`${first}\` is marked chosen)`,
    noRationale: ({option, rationale}: {option: string; rationale: string}) =>
      `Missing \`${rationale}\` for chosen option \`${option}\`, expected why it was chosen`
  },
  check({model, options, report}) {
    checkChosenOption(model, options.template, report)
    const patterns = options.template.optionLabels.map((label) => templateRegExp(label.pattern, label.ignoreCase))
    if (patterns.length === 0) return
    const test = (line: string) => patterns.some((pattern) => pattern.test(line))

    for (const block of model.codeBlocks) {
      const labels = labelLines(model, block, test)
      // With several options left, removing the labels would merge their
      // trees into one and hide that a choice is still to be made: no fix.
      const fix = labels.length === 1
      for (const label of labels) {
        report('label', {text: describeValue(label.text)}, label.range, fix ? {expected: [''], actual: label.text} : {actual: label.text})
      }
      if (labels.length > 1) report('several', {count: labels.length}, block)
    }
    // Labels that escaped their code fence become headings or paragraphs.
    for (const section of model.sections) {
      // The first line: an ATX heading with its `#`s, or a setext heading's text.
      const line = model.sourceOf(section.heading)?.split('\n')[0]?.trim()
      if (line === undefined || !test(line)) continue
      const actual = model.sourceOf(section.heading) as string
      report('label', {text: describeValue(line)}, section.heading, {expected: [''], actual})
    }
    for (const paragraph of model.paragraphs) {
      for (const label of labelLines(model, paragraph, test)) {
        report('label', {text: describeValue(label.text)}, label.range, {expected: [''], actual: label.text})
      }
    }
  }
})

type Heading = PlanSection['heading']
interface Report {
  (id: 'noneChosen', values: {count: number}, place: Heading): void
  (id: 'severalChosen', values: {option: string; first: string}, place: Heading): void
  (id: 'noRationale', values: {option: string; rationale: string}, place: Heading): void
}

/** Exactly one of the template's alternatives is marked chosen, with its rationale. */
function checkChosenOption(model: PlanModel, template: Template, report: Report): void {
  const spec = template.options
  if (!spec) return
  let scope: PlanSection | undefined
  if (spec.section) {
    scope = matchTemplate(model, template).byId.get(spec.section)?.found
    if (!scope) return
  }
  const heading = templateRegExp(spec.heading, true)
  const chosenMark = templateRegExp(spec.chosen, true)
  const within: [number, number] = scope ? sectionOffsets(model, scope) : [0, model.source.length]
  const optionSections = model.sections.filter((section) => {
    if (section === scope || section === model.title) return false
    const start = section.heading.position?.start.offset ?? -1
    return start >= within[0] && start < within[1] && heading.test(section.text.trim())
  })
  // Only the outermost option headings (an option's own `#### Option A.1` notes are its content).
  const options = optionSections.filter((section) => !optionSections.some((other) => isAncestor(other, section)))
  if (options.length < 2) return
  const chosen = options.filter((section) => {
    if (chosenMark.test(model.sourceOf(section.heading) ?? '')) return true
    // A status line right under the heading (`✅ **Chosen**`); a check mark in
    // a Pros list is not a choice, so the line must say so in words.
    const first = model.tree.children[section.index + 1]
    if (first?.type !== 'paragraph') return false
    const line = firstLine(model.sourceOf(first) ?? '')
    return chosenMark.test(line) && chosenWord.test(line)
  })
  if (chosen.length === 0) {
    report('noneChosen', {count: options.length}, (options[0] as PlanSection).heading)
    return
  }
  const first = chosen[0] as PlanSection
  for (const other of chosen.slice(1)) {
    report('severalChosen', {option: describeValue(other.text), first: describeValue(first.text)}, other.heading)
  }
  if (!spec.rationale || chosen.length > 1) return
  const rationale = templateRegExp(spec.rationale.pattern, true)
  const [start, end] = sectionOffsets(model, first)
  if (rationale.test(model.source.slice(start, end))) return
  // After the options, still inside their section: a closing `### Decision Rationale`.
  const last = options[options.length - 1] as PlanSection
  const after = sectionOffsets(model, last)[1]
  if (after < within[1] && rationale.test(model.source.slice(after, within[1]))) return
  report('noRationale', {option: describeValue(first.text), rationale: spec.rationale.text}, first.heading)
}

const chosenWord = /\b(?:chosen|selected|decision)\b/i

function isAncestor(ancestor: PlanSection, section: PlanSection): boolean {
  for (let current = section.parent; current; current = current.parent) if (current === ancestor) return true
  return false
}

function firstLine(text: string): string {
  const end = text.indexOf('\n')
  return end === -1 ? text : text.slice(0, end)
}

function labelLines(model: PlanModel, node: Node, test: (line: string) => boolean) {
  const found: Array<{text: string; range: Range}> = []
  const base = node.position?.start.offset
  const source = model.sourceOf(node)
  if (base === undefined || source === undefined) return found
  let offset = 0
  for (const line of source.split('\n')) {
    const trimmed = line.trim()
    if (trimmed && test(trimmed)) {
      const start = base + offset + (line.length - line.trimStart().length)
      const end = base + offset + line.trimEnd().length
      found.push({text: trimmed, range: {start: model.toPoint(start), end: model.toPoint(end)}})
    }
    offset += line.length + 1
  }
  return found
}
