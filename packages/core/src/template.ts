/**
 * A template style described as data. Presets ship one; teams with their own
 * template write one. Everything a structural rule needs to know about a
 * template lives here, so rules stay template-agnostic.
 */
import * as z from 'zod'
import {regExpHazard} from './regex-safety.js'

/**
 * A user's regular expression must compile with the `u` flag (the flag every
 * template pattern runs with) and be free of exponential backtracking: plans
 * are scanned with these patterns on every keystroke and in CI, on text that
 * may come from anyone who opens a pull request. See regex-safety.ts.
 */
function checkPattern(value: string, context: z.core.$RefinementCtx<string>): void {
  try {
    new RegExp(value, 'u')
  } catch (error) {
    context.addIssue({code: 'custom', message: `invalid regular expression: ${(error as Error).message}`})
    return
  }
  const hazard = regExpHazard(value)
  if (hazard) context.addIssue({code: 'custom', message: hazard.message})
}

/**
 * A regular expression written as a string (source, optional flags).
 * `format: 'regex'` marks it in the JSON Schema, where tests find every
 * pattern a template holds.
 */
const patternSource = z.string().min(1).superRefine(checkPattern).meta({format: 'regex'})

export const sectionRequirementSchema = z.enum(['required', 'conditional', 'optional'])

/**
 * A condition under which a `conditional` section becomes required: another
 * section (by id) is present in the plan.
 */
export const sectionConditionSchema = z.strictObject({
  present: z.string().min(1)
})

export interface TemplateSectionInput {
  id: string
  text: string
  aliases?: string[] | undefined
  pattern?: string | undefined
  level: number
  requirement?: 'required' | 'conditional' | 'optional' | undefined
  when?: {present: string} | undefined
  allowEmpty?: boolean | undefined
  boilerplate?: boolean | undefined
  allOrNothing?: boolean | undefined
  ordered?: boolean | undefined
  instructions?: string[] | undefined
  children?: TemplateSectionInput[] | undefined
}

export const templateSectionSchema: z.ZodType<TemplateSectionInput> = z.lazy(() =>
  z.strictObject({
    /** Stable identifier used in conditions and options. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lower-case id such as `technical-context`'),
    /** Heading text as the template writes it; also used in messages. */
    text: z.string().min(1),
    /** Other heading texts real plans use for the same section. */
    aliases: z.array(z.string().min(1)).optional(),
    /** A regular expression matched against the normalised heading text. */
    pattern: patternSource.optional(),
    level: z.number().int().min(1).max(6),
    requirement: sectionRequirementSchema.optional(),
    when: sectionConditionSchema.optional(),
    /** The section may legitimately hold nothing but its heading. */
    allowEmpty: z.boolean().optional(),
    /**
     * Template text kept verbatim (spec-kit's Execution Flow): markers such as
     * `NEEDS CLARIFICATION` in it are quoted, not left open.
     */
    boilerplate: z.boolean().optional(),
    /**
     * The template says "include this section if ..., delete it entirely
     * otherwise": when present it must be filled, never left (even partly)
     * as template text.
     */
    allOrNothing: z.boolean().optional(),
    /**
     * `false`: the section's position is not checked (template eras put it
     * in different places).
     */
    ordered: z.boolean().optional(),
    /**
     * Template instruction lines (matched after normalisation, as prefixes)
     * that do not count as content.
     */
    instructions: z.array(z.string().min(1)).optional(),
    children: z.array(templateSectionSchema).optional()
  })
)

/** Where in the document a placeholder shape is looked for. */
export const placeholderScopeSchema = z.enum(['bracket', 'text', 'comment'])

export const placeholderShapeSchema = z.strictObject({
  /**
   * `bracket`: tested against the inside of a `[...]` span;
   * `text`: tested against the raw text of every block;
   * `comment`: tested against HTML comments (the whole comment is the finding).
   */
  scope: placeholderScopeSchema,
  pattern: patternSource,
  /** Case-insensitive match. */
  ignoreCase: z.boolean().optional(),
  /** Short description used in messages, e.g. `template example`. */
  kind: z.string().min(1),
  /** Also look inside fenced code blocks (default: true). */
  inCode: z.boolean().optional()
})

export const optionLabelSchema = z.strictObject({
  /** Matched against a whole line (trimmed) in headings, code blocks and paragraphs. */
  pattern: patternSource,
  ignoreCase: z.boolean().optional()
})

