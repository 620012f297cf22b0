import {defineTemplate, PlanLintConfigError, type TemplateInput} from '@plan-lint/core'
import {rules} from './index.js'
import {createPreset, type PlanPreset, type PresetRuleSetting} from './preset.js'

export interface TemplatePresetOptions {
  /** Severity per rule id, over the defaults (`'off'` drops the rule). */
  rules?: Record<string, PresetRuleSetting>
}

/**
 * Rules that report a judgement call (where a section sits, whether it says
 * enough, whether a gate is passed yet) warn; the rest fail the run.
 */
const warnByDefault = new Set(['plan-section-order', 'plan-no-empty-sections', 'plan-gates-passed'])
const settings: PresetRuleSetting[] = ['error', 'warn', 'off']

/**
 * A remark preset from a team's own template schema (what `plan-lint init
 * --from-template` writes into `.remarkrc.mjs`): every plan-lint rule, with
 * the template as its option.
 */
export function templatePreset(input: TemplateInput, options: TemplatePresetOptions = {}): PlanPreset {
  const template = defineTemplate(input)
  const overrides = options.rules ?? {}
  const known = new Set(rules.map((rule) => rule.meta.id))
  const unknown = Object.keys(overrides).filter((id) => !known.has(id))
  if (unknown.length > 0) {
    throw new PlanLintConfigError(
      `Unknown rule ${unknown.map((id) => `\`${id}\``).join(', ')} in \`templatePreset\` options, expected one of ${[...known]
        .map((id) => `\`${id}\``)
        .join(', ')}`
    )
  }
  for (const [id, setting] of Object.entries(overrides)) {
    if (!settings.includes(setting)) {
      throw new PlanLintConfigError(
        `Invalid severity \`${String(setting)}\` for \`${id}\` in \`templatePreset\` options, expected \`error\`, \`warn\` or \`off\``
      )
    }
  }
  return createPreset(
    template.id,
    template,
    rules.map((rule) => [rule, overrides[rule.meta.id] ?? (warnByDefault.has(rule.meta.id) ? 'warn' : 'error')])
  )
}
