/**
 * The preset registry and `auto`: choosing a preset per file from the
 * document's own signature.
 */
import {getPlanModel, matchTemplate, templateRegExp, type Template} from '@plan-lint/core'
import {createPreset, planNoPlaceholders, styleFreeTemplate, type PlanPreset} from '@plan-lint/rules'
import type {Root} from 'mdast'
import specKit from 'remark-preset-plan-spec-kit'
import specPlan from 'remark-preset-plan-spec-plan'
import type {VFile} from 'vfile'

/** Presets by id, in the order `auto` tries them. */
export const presets: ReadonlyMap<string, PlanPreset> = new Map([
  [specKit.id, specKit],
  [specPlan.id, specPlan]
])

export const presetIds: string[] = ['auto', ...presets.keys()]

/**
 * What runs when no template style is recognised: only the rules that need
 * no template structure.
 */
export const styleFreePreset: PlanPreset = createPreset('style-free', styleFreeTemplate, [[planNoPlaceholders, 'error']])

export interface Signature {
  /** Points: 2 for the title, 2 for the path, 1 per required section and per required field. */
  score: number
  /** Required top-level sections of the template found in the plan (or its distinctive ones). */
  sections: number
}

/** How much a plan looks like a template: title, sections, fields. */
export function signatureOf(tree: Root, file: VFile, template: Template): Signature {
  const model = getPlanModel(tree, file)
  let score = 0
  let sections = 0
  if (template.title && model.title) {
    if (templateRegExp(template.title.pattern, template.title.ignoreCase).test(model.title.text.trim())) score += 2
  }
  const where = file.path ? file.path.split('\\').join('/') : ''
  if (where && template.paths.some((pattern) => templateRegExp(pattern).test(where))) score += 2
  const match = matchTemplate(model, template)
  const distinctive = template.detection ? new Set(template.detection.sections) : undefined
  for (const entry of match.sections) {
    if (!entry.found) continue
    if (distinctive ? distinctive.has(entry.section.id) : !entry.parent && entry.requirement === 'required') sections += 1
  }
  score += sections
  const fields = new Set(model.metadata.map((field) => field.key))
  for (const spec of template.metadata) {
    const names = [spec.name, ...(spec.aliases ?? [])].map((name) => name.toLowerCase())
    if (spec.required && names.some((name) => fields.has(name))) score += 1
  }
  return {score, sections}
}

/**
 * A style is assumed only with this much evidence: a shared title word and
 * one section name (`Implementation Plan` + `1. SUMMARY`) is not enough, as
 * other template families use both.
 */
const recogniseAt = {score: 4, sections: 2}

/** The preset a document looks like, or `undefined` when none fits. */
export function detectPreset(tree: Root, file: VFile): PlanPreset | undefined {
  let best: PlanPreset | undefined
  let bestScore = 0
  for (const preset of presets.values()) {
    const signature = signatureOf(tree, file, preset.template)
    if (signature.sections < recogniseAt.sections || signature.score < recogniseAt.score) continue
    if (signature.score > bestScore) {
      best = preset
      bestScore = signature.score
    }
  }
  return best
}
