import {
  createPreset,
  planMetadata,
  planNoEmptySections,
  planNoOptionLabels,
  planNoPlaceholders,
  planRequiredSections,
  planRqsResolved,
  planSectionOrder,
  planSuccessCriteriaTraced,
  planTd1First
} from '@plan-lint/rules'

import {specPlanTemplate} from './template.compiled.js'

export {specPlanTemplate}

/** `remark-preset-plan-spec-plan`: plan-lint for spec-plan feature plans (`docs/features/FEAT-XXX-plan.md`). */
const preset = createPreset('spec-plan', specPlanTemplate, [
  [planRequiredSections, 'error'],
  [planSectionOrder, 'warn'],
  [planNoEmptySections, 'warn'],
  [planNoPlaceholders, 'error'],
  [planNoOptionLabels, 'error'],
  [planMetadata, 'error'],
  [planTd1First, 'error'],
  [planRqsResolved, 'error'],
  [planSuccessCriteriaTraced, 'error']
])

export default preset
