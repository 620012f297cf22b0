/**
 * The preset registry and `auto`: choosing a preset per file from the
 * document's own signature.
 */
import {getPlanModel, matchTemplate, type Template} from '@plan-lint/core'
import {createPreset, planNoPlaceholders, styleFreeTemplate, type PlanPreset} from '@plan-lint/rules'
import type {Root} from 'mdast'
import specKit from 'remark-preset-plan-spec-kit'
import type {VFile} from 'vfile'

/** Presets by id, in the order `auto` tries them. */
export const presets: ReadonlyMap<string, PlanPreset> = new Map([[specKit.id, specKit]])

export const presetIds: string[] = ['auto', ...presets.keys()]

/**
 * What runs when no template style is recognised: only the rules that need
 * no template structure.
 */
export const styleFreePreset: PlanPreset = createPreset('style-free', styleFreeTemplate, [[planNoPlaceholders, 'error']])

/** Points a plan scores for looking like a template: title, sections, fields. */
export function signatureScore(tree: Root, file: VFile, template: Template): number {
  const model = getPlanModel(tree, file)
  let score = 0
  if (template.title && model.title) {
    const pattern = new RegExp(template.title.pattern, template.title.ignoreCase ? 'iu' : 'u')
    if (pattern.test(model.title.text.trim())) score += 2
  }
  const match = matchTemplate(model, template)
  for (const entry of match.sections) {
    if (!entry.parent && entry.found && entry.requirement !== 'optional') score += 1
  }
  const fields = new Set(model.metadata.map((field) => field.key))
  for (const spec of template.metadata) {
    if (spec.required && fields.has(spec.name.toLowerCase())) score += 1
  }
  return score
}

/** A plan needs this many signature points before a style is assumed. */
const recogniseAt = 3

/** The preset a document looks like, or `undefined` when none fits. */
export function detectPreset(tree: Root, file: VFile): PlanPreset | undefined {
  let best: PlanPreset | undefined
  let bestScore = 0
  for (const preset of presets.values()) {
    const score = signatureScore(tree, file, preset.template)
    if (score > bestScore) {
      best = preset
      bestScore = score
    }
  }
  return bestScore >= recogniseAt ? best : undefined
}
