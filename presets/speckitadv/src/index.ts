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

import {speckitadvTemplate} from './template.js'

export {speckitadvTemplate}

/** `remark-preset-plan-speckitadv`: plan-lint for advanced spec-kit (speckitadv) plans. */
const preset = createPreset('speckitadv', speckitadvTemplate, [
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
