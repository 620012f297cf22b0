import {
  type PlanRulePlugin,
  defineRule,
  describeValue,
  findIdentifiers,
  firstNotBefore,
  firstLineOf,
  getRelatedDocuments,
  matchTemplate,
  sectionOffsets,
  templateOptionSchema,
  templateRegExp,
  type IdentifierOccurrence,
  type PlanModel,
  type PlanSection
} from '@plan-lint/core'
import type {ListItem, RootContent} from 'mdast'
import * as z from 'zod'

const options = z.strictObject({
  template: templateOptionSchema,
  families: z
    .array(z.string().min(1))
    .optional()
    .describe('Identifier families whose citations must exist in the spec (default: the template’s, e.g. `["FR", "SC", "US"]`)'),
  coverage: z
    .array(z.string().min(1))
    .optional()
    .describe('Families whose every spec definition must be cited in the success criteria (default: the template’s; `[]` turns coverage off)'),
  citationsRequiredIn: z
    .string()
    .optional()
    .describe(
      'Regular expression: items of the success-criteria sections under a matching group label must cite an identifier (`""`: every item; default: the template’s)'
    )
})

export const planSuccessCriteriaTraced: PlanRulePlugin = defineRule({
  id: 'plan-success-criteria-traced',
  description:
    'Success criteria cite the spec’s acceptance criteria (AC1..ACn or the style’s family: FR-###, SC-###, ...), every cited id exists in the spec, every acceptance criterion is covered',
  options,
  notes: [
    'Dangling citations and coverage need the spec: found from the plan’s spec link or by convention (see `plan-metadata`). Without a spec those checks are silent (the missing spec is reported once, by `plan-metadata`); criteria that cite nothing are still reported.',
    'Citations in code count: a project-structure tree whose comments name `US1` cites it, so a dangling id there is reported too.',
    'A group label is a heading or a short paragraph ending with a colon (`**Functional** (from spec):`); a prose paragraph between the label and its list does not end the group.',
    'An identifier exists in the spec when it appears anywhere in it outside HTML comments; spellings compare by family and number, so `US1`, `US-01` and `User Story 1` are one identifier, and `FR-7` is `FR-007`.',
    'Ranges count: `AC1-AC4`, `AC1–AC4` and `FR-001 to FR-004` cite every identifier between their ends (for coverage); only the two ends must exist in the spec.',
    'Coverage counts the identifiers the spec defines (where a list item, heading, table row or paragraph starts with one), not those it merely mentions.',
    'Which items must cite an identifier is the preset’s choice: spec-plan requires it under a `**Functional** (from spec)` group, not under Technical or Quality criteria. spec-kit requires no citations and no coverage, since most real spec-kit plans cite no identifiers; a dangling citation is always reported.',
    'Whether a criterion is measurable, and whether it really follows from the acceptance criterion it cites, stays with reviewers.'
  ],
  messages: {
    undefinedId: ({id, spec}: {id: string; spec: string}) =>
      `Unexpected \`${id}\`, which \`${spec}\` does not define, expected an identifier from the spec`,
    uncited: ({criterion, families}: {criterion: string; families: string}) =>
      `Unexpected success criterion \`${criterion}\` that cites nothing from the spec, expected a citation of ${families}`,
    uncovered: ({id, spec}: {id: string; spec: string}) =>
      `Missing success criterion for \`${id}\` of \`${spec}\`, expected a criterion that cites it`
  },
  check({model, options, report}) {
    const {template} = options
    const config = template.traceability.successCriteria
    if (!config) return
    const familyIds = options.families ?? config.families
    const coverageIds = options.coverage ?? config.coverage
    const citationPattern = options.citationsRequiredIn ?? config.citationsRequiredIn
    const families = template.identifiers.filter(
      (family) => familyIds.includes(family.id) || coverageIds.includes(family.id)
    )
    if (families.length === 0) return

    const related = getRelatedDocuments(model, template)
    const spec = related.spec
    const match = matchTemplate(model, template)
    const sections = config.sections
      .map((id) => match.byId.get(id)?.found)
      .filter((section): section is PlanSection => section !== undefined)
    const ranges = sections.map((section) => sectionOffsets(model, section))
    const inCriteria = (offset: number) =>
      config.sections.length === 0 || ranges.some(([start, end]) => offset >= start && offset < end)

    const cited = findIdentifiers(model, families)

    // Criteria that cite nothing (no spec needed).
    if (citationPattern !== undefined) {
      const required = citationPattern === '' ? undefined : templateRegExp(citationPattern, true)
      const traced = families.filter((family) => familyIds.includes(family.id))
      const example = traced.map((family) => `\`${family.id}\``).join(' or ') + ' identifiers'
      for (const section of sections) {
        for (const item of criteriaItems(model, section, required)) {
          const start = item.position?.start.offset ?? 0
          const end = item.position?.end.offset ?? 0
          if (citesWithin(cited, start, end)) continue
          const line = firstLine(model, item)
          if (line) report('uncited', {criterion: describeValue(line.text), families: example}, line.range)
        }
      }
    }

    if (!spec) return
    const defined = findIdentifiers(spec.model, families)
    const known = new Set(defined.map((occurrence) => occurrence.key))

    // Citations of identifiers the spec does not have.
    for (const occurrence of cited) {
      if (!familyIds.includes(occurrence.family) || known.has(occurrence.key)) continue
      report(
        'undefinedId',
        {id: occurrence.text, spec: spec.relative},
        {start: model.toPoint(occurrence.start), end: model.toPoint(occurrence.end)}
      )
    }

    // Spec definitions no criterion covers.
    if (coverageIds.length === 0) return
    const covered = new Set<string>()
    for (const occurrence of cited) {
      if (!inCriteria(occurrence.start)) continue
      covered.add(occurrence.key)
      for (const key of occurrence.through) covered.add(key)
    }
    const anchor = sections[0]?.heading ?? model.title?.heading ?? model.tree
    const seen = new Set<string>()
    for (const occurrence of defined) {
      if (!occurrence.definition || !coverageIds.includes(occurrence.family)) continue
      if (seen.has(occurrence.key) || covered.has(occurrence.key)) continue
      seen.add(occurrence.key)
      report('uncovered', {id: occurrence.text, spec: spec.relative}, anchor, {
        cause: {message: `\`${occurrence.text}\` is defined here in \`${spec.relative}\``, place: placeIn(spec.model, occurrence)}
      })
    }
  }
})

