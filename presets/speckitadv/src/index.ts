import {createPreset} from '@plan-lint/rules'
import {specKitRules} from 'remark-preset-plan-spec-kit'

import {speckitadvTemplate} from './template.compiled.js'

export {speckitadvTemplate}

/**
 * `remark-preset-plan-speckitadv`: plan-lint for advanced spec-kit
 * (speckitadv) plans, with the rules and severities of spec-kit plans.
 */
const preset = createPreset('speckitadv', speckitadvTemplate, specKitRules)

export default preset
