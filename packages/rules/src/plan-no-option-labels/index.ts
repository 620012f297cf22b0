import {defineRule, templateRegExp, type PlanRulePlugin, describeValue, templateRuleOptions, type PlanModel, type Range} from '@plan-lint/core'
import type {Node} from 'unist'

export const planNoOptionLabels: PlanRulePlugin = defineRule({
  id: 'plan-no-option-labels',
  description:
    'Template option labels are removed (`# [REMOVE IF UNUSED] Option N: ...`); where a template offers options, exactly one is chosen',
  options: templateRuleOptions,
  notes: [
    'Only the template\'s own labels are reported: a research heading such as `### Option 1: Use Redis` or a shell comment `# Option 1: ...` is not a template label.'
  ],
  fixable: true,
  messages: {
    label: ({text}: {text: string}) => `Unexpected template option label \`${text}\`, expected it removed`,
    several: ({count}: {count: number}) =>
      `Unexpected ${count} template options left in one block, expected exactly one chosen`
  },
  check({model, options, report}) {
    const patterns = options.template.optionLabels.map((label) => templateRegExp(label.pattern, label.ignoreCase))
    if (patterns.length === 0) return
    const test = (line: string) => patterns.some((pattern) => pattern.test(line))

    for (const block of model.codeBlocks) {
      const labels = labelLines(model, block, test)
      for (const label of labels) {
        report('label', {text: describeValue(label.text)}, label.range, {expected: [''], actual: label.text})
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
