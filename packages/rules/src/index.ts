import type {PlanRulePlugin} from '@plan-lint/core'
import {planMetadata} from './plan-metadata/index.js'
import {planNoEmptySections} from './plan-no-empty-sections/index.js'
import {planNoOptionLabels} from './plan-no-option-labels/index.js'
import {planNoPlaceholders} from './plan-no-placeholders/index.js'
import {planRequiredSections} from './plan-required-sections/index.js'
import {planSectionOrder} from './plan-section-order/index.js'

export {planMetadata, planNoEmptySections, planNoOptionLabels, planNoPlaceholders, planRequiredSections, planSectionOrder}
export {createPreset, presetMarker, type PresetRuleSetting, type PlanPreset} from './preset.js'
export {styleFreeTemplate} from './style-free.js'

/** Every rule, in documentation order. */
export const rules: PlanRulePlugin[] = [
  planRequiredSections,
  planSectionOrder,
  planNoEmptySections,
  planNoPlaceholders,
  planNoOptionLabels,
  planMetadata
]
