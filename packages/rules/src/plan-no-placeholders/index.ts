import {defineRule, type PlanRulePlugin, describeValue, findPlaceholders, templateRuleOptions} from '@plan-lint/core'

export const planNoPlaceholders: PlanRulePlugin = defineRule({
  id: 'plan-no-placeholders',
  description: 'No template placeholder text is left, in prose, tables, metadata, titles or code blocks',
  options: templateRuleOptions,
  notes: [
    'Only the shapes the preset\'s template declares are placeholders; ordinary bracket Markdown (links, reference links, footnotes, task boxes, images, escaped brackets, `list[0]`) never is.',
    'In code blocks, array literals of constants (`[POLL_INTERVAL_MS]`) and language tokens such as `__FILE__` or `__DEV__` are not template tokens.',
    'The older spec-kit template\'s Phase 0 and Phase 1 describe the command\'s own work (`Decision: [what was chosen]`, `update-agent-context.sh [claude|gemini|copilot]`); real plans keep that text verbatim, so it is not reported.',
    '`NEEDS CLARIFICATION` on its own is left to `plan-rqs-resolved`; inside a template example (`[e.g., ... or NEEDS CLARIFICATION]`) the whole example is reported here.'
  ],
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
