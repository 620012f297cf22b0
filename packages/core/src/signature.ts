/**
 * How much a plan looks like a template: the evidence `auto` and layout
 * presets weigh to pick a template per document.
 */
import type {PlanModel} from './plan-model.js'
import {matchTemplate} from './template-match.js'
import {templateRegExp, type Template} from './template.js'

export interface Signature {
  /** Points: 2 for the title, 2 for the path, 1 per section found (see `sections`), 1 per required field. */
  score: number
  /**
   * Sections of the template found in the plan: its distinctive ones
   * (`detection.sections`) when it names them, else its required top-level ones.
   */
  sections: number
  /** The level-1 heading matches the template's title. */
  title: boolean
  /** The file sits where the template's plans live. */
  path: boolean
}

interface SignatureParts {
  distinctive: Set<string> | undefined
  /** Lower-cased names (and aliases) of each required metadata field. */
  requiredFields: string[][]
}

/** What a template contributes to every signature, worked out once per template. */
const partsOf = new WeakMap<Template, SignatureParts>()

function signatureParts(template: Template): SignatureParts {
  let parts = partsOf.get(template)
  if (!parts) {
    parts = {
      distinctive: template.detection ? new Set(template.detection.sections) : undefined,
      requiredFields: template.metadata
        .filter((spec) => spec.required)
        .map((spec) => [spec.name, ...(spec.aliases ?? [])].map((name) => name.toLowerCase()))
    }
    partsOf.set(template, parts)
  }
  return parts
}

/** The signature of a plan against a template. `path` is the file path, `/`-separated or not. */
export function templateSignature(model: PlanModel, template: Template, path: string | undefined): Signature {
  let sections = 0
  const title = Boolean(
    template.title && model.title && templateRegExp(template.title.pattern, template.title.ignoreCase).test(model.title.text.trim())
  )
  const where = path ? path.split('\\').join('/') : ''
  const located = Boolean(where) && template.paths.some((pattern) => templateRegExp(pattern).test(where))
  let score = (title ? 2 : 0) + (located ? 2 : 0)
  const match = matchTemplate(model, template)
  const {distinctive, requiredFields} = signatureParts(template)
  for (const entry of match.sections) {
    if (!entry.found) continue
    if (distinctive ? distinctive.has(entry.section.id) : !entry.parent && entry.requirement === 'required') sections += 1
  }
  score += sections
  if (requiredFields.length > 0) {
    const fields = new Set(model.metadata.map((field) => field.key))
    for (const names of requiredFields) if (names.some((name) => fields.has(name))) score += 1
  }
  return {score, sections, title, path: located}
}
