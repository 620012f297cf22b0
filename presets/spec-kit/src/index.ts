import {
  createPreset,
  planGatesPassed,
  planMetadata,
  planNoEmptySections,
  planNoOptionLabels,
  planNoPlaceholders,
  planRequiredSections,
  planRqsResolved,
  planSectionOrder,
  planSuccessCriteriaTraced,
  type PresetRuleSetting
} from '@plan-lint/rules'
import type {PlanRulePlugin} from '@plan-lint/core'

import {specKitTemplate} from './template.compiled.js'

export {specKitTemplate}

/** The rules and severities of spec-kit plans (speckitadv uses them too). */
export const specKitRules: Array<[PlanRulePlugin, PresetRuleSetting]> = [
  [planRequiredSections, 'error'],
  [planSectionOrder, 'warn'],
  [planNoEmptySections, 'warn'],
  [planNoPlaceholders, 'error'],
  [planNoOptionLabels, 'error'],
  [planMetadata, 'error'],
  [planRqsResolved, 'error'],
  [planSuccessCriteriaTraced, 'error'],
  [planGatesPassed, 'warn']
]

/** `remark-preset-plan-spec-kit`: plan-lint for classic spec-kit plans. */
const preset = createPreset('spec-kit', specKitTemplate, specKitRules)

export default preset
