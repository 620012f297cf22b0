import {defineRule, type PlanRulePlugin, isRequired, matchTemplate, templateRuleOptions, type PlanModel, type SectionMatch} from '@plan-lint/core'

export const planRequiredSections: PlanRulePlugin = defineRule({
  id: 'plan-required-sections',
  description:
    'Every required section of the template is present at the right level; conditional sections follow their condition',
  options: templateRuleOptions,
  notes: [
    'Headings match case-insensitively, ignoring numbering, emoji and status marks, a qualifier after a dash, `&` or colon (`Project Structure — New Files`), and a translation with the English name in parentheses.',
    'Extra sections are always allowed. A document that shares no required section with the template gets one message, not one per section.',
    'Optional sections nested under a plan\'s own headings (`### Phase 1: ...` under `## Implementation Phases`) are not taken for misplaced template sections.'
  ],
  fixable: true,
  messages: {
    missing: ({section, after}: {section: string; after: string | undefined}) =>
      after === undefined
        ? `Missing required section \`${section}\`, expected at the start of the plan`
        : `Missing required section \`${section}\`, expected after \`${after}\``,
    missingConditional: ({section, after, condition}: {section: string; after: string | undefined; condition: string}) =>
      `Missing section \`${section}\` (required because \`${condition}\` is present), expected ${
        after === undefined ? 'at the start of the plan' : `after \`${after}\``
      }`,
    wrongLevel: ({section, actual, expected}: {section: string; actual: number; expected: number}) =>
      `Unexpected level ${actual} for section \`${section}\`, expected level ${expected}`,
    missingTitle: () => 'Missing title, expected a level-1 heading at the start of the plan',
    noTemplateSections: ({template, sections}: {template: string; sections: string}) =>
      `Missing every required section of the ${template} template, expected ${sections}`
  },
  check({model, options, report}) {
    const {template} = options
    const match = matchTemplate(model, template)

    if (template.title && !model.title) {
      const first = model.tree.children.find((node) => node.type !== 'yaml')
      report('missingTitle', undefined, first ?? model.tree)
    }

    // A plan that shares no required section with the template gets one
    // finding, not one per section: it is another kind of document.
    const required = match.sections.filter((entry) => !entry.parent && entry.requirement === 'required')
    if (required.length > 1 && required.every((entry) => !entry.found)) {
      report(
        'noTemplateSections',
        {template: template.name, sections: required.map((entry) => `\`${entry.section.text}\``).join(', ')},
        model.title?.heading ?? startOf(model)
      )
      return
    }

    for (const entry of match.sections) {
      if (entry.found) {
        if (entry.found.depth !== entry.section.level) {
          const heading = entry.found.heading
          const source = model.sourceOf(heading)
          // Only an ATX heading can be re-levelled by replacing its text.
          const fix = source?.startsWith('#')
            ? [`${'#'.repeat(entry.section.level)} ${source.replace(/^#+[ \t]*/, '')}`]
            : undefined
          report(
            'wrongLevel',
            {section: entry.found.text, actual: entry.found.depth, expected: entry.section.level},
            heading,
            fix ? {expected: fix, actual: source} : {}
          )
        }
        continue
      }
      if (!isRequired(entry, match)) continue
      const anchor = anchorFor(model, entry, match.sections)
      const section = entry.section.text
      if (entry.requirement === 'conditional') {
        const condition = match.byId.get(entry.section.when?.present ?? '')
        report(
          'missingConditional',
          {section, after: anchor?.text, condition: condition?.found?.text ?? condition?.section.text ?? ''},
          anchor?.heading ?? startOf(model)
        )
      } else {
        report('missing', {section, after: anchor?.text}, anchor?.heading ?? startOf(model))
      }
    }
  }
})

/**
 * The heading a missing section should follow: the nearest earlier template
 * section that is present (within the same parent), else the parent, else
 * the title.
 */
function anchorFor(model: PlanModel, entry: SectionMatch, all: SectionMatch[]) {
  for (let index = entry.order - 1; index >= 0; index--) {
    const candidate = all[index] as SectionMatch
    if (candidate.parent === entry.parent && candidate.found) return candidate.found
    if (entry.parent && candidate === entry.parent) return candidate.found
  }
  return model.title
}

function startOf(model: PlanModel) {
  const first = model.tree.children.find((node) => node.type !== 'yaml')
  return first ?? model.tree
}
