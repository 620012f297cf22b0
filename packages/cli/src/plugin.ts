/**
 * `remarkPlanLint`: one plugin that lints a plan with a named preset or, with
 * `auto`, with the preset its signature points to. The CLI adds it to every
 * run; it stands aside when the configuration already loads plan-lint rules.
 */
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import {unified, type Processor} from 'unified'
import {detectPreset, presets, styleFreePreset} from './presets.js'

export interface PlanLintOptions {
  /** A preset id, or `auto` (default). */
  preset?: string
}

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

export default function remarkPlanLint(this: Processor, options: PlanLintOptions = {}) {
  const id = options.preset ?? 'auto'
  if (id !== 'auto' && !presets.has(id)) {
    throw new Error(`Unknown preset \`${id}\`, expected one of \`auto\`, ${[...presets.keys()].map((key) => `\`${key}\``).join(', ')}`)
  }
  this.use(remarkFrontmatter)
  const processor = this

  return async (tree: Root, file: import('vfile').VFile) => {
    // The configuration already chose plan-lint rules: it decides.
    if (processor.attachers.some(([plugin]) => isPlanLintPlugin(plugin))) return
    let chosen = id
    if (id === 'auto') {
      const preset = detectPreset(tree, file)
      if (preset) chosen = preset.id
      else {
        chosen = styleFreePreset.id
        const message = file.info(
          'No template style recognised, expected a plan of a known style; only style-free rules ran',
          {place: tree.children[0]?.position, ruleId: 'plan-style', source: 'plan-lint'}
        )
        message.url = 'https://github.com/plan-lint/plan-lint#presets'
      }
    }
    await runnerFor(chosen).run(tree, file)
    if (chosen === styleFreePreset.id) file.data.planLint = {preset: undefined}
  }
}