export const metadataFieldSchema = z.strictObject({
  /** Field name as written between `**` markers. */
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  required: z.boolean().optional(),
  /** How the value is validated. */
  format: z.enum(['any', 'date', 'branch', 'link']).optional()
})

export const identifierFamilySchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'a short id such as `FR` or `AC`'),
  /**
   * Pattern matching one identifier, e.g. `\\bFR-(\\d+)\\b`. When it has a
   * capture group holding digits, identifiers are compared by family and
   * number (`US1`, `US-01` and `User Story 1` are one identifier).
   */
  pattern: patternSource,
  ignoreCase: z.boolean().optional(),
  description: z.string().optional()
})

/** How a plan finds a document it answers to (its spec, its research notes). */
export const relatedDocumentSchema = z.strictObject({
  /** Metadata fields (names or aliases) whose value links the document. */
  fields: z.array(z.string().min(1)).default([]),
  /**
   * File names looked for beside the plan when no field links it. `{name}`
   * stands for the plan's file name without `-plan.md` / `.md`.
   */
  conventions: z.array(z.string().min(1)).default([])
})

export const traceabilitySchema = z.strictObject({
  spec: relatedDocumentSchema.optional(),
  research: relatedDocumentSchema.optional(),
  /** Research questions the spec raises, answered in these plan sections or in the research notes. */
  researchQuestions: z
    .strictObject({
      family: z.string().min(1),
      sections: z.array(z.string().min(1)).default([])
    })
    .optional(),
  /** Success criteria sections and the identifier families they trace to the spec. */
  successCriteria: z
    .strictObject({
      /** Plan sections holding the success criteria; none: the whole plan. */
      sections: z.array(z.string().min(1)).default([]),
      /** Families whose citations must exist in the spec (anywhere in the plan). */
      families: z.array(z.string().min(1)).default([]),
      /** Families whose every spec definition must be cited in the success criteria. */
      coverage: z.array(z.string().min(1)).default([]),
      /**
       * Items that must cite an identifier: those under a group label
       * (`**Functional** (from spec):`) matching this pattern; `''` for every item.
       */
      citationsRequiredIn: z
        .string()
        .superRefine((value, context) => {
          if (value !== '') checkPattern(value, context)
        })
        .meta({format: 'regex'})
        .optional()
    })
    .optional(),
  /**
   * Items under an `Open Questions` heading: `true`, each must be answered or
   * checked off; `'tracked'`, a question with an owner (`**Owner**: Data team`)
   * is tracked and may stay open (speckitadv's question register); `false`,
   * not read.
   */
  openQuestions: z.union([z.boolean(), z.literal('tracked')]).default(true),
  /** Numbered technical decisions and the decision that must come first. */
  decisions: z
    .strictObject({
      section: z.string().min(1),
      family: z.string().min(1).default('TD'),
      first: z.strictObject({text: z.string().min(1), pattern: patternSource})
    })
    .optional()
})

/** Gate verdicts and gate checklists the template defines. */
export const gatesSchema = z.strictObject({
  /** Sections holding pass/fail verdicts, and the section that justifies a failure. */
  verdicts: z
    .array(z.strictObject({section: z.string().min(1), justifiedBy: z.string().min(1).optional()}))
    .default([]),
  /** Sections holding gate checklists (`- [ ] ...`). */
  checklists: z
    .array(
      z.strictObject({
        section: z.string().min(1),
        /** Items that belong to implementation, not planning: unchecked is fine at planning stage. */
        implementation: z.array(patternSource).default([]),
        /** Items that only apply when a verdict reports a violation. */
        whenViolations: z.array(patternSource).default([]),
        /**
         * When the whole checklist is due: `implementation` (Definition of
         * Done) may stay unchecked while the plan is being written.
         */
        stage: z.enum(['planning', 'implementation']).default('planning')
      })
    )
    .default([])
})

/**
 * Alternatives the template lays out (`### Option A: ...`), of which a plan
 * keeps the ones it weighed and marks exactly one chosen.
 */
export const optionsSchema = z.strictObject({
  /** Section holding the options; none: the whole plan. */
  section: z.string().min(1).optional(),
  /** Matched against the text of headings that introduce an option (`^Option [A-Z]\\b`). */
  heading: patternSource,
  /** Marks the chosen option, in its heading or first paragraph (`✅`, `(Chosen)`). */
  chosen: patternSource,
  /** A label the chosen option must carry (`Decision Rationale`); matched in its content. */
  rationale: z.strictObject({text: z.string().min(1), pattern: patternSource}).optional()
})

