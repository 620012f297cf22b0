export {run, type CliIo} from './cli.js'
export {default as remarkPlanLint, type PlanLintOptions} from './plugin.js'
export {detectPreset, presetIds, presets, styleFreePreset} from './presets.js'
export {jsonReport, type JsonMessage, type JsonReport} from './report.js'
