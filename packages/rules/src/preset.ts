import {getPlanModel, remarkPlanSyntax, templateSignature, type PlanRulePlugin, type Template} from '@plan-lint/core'
import type {Root} from 'mdast'
import remarkLint from 'remark-lint'
import {unified, type Plugin, type Preset, type Processor} from 'unified'
import type {VFile} from 'vfile'

declare module 'vfile' {
  interface DataMap {
    /** Which plan-lint preset linted the file (`undefined`: none recognised), and its layout. */
    planLint: {preset: string | undefined; layout?: string | undefined}
  }
}

/** Records the preset on the file so reports can say which one ran. */
export const presetMarker: Plugin<[{id: string | undefined; layout?: string | undefined}]> = function (options) {
  return (_, file) => {
    file.data.planLint = {preset: options.id, layout: options.layout}
  }
}

export type PresetRuleSetting = 'error' | 'warn' | 'off'

export interface PlanPreset extends Preset {
  /** Preset id (`spec-kit`, ...). */
  id: string
  /** The template (for a preset with layouts: its first layout's). */
  template: Template
  /** Severity of each rule in this preset. */
  severities: Record<string, PresetRuleSetting>
  /** Layouts of one template family, picked per document (see {@link createLayoutPreset}). */
  layouts?: PlanPreset[] | undefined
  /** For one layout of a family: its name in reports (`objective`, `summary`). */
  layout?: string | undefined
}

// Where a `lint` comment marker can be: `<!-- lint disable ... -->`, or a
// `lint` block comment in an MDX expression.
const lintMarker = /<!--\s*lint(?:\s|-->)|\/\*\s*lint(?:\s|\*\/)/

const lintComments = unified().use(remarkLint).freeze()

function runLintComments() {
  return async (tree: Root, file: VFile) => {
    // The plan model's text (the rules built it): not a second decoding of the file.
    if (lintMarker.test(getPlanModel(tree, file).source)) await lintComments.run(tree, file)
  }
}

/**
 * remark-lint's comment handling (`<!-- lint disable plan-x -->`), on the
 * documents that have such a comment. remark-lint walks every node of the
 * tree twice (for markers, then for gaps) and indexes every line: a plan
 * without a `lint` comment has nothing for it to do.
 */
export function planLintComments(this: Processor): undefined {
  // Attached from here, as remark-lint does, so it runs after every rule.
  this.use(runLintComments)
}

/**
 * A remark preset: the plan syntax (YAML front matter), remark-lint's
 * comment handling (for disable comments), and each rule with the template
 * as its option, at the given severity.
 */
export function createPreset(
  id: string,
  template: Template,
  rules: Array<[PlanRulePlugin, PresetRuleSetting]>,
  layout?: string
): PlanPreset {
  const severities: Record<string, PresetRuleSetting> = {}
  const plugins: Preset['plugins'] = [remarkPlanSyntax, planLintComments, [presetMarker, {id, layout}]]
  for (const [rule, severity] of rules) {
    severities[rule.meta.id] = severity
    if (severity === 'off') continue
    plugins.push([rule, [severity, {template}]])
  }
  return {id, template, severities, plugins, layout}
}

/** The layout of a family whose template a document resembles most (the first on a tie). */
export function pickLayout(layouts: PlanPreset[], tree: Root, file: VFile): PlanPreset {
  const model = getPlanModel(tree, file)
  let best = layouts[0] as PlanPreset
  let bestScore = -1
  for (const layout of layouts) {
    const {score} = templateSignature(model, layout.template, file.path)
    if (score > bestScore) {
      best = layout
      bestScore = score
    }
  }
  return best
}

type Runner = Processor<undefined, undefined, Root, undefined, undefined>

/**
 * Runs the layout a document follows. Marked so that `remarkPlanLint` knows a
 * configuration that loads it has chosen plan-lint rules.
 */
export const layoutSwitch: Plugin<[{layouts: PlanPreset[]}], Root> & {planLintPreset: true} = Object.assign(
  function (this: Processor, options: {layouts: PlanPreset[]}) {
    const runners = new Map<PlanPreset, Runner>()
    return async (tree: Root, file: VFile) => {
      const layout = pickLayout(options.layouts, tree, file)
      let runner = runners.get(layout)
      if (!runner) {
        runner = unified().use(layout).freeze() as unknown as Runner
        runners.set(layout, runner)
      }
      await runner.run(tree, file)
    }
  },
  {planLintPreset: true as const}
)

/**
 * One preset for a template family with several layouts (spec-kit-gates:
 * `1. OBJECTIVE` .. `10. REFERENCES`, and the newer `1. SUMMARY` ..
 * `7. ROLLBACK PLAN`): each document is linted with the layout it follows.
 */
export function createLayoutPreset(id: string, layouts: PlanPreset[]): PlanPreset {
  const first = layouts[0]
  if (!first) throw new Error('A layout preset needs at least one layout')
  return {
    id,
    template: first.template,
    severities: first.severities,
    layouts,
    plugins: [remarkPlanSyntax, [layoutSwitch, {layouts}]]
  }
}