export const templateSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lower-case id such as `spec-kit`'),
  name: z.string().min(1),
  title: z
    .strictObject({
      /** Regular expression matched against the level-1 heading text. */
      pattern: patternSource,
      ignoreCase: z.boolean().optional()
    })
    .optional(),
  /** Where plans of this style live (regular expressions over the `/`-separated path), a hint for `auto`. */
  paths: z.array(patternSource).default([]),
  /**
   * Sections distinctive enough to recognise the style by (`auto`); without
   * it, every required top-level section counts. Generic names (Testing
   * Strategy, Dependencies) are shared by many template families.
   */
  detection: z.strictObject({sections: z.array(z.string().min(1)).min(1)}).optional(),
  metadata: z.array(metadataFieldSchema).default([]),
  sections: z.array(templateSectionSchema).default([]),
  /**
   * Section headings at this level carry numbers (`## 3. TESTING STRATEGY`)
   * that must run 1, 2, 3, ... in document order.
   */
  numbering: z.strictObject({level: z.number().int().min(1).max(6)}).optional(),
  options: optionsSchema.optional(),
  placeholders: z.array(placeholderShapeSchema).default([]),
  optionLabels: z.array(optionLabelSchema).default([]),
  identifiers: z.array(identifierFamilySchema).default([]),
  traceability: traceabilitySchema.default({openQuestions: true}),
  gates: gatesSchema.default({verdicts: [], checklists: []})
})

export type TemplateInput = z.input<typeof templateSchema>
export type Template = z.output<typeof templateSchema>
export type TemplateSection = TemplateSectionInput
export type PlaceholderShape = z.output<typeof placeholderShapeSchema>
export type OptionLabel = z.output<typeof optionLabelSchema>
export type MetadataFieldSpec = z.output<typeof metadataFieldSchema>
export type IdentifierFamily = z.output<typeof identifierFamilySchema>
export type RelatedDocumentSpec = z.output<typeof relatedDocumentSchema>

/** Raised for invalid templates and rule options: a readable, stack-free error. */
export class PlanLintConfigError extends Error {
  override name = 'PlanLintConfigError'
}

/**
 * Format zod issues as `at \`a.b[0]\`: expected ...` fragments. An unknown
 * key is named in its path; `knownKeys` (the keys an object at a path
 * accepts) lets the fragment say what was expected instead.
 */
export function formatIssues(
  error: z.ZodError,
  prefix: readonly PropertyKey[] = [],
  knownKeys?: (path: readonly PropertyKey[]) => string[] | undefined
): string {
  const pathText = (parts: readonly PropertyKey[]) =>
    parts
      .map((part, index) =>
        typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`
      )
      .join('')
  return error.issues
    .flatMap((issue) => {
      if (issue.code === 'unrecognized_keys') {
        const known = knownKeys?.(issue.path)
        const expected = known?.length ? `, expected ${known.map((key) => `\`${key}\``).join(', ')}` : ''
        return issue.keys.map((key) => `at \`${pathText([...prefix, ...issue.path, key])}\`: unknown key${expected}`)
      }
      const path = pathText([...prefix, ...issue.path])
      return [path ? `at \`${path}\`: ${issue.message}` : issue.message]
    })
    .join('; ')
}

const templateCache = new WeakMap<object, Template>()

type Validation = {template: Template; error?: undefined} | {template?: undefined; error: string}

function validateTemplate(input: unknown): Validation {
  if (input && typeof input === 'object') {
    const cached = templateCache.get(input)
    if (cached) return {template: cached}
  }
  const result = templateSchema.safeParse(input)
  if (!result.success) return {error: formatIssues(result.error)}
  const ids = new Set<string>()
  const sections: TemplateSectionInput[] = []
  const walk = (list: TemplateSectionInput[]) => {
    for (const section of list) {
      sections.push(section)
      walk(section.children ?? [])
    }
  }
  walk(result.data.sections)
  for (const section of sections) {
    if (ids.has(section.id)) return {error: `duplicate section id \`${section.id}\``}
    ids.add(section.id)
  }
  for (const section of sections) {
    if (section.when && !ids.has(section.when.present)) {
      return {
        error: `section \`${section.id}\` depends on unknown section \`${section.when.present}\``
      }
    }
    if (section.requirement === 'conditional' && !section.when) {
      return {error: `conditional section \`${section.id}\` needs a \`when\` condition`}
    }
  }
  const references = crossReferenceError(result.data, ids)
  if (references) return {error: references}
  const template = Object.freeze(result.data) as Template
  if (input && typeof input === 'object') templateCache.set(input, template)
  templateCache.set(template, template)
  return {template}
}

