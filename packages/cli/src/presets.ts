/**
 * The preset registry and `auto`: choosing a preset per file from the
 * document's own signature.
 */
import {getPlanModel, templateSignature, type Signature} from '@plan-lint/core'
import {createPreset, planNoPlaceholders, planRqsResolved, styleFreeTemplate, type PlanPreset} from '@plan-lint/rules'
import type {Root} from 'mdast'
import specKit from 'remark-preset-plan-spec-kit'
import specKitGates from 'remark-preset-plan-spec-kit-gates'
import specPlan from 'remark-preset-plan-spec-plan'
import speckitadv from 'remark-preset-plan-speckitadv'
import technicalPlan from 'remark-preset-plan-technical-plan'
import type {VFile} from 'vfile'

/** Presets by id. */
export const presets: ReadonlyMap<string, PlanPreset> = new Map(
  [specKit, speckitadv, specKitGates, specPlan, technicalPlan].map((preset) => [preset.id, preset])
)

/**
 * The order `auto` weighs presets in: on a tie the earlier one wins, so a
 * style that extends another (speckitadv extends spec-kit) comes first.
 */
const detectionOrder: PlanPreset[] = [speckitadv, specKitGates, specKit, specPlan, technicalPlan]

export const presetIds: string[] = ['auto', ...presets.keys()]

/**
 * What runs when no template style is recognised: only the rules that need
 * no template structure.
 */
export const styleFreePreset: PlanPreset = createPreset('style-free', styleFreeTemplate, [
  [planNoPlaceholders, 'error'],
  [planRqsResolved, 'error']
])

/** How much a plan looks like a preset's template (for a preset with layouts: its best layout). */
export function signatureOf(tree: Root, file: VFile, preset: PlanPreset): Signature {
  const model = getPlanModel(tree, file)
  let best: Signature = {score: 0, sections: 0, title: false, path: false}
  for (const layout of preset.layouts ?? [preset]) {
    const signature = templateSignature(model, layout.template, file.path)
    if (signature.score > best.score || (signature.score === best.score && signature.sections > best.sections)) best = signature
  }
  return best
}

/**
 * A style is assumed only with this much evidence: a shared title word and
 * one section name (`Implementation Plan` + `1. SUMMARY`) is not enough, as
 * other template families use both. Without sections, the template's title
 * and location together are (`specs/003-x/plan.md` titled `... Implementation
 * Plan`: a spec-kit plan written without the template); either alone is not
 * (`# Technical Plan: ...` in a spec-kit `specs/` folder).
 */
const recogniseAt = {score: 4, sections: 2}

function recognised(signature: Signature, preset: PlanPreset): boolean {
  // A style defined by distinctive sections (speckitadv, spec-kit-gates) needs them.
  if (signature.title && signature.path && !preset.template.detection) return true
  return signature.sections >= recogniseAt.sections && signature.score >= recogniseAt.score
}

/** The preset a document looks like, or `undefined` when none fits. */
export function detectPreset(tree: Root, file: VFile): PlanPreset | undefined {
  let best: PlanPreset | undefined
  let bestScore = 0
  for (const preset of detectionOrder) {
    const signature = signatureOf(tree, file, preset)
    if (!recognised(signature, preset)) continue
    if (signature.score > bestScore) {
      best = preset
      bestScore = signature.score
    }
  }
  return best
}