/**
 * Whether an occurrence lies within `[start, end)`. Occurrences are in source
 * order: a binary search finds the first at or after `start`, so checking
 * every item of a long list stays near-linear (it was items × citations).
 */
function citesWithin(occurrences: readonly IdentifierOccurrence[], start: number, end: number): boolean {
  for (let index = firstNotBefore(occurrences, (occurrence) => occurrence.start < start); index < occurrences.length; index++) {
    const occurrence = occurrences[index] as IdentifierOccurrence
    if (occurrence.start >= end) return false
    if (occurrence.end <= end) return true
  }
  return false
}

function placeIn(model: PlanModel, occurrence: IdentifierOccurrence) {
  return {start: model.toPoint(occurrence.start), end: model.toPoint(occurrence.end)}
}

/** An item's first line, and its text without the list marker and box. */
function firstLine(model: PlanModel, item: ListItem) {
  const line = firstLineOf(model, item)
  if (!line) return undefined
  const text = line.text
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/^\[[ xX]\]\s*/, '')
    .trim()
  return {text, range: line.range}
}

/**
 * The list items of a success-criteria section (subsections included) that
 * must cite: under a group label (a heading or a `**Label**:` paragraph
 * right before the list) matching `required`, or every item without a pattern.
 */
function criteriaItems(model: PlanModel, section: PlanSection, required: RegExp | undefined): ListItem[] {
  const items: ListItem[] = []
  let label = section.text
  const nodes: RootContent[] = model.tree.children.slice(section.index + 1, section.end)
  for (const node of nodes) {
    if (node.type === 'heading') label = model.sourceOf(node) ?? ''
    else if (node.type === 'paragraph') {
      // A label is short and ends with a colon (or is wholly emphasised);
      // prose under the label keeps the group.
      const text = (model.sourceOf(node) ?? '').trim()
      if (/[:：]\s*(?:\*\*|__|\*|_)?$/u.test(text) || /^(?:\*\*|__)[^\n]*(?:\*\*|__)$/u.test(text)) label = text
    }
    else if (node.type === 'list') {
      // One at a time: spread as arguments, a list of some 130,000 items overflows the stack.
      if (!required || required.test(label)) for (const item of node.children) items.push(item)
    }
  }
  return items
}
