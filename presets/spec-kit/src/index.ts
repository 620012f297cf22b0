import {
  createPreset,
  planMetadata,
  planNoEmptySections,
  planNoOptionLabels,
  planNoPlaceholders,
  planRequiredSections,
  planSectionOrder
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
  [planMetadata, 'error']
])

export default preset
