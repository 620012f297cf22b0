import {
  createPreset,
  planMetadata,
  planNoEmptySections,
  planNoOptionLabels,
  planNoPlaceholders,
  planRequiredSections,
  planRqsResolved,
  planSectionOrder
} from '@plan-lint/rules'

import {technicalPlanTemplate} from './template.compiled.js'

export {technicalPlanTemplate}

/**
 * `remark-preset-plan-technical-plan`: plan-lint for technical plans with
 * Option A/B/C decisions. Its checklists (tests, monitoring, security) are
 * implementation work and are not gates.
 */
const preset = createPreset('technical-plan', technicalPlanTemplate, [
  [planRequiredSections, 'error'],
  [planSectionOrder, 'warn'],
  [planNoEmptySections, 'warn'],
  [planNoPlaceholders, 'error'],
  [planNoOptionLabels, 'error'],
  [planMetadata, 'error'],
  [planRqsResolved, 'error']
])

export default preset
