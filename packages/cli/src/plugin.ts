/**
 * `remarkPlanLint`: one plugin that lints a plan with a named preset or, with
 * `auto`, with the preset its signature points to. The CLI adds it to every
 * run; it stands aside when the configuration already loads plan-lint rules.
 */
import type {Root} from 'mdast'
import {PlanLintConfigError, remarkPlanSyntax} from '@plan-lint/core'
import {unified, type Processor} from 'unified'
import {detectPreset, presets, styleFreePreset} from './presets.js'

export interface PlanLintOptions {
  /** A preset id, or `auto` (default). */
  preset?: string
  /**
   * With `auto`, when no style is recognised: `info` (default) says so on
   * every such file; `plans` only on files named like plans (`plan.md`,
   * `*-plan.md`), so an editor does not mark every README; `off` never.
   */
  unrecognised?: 'info' | 'plans' | 'off'
}

const planFileName = /(?:^|[-_.])plan\.(?:md|markdown)$/i

type Runner = Processor<undefined, undefined, Root, undefined, undefined>

const runners = new Map<string, Runner>()

function runnerFor(id: string): Runner {
  let runner = runners.get(id)
  if (!runner) {
    const preset = id === styleFreePreset.id ? styleFreePreset : presets.get(id)
    if (!preset) throw new Error(`Unknown preset \`${id}\``)
    runner = unified().use(preset).freeze() as unknown as Runner
    runners.set(id, runner)
  }
  return runner
}

/** Whether a plugin is a plan-lint rule or preset marker (any installed copy). */
function isPlanLintPlugin(plugin: unknown): boolean {
  const candidate = plugin as {meta?: {id?: unknown}; name?: unknown; planLintPreset?: unknown}
  if (typeof candidate.meta?.id === 'string' && candidate.meta.id.startsWith('plan-')) return true
  return candidate.name === 'presetMarker' || candidate.planLintPreset === true
}

/**
 * Marks every copy of `remarkPlanLint` (the bundled CLI's, a project's own):
 * when a configuration imports another copy than the one the CLI adds, only
 * the first attached runs, so nothing is reported twice.
 */
const copyMarker = Symbol.for('plan-lint.remarkPlanLint')

function isPlanLintCopy(plugin: unknown): boolean {
  return typeof plugin === 'function' && (plugin as unknown as Record<symbol, unknown>)[copyMarker] === true
}

const unrecognisedValues: unknown[] = ['info', 'plans', 'off']

/** Checked as a rule's options are: one error naming the option and what was expected. */
function checkOptions(options: unknown): asserts options is PlanLintOptions {
  const fail = (detail: string): never => {
    throw new PlanLintConfigError(`Invalid options for \`remarkPlanLint\`: ${detail}`)
  }
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    fail(`expected an object such as \`{preset: 'auto'}\`, not \`${JSON.stringify(options)}\``)
  }
  const {preset, unrecognised, ...rest} = options as Record<string, unknown>
  for (const key of Object.keys(rest)) fail(`at \`${key}\`: unknown key, expected \`preset\`, \`unrecognised\``)
  if (preset !== undefined && preset !== 'auto' && !presets.has(preset as string)) {
    const ids = ['auto', ...presets.keys()].map((key) => `\`${key}\``).join(', ')
    fail(`at \`preset\`: unknown preset \`${String(preset)}\`, expected one of ${ids}`)
  }
  if (unrecognised !== undefined && !unrecognisedValues.includes(unrecognised)) {
    fail(`at \`unrecognised\`: unknown value \`${String(unrecognised)}\`, expected \`info\`, \`plans\`, \`off\``)
  }
}

export default function remarkPlanLint(this: Processor, options: PlanLintOptions = {}) {
  checkOptions(options)
  const id = options.preset ?? 'auto'
  this.use(remarkPlanSyntax)
  const processor = this

  return async (tree: Root, file: import('vfile').VFile) => {
    // The configuration already chose plan-lint rules: it decides.
    if (processor.attachers.some(([plugin]) => isPlanLintPlugin(plugin))) return
    // Another copy of this plugin, attached first, lints the file.
    if ((processor.attachers.find(([plugin]) => isPlanLintCopy(plugin))?.[0] as unknown) !== remarkPlanLint) return
    let chosen = id
    if (id === 'auto') {
      const preset = detectPreset(tree, file)
      if (preset) chosen = preset.id
      else {
        chosen = styleFreePreset.id
        const say = options.unrecognised ?? 'info'
        if (say === 'info' || (say === 'plans' && planFileName.test(file.basename ?? ''))) announce(file, tree)
      }
    }
    await runnerFor(chosen).run(tree, file)
    if (chosen === styleFreePreset.id) file.data.planLint = {preset: undefined}
  }
}

/** Where the `plan-style` message points: the presets and how `auto` picks one. */
export const planStyleUrl = 'https://github.com/plan-lint/plan-lint#presets'

/** The one `plan-style` info saying no template style was recognised. */
function announce(file: import('vfile').VFile, tree: Root): void {
  const message = file.info('No template style recognised, expected a plan of a known style; only style-free rules ran', {
    place: tree.children[0]?.position,
    ruleId: 'plan-style',
    source: 'plan-lint'
  })
  message.url = planStyleUrl
}

Object.defineProperty(remarkPlanLint, copyMarker, {value: true})