/** Section ids and family ids named by traceability and gates must exist. */
function crossReferenceError(template: Template, sectionIds: Set<string>): string | undefined {
  const families = new Set(template.identifiers.map((family) => family.id))
  const {traceability, gates} = template
  const sectionRefs: Array<[string, string]> = []
  const familyRefs: Array<[string, string]> = []
  if (traceability.researchQuestions) {
    familyRefs.push(['traceability.researchQuestions.family', traceability.researchQuestions.family])
    for (const id of traceability.researchQuestions.sections) sectionRefs.push(['traceability.researchQuestions.sections', id])
  }
  if (traceability.successCriteria) {
    for (const id of traceability.successCriteria.sections) sectionRefs.push(['traceability.successCriteria.sections', id])
    for (const id of traceability.successCriteria.families) familyRefs.push(['traceability.successCriteria.families', id])
    for (const id of traceability.successCriteria.coverage) familyRefs.push(['traceability.successCriteria.coverage', id])
  }
  if (traceability.decisions) {
    sectionRefs.push(['traceability.decisions.section', traceability.decisions.section])
    familyRefs.push(['traceability.decisions.family', traceability.decisions.family])
  }
  for (const verdict of gates.verdicts) {
    sectionRefs.push(['gates.verdicts.section', verdict.section])
    if (verdict.justifiedBy) sectionRefs.push(['gates.verdicts.justifiedBy', verdict.justifiedBy])
  }
  for (const checklist of gates.checklists) sectionRefs.push(['gates.checklists.section', checklist.section])
  for (const id of template.detection?.sections ?? []) sectionRefs.push(['detection.sections', id])
  if (template.options?.section) sectionRefs.push(['options.section', template.options.section])
  for (const [where, id] of sectionRefs) {
    if (!sectionIds.has(id)) return `\`${where}\` names unknown section \`${id}\``
  }
  for (const [where, id] of familyRefs) {
    if (!families.has(id)) return `\`${where}\` names unknown identifier family \`${id}\``
  }
  return undefined
}

/** Validate a template; throws {@link PlanLintConfigError} naming what is wrong. */
export function defineTemplate(input: TemplateInput): Template {
  const result = validateTemplate(input)
  if (result.error !== undefined) throw new PlanLintConfigError(`Invalid template: ${result.error}`)
  return result.template
}

/**
 * A template that {@link defineTemplate} has already validated, kept as data:
 * what the built-in presets ship. `scripts/compile-templates.js` writes that
 * data at build time from each preset's template source, and a test checks
 * that it still equals `defineTemplate(source)`, so the zod schema and the
 * pattern-safety check run once per build rather than at every start-up.
 * Nothing is checked here: pass only data `defineTemplate` produced.
 */
export function compiledTemplate(data: Template): Template {
  const cached = templateCache.get(data)
  if (cached) return cached
  const template = Object.freeze(data)
  templateCache.set(template, template)
  return template
}

/**
 * The `template` option of structural rules. Validated templates are shared
 * by identity, so every rule of a preset reads the same compiled template.
 */
export const templateOptionSchema = z
  .unknown()
  .describe('The template schema the plan is checked against (presets set it)')
  .transform((value, context): Template => {
  const result = validateTemplate(value)
  if (result.error !== undefined) {
    context.addIssue({code: 'custom', message: `invalid template: ${result.error}`})
    return z.NEVER
  }
  return result.template
})

/** Options of a rule whose only option is the template (every structural rule). */
export const templateRuleOptions = z.strictObject({template: templateOptionSchema})

const compiledPatterns = new Map<string, RegExp>()

/**
 * A template pattern compiled once per run, not once per file. Patterns come
 * from templates (a handful per preset), so the cache stays small.
 */
export function templateRegExp(pattern: string, ignoreCase = false): RegExp {
  const key = `${ignoreCase ? 'i' : '-'}${pattern}`
  let regex = compiledPatterns.get(key)
  if (!regex) {
    regex = new RegExp(pattern, ignoreCase ? 'iu' : 'u')
    compiledPatterns.set(key, regex)
  }
  return regex
}
