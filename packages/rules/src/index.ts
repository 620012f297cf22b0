import type {PlanRulePlugin} from '@plan-lint/core'
import {planGatesPassed} from './plan-gates-passed/index.js'
import {planMetadata} from './plan-metadata/index.js'
import {planNoEmptySections} from './plan-no-empty-sections/index.js'
import {planNoOptionLabels} from './plan-no-option-labels/index.js'
import {planNoPlaceholders} from './plan-no-placeholders/index.js'
import {planRequiredSections} from './plan-required-sections/index.js'
import {planRqsResolved} from './plan-rqs-resolved/index.js'
import {planSectionOrder} from './plan-section-order/index.js'
import {planTd1First} from './plan-td1-first/index.js'
import {planSuccessCriteriaTraced} from './plan-success-criteria-traced/index.js'

export {
  planGatesPassed,
  planMetadata,
  planNoEmptySections,
  planNoOptionLabels,
  planNoPlaceholders,
  planRequiredSections,
  planRqsResolved,
  planSectionOrder,
  planSuccessCriteriaTraced,
  planTd1First
}
export {createLayoutPreset, createPreset, layoutSwitch, pickLayout, planLintComments, presetMarker, type PresetRuleSetting, type PlanPreset} from './preset.js'
export {styleFreeTemplate} from './style-free.compiled.js'

/** Every rule, in documentation order. */
export const rules: PlanRulePlugin[] = [
  planRequiredSections,
  planSectionOrder,
  planNoEmptySections,
  planNoPlaceholders,
  planNoOptionLabels,
  planMetadata,
  planTd1First,
  planRqsResolved,
  planSuccessCriteriaTraced,
  planGatesPassed
]
export {templatePreset, type TemplatePresetOptions} from './template-preset.js'
