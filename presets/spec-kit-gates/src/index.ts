import {
  createLayoutPreset,
  createPreset,
  planGatesPassed,
  planMetadata,
  planNoEmptySections,
  planNoOptionLabels,
  planNoPlaceholders,
  planRequiredSections,
  planRqsResolved,
  planSectionOrder,
  type PresetRuleSetting
} from '@plan-lint/rules'
import type {PlanRulePlugin} from '@plan-lint/core'

import {specKitGatesSummaryTemplate, specKitGatesTemplate} from './template.compiled.js'

export {specKitGatesSummaryTemplate, specKitGatesTemplate}

const rules: Array<[PlanRulePlugin, PresetRuleSetting]> = [
  [planRequiredSections, 'error'],
  [planSectionOrder, 'warn'],
  [planNoEmptySections, 'warn'],
  [planNoPlaceholders, 'error'],
  [planNoOptionLabels, 'error'],
  [planMetadata, 'error'],
  [planRqsResolved, 'error'],
  [planGatesPassed, 'warn']
]

/**
 * `remark-preset-plan-spec-kit-gates`: plan-lint for numbered spec-kit plans
 * with quality gates. Each plan is linted with the layout it follows:
 * `objective` (`1. OBJECTIVE` .. `10. REFERENCES`) or `summary`
 * (`1. SUMMARY` .. `7. ROLLBACK PLAN`).
 */
const preset = createLayoutPreset('spec-kit-gates', [
  createPreset('spec-kit-gates', specKitGatesTemplate, rules, 'objective'),
  createPreset('spec-kit-gates', specKitGatesSummaryTemplate, rules, 'summary')
])

export default preset
