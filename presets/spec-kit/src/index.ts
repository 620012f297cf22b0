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
  planSuccessCriteriaTraced
} from '@plan-lint/rules'

import {specKitTemplate} from './template.js'

export {specKitTemplate}

/** `remark-preset-plan-spec-kit`: plan-lint for classic spec-kit plans. */
const preset = createPreset('spec-kit', specKitTemplate, [
  [planRequiredSections, 'error'],
  [planSectionOrder, 'warn'],
  [planNoEmptySections, 'warn'],
  [planNoPlaceholders, 'error'],
  [planNoOptionLabels, 'error'],
  [planMetadata, 'error'],
  [planRqsResolved, 'error'],
  [planSuccessCriteriaTraced, 'error'],
  [planGatesPassed, 'warn']
])

export default preset
