import {
  defineRule,
  matchTemplate,
  templateRegExp,
  templateRuleOptions,
  type PlanModel,
  type PlanRulePlugin,
  type PlanSection
} from '@plan-lint/core'

/** One numbered decision heading inside the decisions section. */
interface Decision {
  section: PlanSection
  number: number
  /** `TD3`: the family id and the number, however the heading writes it. */
  label: string
}

// `Decision 2: ...`, `Technical Decision 2 — ...` at the start of a heading.
const leadingDecision = /^\s*(?:technical\s+)?decision\s+#?(\d+)(?!\d)/iu
// `2. Single mutation vs batch`, `2) ...` (but not `2.1 Options`).
const leadingNumber = /^\s*(\d+)[.)](?=\s|$)/u
const digits = /\d+/u

export const planTd1First: PlanRulePlugin = defineRule({
  id: 'plan-td1-first',
  description:
    'Technical decisions are numbered from TD1 without gaps or duplicates, and TD1 is the file-organization decision',
  options: templateRuleOptions,
  notes: [
    'A decision is a heading anywhere inside the decisions section whose text carries a number: the template\'s decision identifier anywhere in it (`TD1: ...`, `TD-1 — ...`, `... (§TD1)`), or a leading `Decision 1` or `1.`. When a heading has both, the identifier wins; when it has several identifiers, the first one is its number.',
    'Headings without a number (`### Context`, `#### Rationale`) are ignored. A heading nested under a decision (`#### Options` under `### Decision 2`) is a decision only when it carries the identifier itself (`#### TD3: Caching`), so a numbered list of options under a decision is not taken for decisions.',
    'Numbers run 1, 2, 3, ... in document order. A number that breaks the run (skipped, or lower than one already used) is reported once, as a `gap`, with the number expected at that point; later decisions are compared with the highest number seen, so one gap gives one message.',
    'The file-organization decision is recognised by its heading only, with the template\'s pattern, case-insensitively (for spec-plan: `File Organization`, `File organisation and module layout`, `File layout`, `File structure`).',
    'When the file-organization decision exists under another number, only that heading is reported (`fileOrganizationLater`, pointing back at TD1): the fix is one renumbering, so TD1 is not reported a second time. When the first decision is the file-organization one but misnumbered, `notFirst` says it all.',
    'The rule is silent when the template defines no decisions, when the plan has no decisions section (`plan-required-sections` reports that) and when the section is empty (`plan-no-empty-sections` reports that).',
    'No fix is offered: renumbering a decision changes what every `per Plan §TDn` citation in the tasks points at, so only the author can renumber.',
    'The spec-plan Quality Check "Technical decisions have clear rationale" stays with reviewers: the rule checks the numbering and the subject of TD1, not whether the Context, Decision and Rationale of each decision hold up.'
  ],
  messages: {
    noDecisions: ({section, decision, first}: {section: string; decision: string; first: string}) =>
      `Unexpected section \`${section}\` without numbered decisions, expected \`${decision}\` to be the \`${first}\` decision`,
    notFirst: ({decision, expected}: {decision: string; expected: string}) =>
      `Unexpected first decision \`${decision}\`, expected the decisions to start at \`${expected}\``,
    firstNotFileOrganization: ({heading, decision, first}: {heading: string; decision: string; first: string}) =>
      `Unexpected first decision \`${heading}\`, expected ${decision} to be the \`${first}\` decision`,
    fileOrganizationLater: ({first, decision, expected}: {first: string; decision: string; expected: string}) =>
      `Unexpected \`${first}\` decision numbered \`${decision}\`, expected it to be \`${expected}\``,
    duplicate: ({decision}: {decision: string}) =>
      `Unexpected repeated decision number \`${decision}\`, expected each decision number to be used once`,
    gap: ({decision, previous, expected}: {decision: string; previous: string; expected: string}) =>
      `Unexpected \`${decision}\` after \`${previous}\`, expected \`${expected}\``
  },
  check({model, options, report}) {
    const {template} = options
    const config = template.traceability.decisions
    if (!config) return
    const container = matchTemplate(model, template).byId.get(config.section)?.found
    if (!container || isEmpty(model, container)) return
    const family = template.identifiers.find((entry) => entry.id === config.family)
    if (!family) return

    const identifier = templateRegExp(family.pattern, family.ignoreCase)
    const label = (number: number) => `${family.id}${number}`
    const one = label(1)
    const decisions = collectDecisions(container, identifier, label)

    if (decisions.length === 0) {
      report('noDecisions', {section: container.text, decision: one, first: config.first.text}, container.heading)
      return
    }

    // Numbering, in document order.
    const first = decisions[0] as Decision
    if (first.number !== 1) report('notFirst', {decision: first.label, expected: one}, first.section.heading)
    const seen = new Map<number, Decision>([[first.number, first]])
    let highest = first.number
    for (let index = 1; index < decisions.length; index++) {
      const decision = decisions[index] as Decision
      const earlier = seen.get(decision.number)
      if (earlier) {
        report('duplicate', {decision: decision.label}, decision.section.heading, {
          cause: {message: 'first used here', place: earlier.section.heading}
        })
        continue
      }
      seen.set(decision.number, decision)
      if (decision.number !== highest + 1) {
        const previous = decisions[index - 1] as Decision
        report(
          'gap',
          {decision: decision.label, previous: previous.label, expected: label(highest + 1)},
          decision.section.heading
        )
      }
      if (decision.number > highest) highest = decision.number
    }

    // TD1 is the file-organization decision.
    const fileOrganization = templateRegExp(config.first.pattern, true)
    const isFileOrganization = (decision: Decision) => fileOrganization.test(decision.section.text)
    const ones = decisions.filter((decision) => decision.number === 1)
    if (ones.some(isFileOrganization)) return
    const later = decisions.find(isFileOrganization)
    if (later) {
      // The first decision, misnumbered: `notFirst` already asks for TD1.
      if (later === first) return
      const target = ones[0]
      report(
        'fileOrganizationLater',
        {first: config.first.text, decision: later.label, expected: one},
        later.section.heading,
        target ? {cause: {message: `\`${one}\` is here`, place: target.section.heading}} : undefined
      )
      return
    }
    const target = ones[0] ?? first
    report(
      'firstNotFileOrganization',
      {heading: target.section.text, decision: one, first: config.first.text},
      target.section.heading
    )
  }
})

