import {defineRule, type PlanRulePlugin, matchTemplate, templateRuleOptions, type PlanSection, type SectionMatch} from '@plan-lint/core'

export const planSectionOrder: PlanRulePlugin = defineRule({
  id: 'plan-section-order',
  description: 'Sections appear in template order; every deviation is reported, not only the first',
  options: templateRuleOptions,
  notes: [
    'Only siblings are compared, and the smallest set of moved sections is reported (longest increasing subsequence), so one moved section gives one message.',
    'Sections the template marks `ordered: false` are never reported: spec-kit\'s Phase sections sit before Complexity Tracking in the older template and after it in plans written by newer `/plan` commands.',
    'In templates with numbered sections (`## 3. PROJECT STRUCTURE`), the Nth numbered heading at that level must carry N; each heading that does not is reported with the number it should carry, so applying every fix renumbers the plan in one pass (a deleted section is reported on each heading after it). Headings without a number (`## L2: PHASE DEPENDENCIES`) are not counted.'
  ],
  fixable: true,
  messages: {
    outOfOrder: ({section, after}: {section: string; after: string}) =>
      `Unexpected position of section \`${section}\`, expected after \`${after}\``,
    outOfOrderFirst: ({section, before}: {section: string; before: string}) =>
      `Unexpected position of section \`${section}\`, expected before \`${before}\``,
    numbering: ({section, actual, expected}: {section: string; actual: string; expected: number}) =>
      `Unexpected section number \`${actual}\` in \`${section}\`, expected \`${expected}\``
  },
  check({model, options, report}) {
    const match = matchTemplate(model, options.template)
    // Compare siblings only: top-level template sections with each other,
    // and the children of one template section with each other.
    const groups = new Map<SectionMatch | undefined, Array<{entry: SectionMatch; found: PlanSection}>>()
    for (const entry of match.sections) {
      if (!entry.found || entry.section.ordered === false) continue
      let group = groups.get(entry.parent)
      if (!group) {
        group = []
        groups.set(entry.parent, group)
      }
      group.push({entry, found: entry.found})
    }
    for (const group of groups.values()) {
      group.sort((a, b) => a.found.index - b.found.index)
      const keep = longestIncreasing(group.map((item) => item.entry.order))
      const inOrder = group.filter((_, index) => keep.has(index))
      group.forEach((item, index) => {
        if (keep.has(index)) return
        const predecessor = [...inOrder].reverse().find((other) => other.entry.order < item.entry.order)
        if (predecessor) {
          report('outOfOrder', {section: item.found.text, after: predecessor.found.text}, item.found.heading)
        } else {
          const successor = inOrder.find((other) => other.entry.order > item.entry.order) as (typeof inOrder)[number]
          report('outOfOrderFirst', {section: item.found.text, before: successor.found.text}, item.found.heading)
        }
      })
    }

    const numbering = options.template.numbering
    if (numbering) {
      // The Nth numbered heading carries N: one pass of fixes settles the
      // numbering, whatever was deleted, duplicated or mistyped.
      let expected = 0
      for (const section of model.sections) {
        if (section.depth !== numbering.level || section === model.title) continue
        const number = leadingNumber.exec(section.text)
        if (!number) continue
        expected += 1
        const actual = Number(number[1])
        if (actual === expected) continue
        const source = model.sourceOf(section.heading) ?? ''
        const atx = atxNumber.exec(source)
        const start = section.heading.position?.start.offset
        if (atx && start !== undefined) {
          const from = start + (atx[1] as string).length
          const range = {start: model.toPoint(from), end: model.toPoint(from + (atx[2] as string).length)}
          report('numbering', {section: section.text, actual: number[1] as string, expected}, range, {
            expected: [String(expected)],
            actual: atx[2] as string
          })
        } else {
          report('numbering', {section: section.text, actual: number[1] as string, expected}, section.heading)
        }
      }
    }
  }
})

const leadingNumber = /^\s*(\d{1,4})[.)](?:\s|$)/
const atxNumber = /^(#{1,6}[ \t]+(?:[*_]{1,2})?)(\d{1,4})(?=[.)])/

/**
 * Indices of one longest strictly increasing subsequence (patience sorting,
 * O(n log n)). Everything outside it is what moved: the smallest set of
 * sections whose moving restores the template order.
 */
export function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = []
  const previous: number[] = new Array(values.length).fill(-1)
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as number
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((values[tails[middle] as number] as number) < value) low = middle + 1
      else high = middle
    }
    if (low > 0) previous[index] = tails[low - 1] as number
    tails[low] = index
  }
  const keep = new Set<number>()
  let cursor = tails.length > 0 ? (tails[tails.length - 1] as number) : -1
  while (cursor !== -1) {
    keep.add(cursor)
    cursor = previous[cursor] as number
  }
  return keep
}
