// The repository lints its own Markdown with plan-lint: plans with their
// preset (auto), everything else with the style-free rules.
import {remarkPlanLint} from 'plan-lint'

export default {
  plugins: [[remarkPlanLint, {preset: 'auto'}]]
}