/** Whether the section holds nothing but its heading and HTML comments. */
function isEmpty(model: PlanModel, section: PlanSection): boolean {
  for (let index = section.index + 1; index < section.end; index++) {
    const node = model.tree.children[index]
    if (node && !(node.type === 'html' && node.value.trimStart().startsWith('<!--'))) return false
  }
  return true
}

/**
 * Numbered decision headings below the section, in document order. Only the
 * section's own subtree is visited.
 */
function collectDecisions(container: PlanSection, identifier: RegExp, label: (number: number) => string): Decision[] {
  const decisions: Decision[] = []
  // Depth-first, children pushed in reverse so they pop in document order.
  const stack: Array<{section: PlanSection; inDecision: boolean}> = []
  const push = (parent: PlanSection, inDecision: boolean) => {
    for (let index = parent.children.length - 1; index >= 0; index--) {
      stack.push({section: parent.children[index] as PlanSection, inDecision})
    }
  }
  push(container, false)
  while (stack.length > 0) {
    const {section, inDecision} = stack.pop() as (typeof stack)[number]
    const number = decisionNumber(section.text, identifier, inDecision)
    if (number !== undefined) decisions.push({section, number, label: label(number)})
    push(section, inDecision || number !== undefined)
  }
  return decisions
}

/** The decision number a heading carries, if any; the identifier form wins. */
function decisionNumber(text: string, identifier: RegExp, identifierOnly: boolean): number | undefined {
  const match = identifier.exec(text)
  if (match) {
    for (let index = 1; index < match.length; index++) {
      const group = match[index]
      if (group !== undefined && /^\d+$/.test(group)) return Number(group)
    }
    const fallback = digits.exec(match[0])
    if (fallback) return Number(fallback[0])
  }
  if (identifierOnly) return undefined
  const lead = leadingDecision.exec(text) ?? leadingNumber.exec(text)
  return lead ? Number(lead[1]) : undefined
}
