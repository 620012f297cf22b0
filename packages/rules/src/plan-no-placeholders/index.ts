import {defineRule, type PlanRulePlugin, describeValue, findPlaceholders, templateOptionSchema} from '@plan-lint/core'
import {z} from 'zod'

export const planNoPlaceholders: PlanRulePlugin = defineRule({
  id: 'plan-no-placeholders',
  description: 'No template placeholder text is left, in prose, tables, metadata, titles or code blocks',
  options: z.strictObject({template: templateOptionSchema}),
  fixable: true,
  messages: {
    placeholder: ({text, kind}: {text: string; kind: string}) =>
      `Unexpected ${kind} \`${text}\`, expected the plan's own content`,
    comment: ({text}: {text: string}) => `Unexpected template instruction comment \`${text}\`, expected it removed`
  },
  check({model, options, report}) {
    for (const finding of findPlaceholders(model, options.template)) {
      const place = {start: model.toPoint(finding.start), end: model.toPoint(finding.end)}
      if (finding.comment) {
        const text = describeValue(finding.text.replace(/^\s*<!--|-->\s*$/g, ''))
        // Removing an instruction comment is always right: it is never content.
        report('comment', {text}, place, {expected: [''], actual: finding.text})
      } else {
        report('placeholder', {text: describeValue(finding.text), kind: finding.kind}, place, {actual: finding.text})
      }
    }
  }
})
