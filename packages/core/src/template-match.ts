/**
 * Pair a plan's headings with its template's sections. Computed once per
 * (plan, template) and shared by the structural rules.
 */
import {compileSectionMatcher, matchesSection, type CompiledSectionMatcher} from './headings.js'
import type {PlanModel, PlanSection} from './plan-model.js'
import type {Template, TemplateSectionInput} from './template.js'

export interface SectionMatch {
  section: TemplateSectionInput
  /** The match of the template parent, for nested template sections. */
  parent: SectionMatch | undefined
  /** Position of the section in the flattened template (document order). */
  order: number
  /** The plan heading that stands for this section, if any. */
  found: PlanSection | undefined
  requirement: 'required' | 'conditional' | 'optional'
}

export interface TemplateMatch {
  template: Template
  /** Every template section, flattened in template order. */
  sections: SectionMatch[]
  byId: Map<string, SectionMatch>
  /** Plan section to the template section it was matched to. */
  byPlanSection: Map<PlanSection, SectionMatch>
}

const compiled = new WeakMap<Template, Array<{matcher: CompiledSectionMatcher; parentIndex: number}>>()

function compileTemplate(template: Template) {
  let list = compiled.get(template)
  if (list) return list
  list = []
  const walk = (sections: TemplateSectionInput[], parentIndex: number) => {
    for (const section of sections) {
      const index = (list as unknown[]).length
      ;(list as Array<{matcher: CompiledSectionMatcher; parentIndex: number}>).push({
        matcher: compileSectionMatcher(section),
        parentIndex
      })
      walk(section.children ?? [], index)
    }
  }
  walk(template.sections, -1)
  compiled.set(template, list)
  return list
}

const matches = new WeakMap<PlanModel, WeakMap<Template, TemplateMatch>>()

/**
 * A plan's sections by each of their heading forms, in document order:
 * a template section named by its names finds its candidates by lookup,
 * not by comparing every heading with every template section (`auto`
 * matches every document against every template).
 */
const formIndexes = new WeakMap<PlanModel, Map<string, PlanSection[]>>()

function formIndex(model: PlanModel): Map<string, PlanSection[]> {
  let index = formIndexes.get(model)
  if (index) return index
  index = new Map()
  for (const section of model.sections) {
    for (const form of section.forms) {
      const list = index.get(form)
      if (!list) index.set(form, [section])
      // A section whose forms repeat (`Summary (summary)`) is listed once.
      else if (list[list.length - 1] !== section) list.push(section)
    }
  }
  formIndexes.set(model, index)
  return index
}

/** The plan sections a template section's names or pattern match, in document order. */
function sectionsMatching(model: PlanModel, matcher: CompiledSectionMatcher): PlanSection[] {
  if (matcher.pattern) return model.sections.filter((plan) => matchesSection(matcher, plan.forms))
  const index = formIndex(model)
  let found: PlanSection[] | undefined
  let merged = false
  for (const name of matcher.names) {
    const list = index.get(name)
    if (!list) continue
    if (!found) found = list
    else {
      if (!merged) found = [...found]
      merged = true
      for (const section of list) if (!found.includes(section)) found.push(section)
    }
  }
  if (!found) return []
  return merged ? found.sort((a, b) => a.index - b.index) : found
}

export function matchTemplate(model: PlanModel, template: Template): TemplateMatch {
  let perTemplate = matches.get(model)
  if (!perTemplate) {
    perTemplate = new WeakMap()
    matches.set(model, perTemplate)
  }
  const cached = perTemplate.get(template)
  if (cached) return cached

  const list = compileTemplate(template)
  const used = new Set<PlanSection>()
  const result: SectionMatch[] = []
  const byId = new Map<string, SectionMatch>()
  const byPlanSection = new Map<PlanSection, SectionMatch>()

  for (let order = 0; order < list.length; order++) {
    const {matcher, parentIndex} = list[order] as (typeof list)[number]
    const parent = parentIndex === -1 ? undefined : result[parentIndex]
    const scope = parent?.found
    const candidates = sectionsMatching(model, matcher).filter(
      (plan) => !used.has(plan) && plan !== model.title && (!scope || isWithin(plan, scope))
    )
    const level = matcher.section.level
    // A heading at another level still stands for the section (and is
    // reported as misplaced) when none sits at the template's level: for a
    // required section wherever it is, for others only where the template
    // puts them (real plans nest their own `### Phase 1: ...` notes under
    // headings of their own, which is not a misplaced template section).
    const required = (matcher.section.requirement ?? 'required') === 'required'
    const found =
      candidates.find((plan) => plan.depth === level) ??
      candidates.find(
        (plan) => required || (scope ? plan.parent === scope : !plan.parent || plan.parent === model.title)
      )
    if (found) used.add(found)
    const match: SectionMatch = {
      section: matcher.section,
      parent,
      order,
      found,
      requirement: matcher.section.requirement ?? 'required'
    }
    result.push(match)
    byId.set(matcher.section.id, match)
    if (found) byPlanSection.set(found, match)
  }

  const match: TemplateMatch = {template, sections: result, byId, byPlanSection}
  perTemplate.set(template, match)
  return match
}

function isWithin(section: PlanSection, ancestor: PlanSection): boolean {
  for (let current = section.parent; current; current = current.parent) {
    if (current === ancestor) return true
  }
  return false
}

/** Whether a section is required in this plan, following its condition. */
export function isRequired(match: SectionMatch, all: TemplateMatch): boolean {
  if (match.requirement === 'required') {
    // A child is only required inside its parent: when the parent is
    // missing, the parent is the one finding.
    return !match.parent || match.parent.found !== undefined
  }
  if (match.requirement === 'conditional') {
    const condition = match.section.when
    if (!condition) return false
    return all.byId.get(condition.present)?.found !== undefined
  }
  return false
}
