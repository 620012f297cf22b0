/**
 * A template schema derived from a team's own plan template: what
 * `plan-lint init --from-template` writes into a config. Pure and
 * deterministic: the same Markdown always gives the same schema.
 *
 * Every heuristic below reads the template the way a reviewer would: its
 * headings are the sections, its own comments say which are required, and
 * whatever it leaves for the author to replace (bracketed text, `<<TOKENS>>`,
 * `Goal 1` / `Goal 2` lists, `YYYY-MM-DD`) becomes a placeholder shape. The
 * shapes are literal where the template is literal, so they never match the
 * ordinary words of a filled plan.
 */
import type {List, ListItem, Paragraph, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {normalizeHeading} from './headings.js'
import {buildPlanModel, type PlanModel, type PlanSection} from './plan-model.js'
import {bracketSpans} from './placeholders.js'
import {defineTemplate, type TemplateInput, type TemplateSectionInput} from './template.js'

export interface DeriveTemplateOptions {
  /** Preset id; default: from the template's file name, else its title. */
  id?: string
  /** Human name used in messages; default: the title words and the file name. */
  name?: string
  /** Where the template came from (a path), for the default id and name. */
  source?: string
}

type PlaceholderInput = NonNullable<TemplateInput['placeholders']>[number]
type MetadataInput = NonNullable<TemplateInput['metadata']>[number]
type ChecklistInput = {section: string; stage: 'planning' | 'implementation'}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

/** Derive a template schema from the Markdown of a plan template. */
export function deriveTemplate(markdown: string, options: DeriveTemplateOptions = {}): TemplateInput {
  // Line endings do not change the schema.
  const source = markdown.replace(/\r\n?/g, '\n')
  const file = new VFile({value: source})
  const tree = parser.parse(file) as Root
  const model = buildPlanModel(tree, file)
  const blocks = collectBlocks(model)
  const labels = deriveOptionLabels(blocks)
  const alternatives = deriveOptions(model)
  const skipped = skippedHeadings(model, alternatives?.headings ?? new Set())
  const {sections, ids} = deriveSections(model, skipped)
  const titleWords = titleText(model)

  const template: TemplateInput = {
    id: options.id ?? defaultId(options.source, titleWords),
    name: options.name ?? defaultName(options.source, titleWords)
  }
  if (titleWords) template.title = {pattern: titlePattern(titleWords, model), ignoreCase: true}
  const metadata = deriveMetadata(model)
  if (metadata.length > 0) template.metadata = metadata
  if (sections.length > 0) template.sections = sections
  const numbering = deriveNumbering(model)
  if (numbering !== undefined) template.numbering = {level: numbering}
  if (alternatives) {
    const parentId = alternatives.parent ? ids.get(alternatives.parent) : undefined
    template.options = {
      ...(parentId ? {section: parentId} : {}),
      heading: String.raw`^Option\s+[A-Z0-9]+\b`,
      chosen: chosenMark,
      ...(alternatives.rationale ? {rationale: alternatives.rationale} : {})
    }
  }
  const placeholders = derivePlaceholders(model, blocks, labels.lines)
  if (placeholders.length > 0) template.placeholders = placeholders
  if (labels.patterns.length > 0) template.optionLabels = labels.patterns
  const checklists = deriveChecklists(model, ids)
  if (checklists.length > 0) template.gates = {checklists}
  // A bug here must surface as one clear error, not as a broken config. A
  // copy is validated: templates are cached by identity, and the caller may
  // still edit the result.
  defineTemplate(structuredClone(template))
  return template
}

// ---------------------------------------------------------------------------
// Blocks: the same units the placeholder scanner reads (paragraphs, headings,
// table cells, fenced code, front matter), with their source text.

interface Block {
  text: string
  /** Offset of the block in the document. */
  start: number
  inCode: boolean
  /** The first paragraph of a list item (where a task box may sit). */
  listItemStart: boolean
}

function collectBlocks(model: PlanModel): Block[] {
  const blocks: Block[] = []
  const visit = (node: RootContent | Root, parentIsItem: boolean, firstChild: boolean) => {
    const start = node.position?.start.offset
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const text = model.sourceOf(node)
      if (text !== undefined && start !== undefined) {
        blocks.push({text, start, inCode: false, listItemStart: parentIsItem && firstChild})
      }
      return
    }
    if (node.type === 'code' || node.type === 'yaml') {
      const text = model.sourceOf(node)
      if (text !== undefined && start !== undefined) blocks.push({text, start, inCode: true, listItemStart: false})
      return
    }
    if ('children' in node) {
      node.children.forEach((child, index) => visit(child as RootContent, node.type === 'listItem', index === 0))
    }
  }
  visit(model.tree, false, false)
  return blocks
}

function linesOf(block: Block): Array<{text: string; start: number}> {
  const lines: Array<{text: string; start: number}> = []
  let offset = 0
  for (const text of block.text.split('\n')) {
    lines.push({text, start: block.start + offset})
    offset += text.length + 1
  }
  return lines
}

// ---------------------------------------------------------------------------
// Title: the level-1 heading's words before a `:` or ` - ` (the part every
// plan keeps); placeholders in it are the part each plan replaces.

function titleText(model: PlanModel): string | undefined {
  if (!model.title) return undefined
  const words = stripPlaceholders(collapse(model.title.text))
  const head = words.split(/(?:(?<!\s)\s+)?[:：]\s*|(?<!\s)\s+[-–—]\s+/u)[0]?.trim() ?? ''
  return /[\p{L}\p{N}]/u.test(head) ? head : undefined
}

function titlePattern(words: string, model: PlanModel): string {
  const text = collapse(model.title?.text ?? '')
  const anchored = text.toLowerCase().startsWith(words.toLowerCase())
  // `\b` only where the title's last character is an ASCII word character.
  const end = /\w$/.test(words) ? String.raw`\b` : ''
  return `${anchored ? '^' : ''}${literal(words)}${end}`
}

function stripPlaceholders(text: string): string {
  return text
    .replace(/\[[^[\]]*\]/g, ' ')
    .replace(/<<[^<>]*>>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function defaultId(source: string | undefined, title: string | undefined): string {
  const base = source ? slug(baseName(source)) : ''
  if (/^[a-z]/.test(base)) return base
  const fromTitle = title ? slug(title) : ''
  return /^[a-z]/.test(fromTitle) ? fromTitle : 'plan-template'
}

function defaultName(source: string | undefined, title: string | undefined): string {
  const words = title ?? 'Plan'
  return source ? `${words} (${baseName(source)})` : words
}

function baseName(source: string): string {
  const name = source.split(/[\\/]/).pop() ?? source
  return name.replace(/\.(?:md|markdown|txt)$/i, '')
}

// ---------------------------------------------------------------------------
// Metadata: `**Field**: value` header fields (what the plan model reads as
// the header), and `- **Field**: value` items of a `### Metadata` subsection.

const dateField = /\b(?:date|created|updated|modified)\b/i
const branchField = /\bbranch\b/i
const linkField = /\b(?:spec|specification|link|url)\b/i
// A value that is one link, path, link placeholder or id, nothing around it.
const linkValue =
  /^(?:\[[^\]]*\]\([^)]*\)|\[(?=[^\]]*(?:link|spec|url|\.md))[^\]]*\]|<<(?=[A-Z_]*LINK)[A-Z_]*>>|(?=\S*(?:\/|\.md\b))\S*|[A-Z][A-Z0-9]*-[A-Z0-9]+)$/i

// `**Field**: value` or `**Field:** value` opening a list item (both parts are trimmed).
const metadataItem = /^\*\*([^*\n:]{1,60}?)(?::\*\*|\*\*\s*:)\s*(?!\s)(.*)$/

function deriveMetadata(model: PlanModel): MetadataInput[] {
  const fields: MetadataInput[] = []
  const seen = new Set<string>()
  const add = (name: string, value: string, required: boolean) => {
    const key = name.toLowerCase()
    // A note about the template itself (`**Note**: This template is filled
    // in by ...`) is not a field a plan fills in.
    if (seen.has(key) || /^(?:notes?|important)$/i.test(name) || /\btemplate\b/i.test(value)) return
    seen.add(key)
    fields.push({name, required, format: fieldFormat(name, value)})
  }
  for (const field of model.metadata) {
    // Front matter describes the template file (its description, scripts).
    if (field.source === 'header') add(field.name, field.value, true)
  }
  // A field the plan model cannot find in a plan of this shape (it reads the
  // header only) is documented but not required, so a filled plan passes.
  const found = new Set(model.metadata.map((field) => field.key))
  for (const section of model.sections) {
    if (!/^(?:document\s+)?metadata$/.test(normalizeHeading(section.text))) continue
    for (const node of model.tree.children.slice(section.index + 1, section.contentEnd)) {
      if (node.type !== 'list') continue
      for (const item of node.children) {
        const first = item.children[0]
        const line = (first?.type === 'paragraph' ? (model.sourceOf(first) ?? '') : '').split('\n')[0] ?? ''
        const match = metadataItem.exec(line)
        if (!match) continue
        const name = (match[1] as string).trim()
        add(name, (match[2] as string).trim(), found.has(name.toLowerCase()))
      }
    }
  }
  return fields
}

function fieldFormat(name: string, value: string): 'any' | 'date' | 'branch' | 'link' {
  if (dateField.test(name)) return 'date'
  if (branchField.test(name)) return 'branch'
  const bare = value.replace(/^`|`$/g, '').trim()
  if (linkField.test(name) || linkValue.test(bare)) return 'link'
  return 'any'
}

// ---------------------------------------------------------------------------
// Sections.

/**
 * Headings that are not sections of the template:
 * - repeated examples: a heading holding a placeholder (`#### Entity: [Entity
 *   Name]`), and everything under it;
 * - below the top level, runs of sibling headings counting up (`### Phase 1:
 *   Foundation`, `### Phase 2: Core Logic`): sample items a plan replaces
 *   with its own (at the top level such a run is the template's own outline,
 *   spec-kit's `## Phase 0` .. `## Phase 2`);
 * - option alternatives (`### Option A: ...`), which `options` covers.
 */
function skippedHeadings(model: PlanModel, optionHeadings: Set<PlanSection>): Set<PlanSection> {
  const skipped = new Set<PlanSection>(optionHeadings)
  for (const section of model.sections) {
    if (section === model.title) continue
    if (hasPlaceholder(model.sourceOf(section.heading) ?? '')) skipped.add(section)
  }
  const groups = new Map<PlanSection | undefined, PlanSection[]>()
  for (const section of model.sections) {
    if (section === model.title || section.depth < 3) continue
    const list = groups.get(section.parent) ?? []
    list.push(section)
    groups.set(section.parent, list)
  }
  for (const siblings of groups.values()) {
    const byPrefix = new Map<string, Set<string>>()
    const members = new Map<string, PlanSection[]>()
    for (const section of siblings) {
      const match = countedHeading.exec(normalizeHeading(section.text))
      if (!match) continue
      const prefix = match[1] as string
      byPrefix.set(prefix, (byPrefix.get(prefix) ?? new Set()).add(match[2] as string))
      members.set(prefix, [...(members.get(prefix) ?? []), section])
    }
    for (const [prefix, indices] of byPrefix) {
      if (indices.size < 2) continue
      for (const section of members.get(prefix) ?? []) skipped.add(section)
    }
  }
  // Whatever sits under a skipped heading belongs to the example.
  for (const section of model.sections) {
    for (let parent = section.parent; parent; parent = parent.parent) {
      if (skipped.has(parent)) skipped.add(section)
    }
  }
  return skipped
}

const countedHeading = /^(\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?)\s+(\d+|[a-z])(?![\p{L}\p{N}])/u

function hasPlaceholder(text: string): boolean {
  if (/<<[A-Z][A-Z0-9_]*>>/.test(text)) return true
  return bracketSpans(text, false).some((span) => {
    const inner = span.inner.trim()
    return inner !== '' && !/^[ xX]$/.test(inner) && !/^NEEDS CLARIFICATION\b/.test(inner)
  })
}

// The template's own words for "this section is required / optional".
const requiredComment = /\bREQUIRED SECTION\b/
const conditionalComment = /\bCONDITIONAL SECTION\b|\bDELETE this (?:entire )?(?:section|subsection)\b/i
const optionalHeading = /\((?:if applicable|optional|if needed|if any)\)\s*$/i
const fillOnlyIf = /^\s*(?:>\s*)?(?:[*_]+\s*)?Fill ONLY if\b/i

function deriveSections(
  model: PlanModel,
  skipped: Set<PlanSection>
): {sections: TemplateSectionInput[]; ids: Map<PlanSection, string>} {
  const ids = new Map<PlanSection, string>()
  const used = new Set<string>()
  const build = (section: PlanSection): TemplateSectionInput => {
    const text = collapse(section.text)
    let id = slug(normalizeHeading(text).replace(/(?<!\s)\s*[(（][^()（）]*[)）]\s*$/u, '')) || 'section'
    if (!/^[a-z]/.test(id)) id = `section-${id}`
    // Unique ids: a second `Unit Tests` becomes `unit-tests-2`.
    let unique = id
    for (let count = 2; used.has(unique); count++) unique = `${id}-${count}`
    used.add(unique)
    ids.set(section, unique)

    const own = model.tree.children.slice(section.index + 1, section.contentEnd)
    const comments = own.filter((node) => node.type === 'html').map((node) => (node as {value: string}).value)
    const result: TemplateSectionInput = {id: unique, text, level: section.depth}
    const fillOnly = own.some(
      (node) => (node.type === 'paragraph' || node.type === 'blockquote') && fillOnlyIf.test(model.sourceOf(node) ?? '')
    )
    if (comments.some((comment) => requiredComment.test(comment))) {
      result.requirement = 'required'
    } else if (comments.some((comment) => conditionalComment.test(comment)) || optionalHeading.test(text)) {
      // "Include this section if ...; DELETE this entire section if ...":
      // absent, or present and filled in full.
      result.requirement = 'optional'
      result.allOrNothing = true
    } else if (fillOnly) {
      // "Fill ONLY if ... has violations": empty means there were none.
      result.requirement = 'optional'
      result.allowEmpty = true
    } else {
      // Top-level sections are required; subsections are required inside
      // their parent (an optional parent that is absent takes them along).
      result.requirement = 'required'
    }
    const instructions = instructionLines(model, own)
    if (instructions.length > 0) result.instructions = instructions
    const children = section.children.filter((child) => !skipped.has(child)).map(build)
    if (children.length > 0) result.children = children
    return result
  }
  const top = model.sections.filter(
    (section) => section !== model.title && !skipped.has(section) && (!section.parent || section.parent === model.title)
  )
  return {sections: top.map(build), ids}
}

/**
 * Italic or bold lines right under a heading (`*GATE: Must pass before
 * Phase 0 research...*`, `> **Fill ONLY if ...**`): template instructions,
 * which do not count as a section's content.
 */
function instructionLines(model: PlanModel, nodes: RootContent[]): string[] {
  const lines: string[] = []
  for (const node of nodes) {
    if (node.type === 'html') continue
    const paragraph =
      node.type === 'paragraph'
        ? node
        : node.type === 'blockquote' && node.children.length === 1 && node.children[0]?.type === 'paragraph'
          ? (node.children[0] as Paragraph)
          : undefined
    if (!paragraph || !isEmphasisOnly(paragraph)) break
    const text = collapse(toString(paragraph))
    // `**If things go wrong:**` introduces content; it is not an instruction.
    if (/[:：]$/u.test(text)) break
    if (text) lines.push(text)
  }
  return lines
}

function isEmphasisOnly(paragraph: Paragraph): boolean {
  let emphasis = false
  for (const child of paragraph.children) {
    if (child.type === 'emphasis' || child.type === 'strong') emphasis = true
    else if (child.type === 'text' && /^[\s:：.]*$/u.test(child.value)) continue
    else if (child.type !== 'break') return false
  }
  return emphasis
}

// ---------------------------------------------------------------------------
// Numbering: most headings at one level start with `1.`, `2.`, ...

function deriveNumbering(model: PlanModel): number | undefined {
  for (let level = 1; level <= 6; level++) {
    const headings = model.sections.filter((section) => section.depth === level && section !== model.title)
    if (headings.length < 2) continue
    const numbered = headings.filter((section) => /^\s*\d{1,3}[.)]\s/.test(section.text))
    if (numbered.length * 2 > headings.length) return level
  }
  return undefined
}

// ---------------------------------------------------------------------------
// Options: `### Option A: ...` headings, one of them marked chosen.

/** A check mark, also in the broken encoding of UTF-8 read as Windows-1252 (`âœ…`), or `(Chosen)`. */
// A plain string, not `String.raw`: the bundle's text is kept ASCII
// (scripts/lib/node-bundle.js), and a tagged template's characters cannot be escaped.
const chosenMark = '✅|âœ…|✔|☑|\\((?:chosen|selected)\\)'
const chosenTest = new RegExp(chosenMark, 'iu')
const optionHeading = /^Option\s+(?:[A-Z]|\d+)\b/u

interface DerivedOptions {
  headings: Set<PlanSection>
  parent: PlanSection | undefined
  rationale: {text: string; pattern: string} | undefined
}

function deriveOptions(model: PlanModel): DerivedOptions | undefined {
  const groups = new Map<PlanSection | undefined, PlanSection[]>()
  for (const section of model.sections) {
    if (section === model.title || !optionHeading.test(collapse(section.text))) continue
    groups.set(section.parent, [...(groups.get(section.parent) ?? []), section])
  }
  for (const [parent, options] of groups) {
    if (options.length < 2) continue
    const chosen = options.find((section) => {
      if (chosenTest.test(model.sourceOf(section.heading) ?? '')) return true
      const next = model.tree.children[section.index + 1]
      return next !== undefined && next.type === 'paragraph' && chosenTest.test((model.sourceOf(next) ?? '').split('\n')[0] ?? '')
    })
    if (!chosen) continue
    return {
      headings: new Set(options),
      parent: parent === model.title ? undefined : parent,
      rationale: rationaleLabel(model, chosen)
    }
  }
  return undefined
}

/** A bold label such as `**Decision Rationale:**` under the chosen option. */
function rationaleLabel(model: PlanModel, chosen: PlanSection): {text: string; pattern: string} | undefined {
  for (const node of model.tree.children.slice(chosen.index + 1, chosen.end)) {
    if (node.type !== 'paragraph') continue
    const first = node.children[0]
    if (first?.type !== 'strong') continue
    const label = collapse(toString(first)).replace(/(?<![\s:：])[\s:：]+$/u, '')
    if (/\b(?:rationale|reasoning|why)\b/i.test(label)) return {text: label, pattern: literal(label)}
  }
  return undefined
}

// ---------------------------------------------------------------------------
// Option labels: `# [REMOVE IF UNUSED] Option 1: Single project (DEFAULT)`
// lines in code blocks, the alternatives of a template's sample tree.

// The name (group 4) keeps its surrounding spaces: trimmed where it is read.
const optionLabelLine = /^\s*(?!\s)(#*)\s*(\[[^\]\n]+\]\s*)?Option\s+(\d+|[A-Z])\s*[:.)-]([^\n]+)$/u

function deriveOptionLabels(blocks: Block[]): {patterns: Array<{pattern: string; ignoreCase: boolean}>; lines: Set<number>} {
  const prefixes = new Set<string>()
  const names: string[] = []
  const lines = new Set<number>()
  let letters = false
  for (const block of blocks) {
    if (!block.inCode) continue
    const found = linesOf(block)
      .map((line) => ({line, match: optionLabelLine.exec(line.text)}))
      .filter((entry) => entry.match)
    // One `# Option 1: ...` line is a comment; two or more are alternatives.
    if (found.length < 2) continue
    for (const {line, match} of found) {
      lines.add(line.start)
      if (/^[A-Z]$/.test(match?.[3] ?? '')) letters = true
      const prefix = match?.[2]?.trim()
      if (prefix) prefixes.add(prefix)
      // `Single project (DEFAULT)`, `Web application (when ... detected)`: the name.
      const name = (match?.[4] ?? '').replace(/(?<!\s)\s*\([^()]*\)\s*$/u, '').trim()
      if (name && !names.includes(name)) names.push(name)
    }
  }
  const patterns: Array<{pattern: string; ignoreCase: boolean}> = []
  // `Option 1`, or `Option A` where the template letters its options.
  const index = letters ? '(?:\\d+|[A-Z])' : '\\d+'
  for (const prefix of [...prefixes].sort()) {
    patterns.push({pattern: String.raw`^#*\s*${literal(prefix)}\s*Option\s+${index}`, ignoreCase: true})
  }
  if (names.length > 0) {
    patterns.push({pattern: String.raw`^#*\s*Option\s+${index}\s*[:.)-]\s*(?:${names.map(literal).join('|')})`, ignoreCase: true})
  }
  return {patterns, lines}
}

// ---------------------------------------------------------------------------
// Gates: Definition of Ready is due while planning, Definition of Done at
// implementation.

function deriveChecklists(model: PlanModel, ids: Map<PlanSection, string>): ChecklistInput[] {
  const checklists: ChecklistInput[] = []
  for (const [section, id] of ids) {
    const name = normalizeHeading(section.text)
    if (/^definition of ready\b/.test(name)) checklists.push({section: id, stage: 'planning'})
    else if (/^definition of done\b/.test(name)) checklists.push({section: id, stage: 'implementation'})
  }
  return checklists
}

// ---------------------------------------------------------------------------
// Placeholders.

// `[e.g., Python 3.11]`, `[if applicable, e.g., ...]`, `[Example: ...]`.
const exampleShape = String.raw`\be\.g\.|^(?:for )?example\b`
const example = new RegExp(exampleShape, 'iu')
const marker = /^NEEDS CLARIFICATION\b/
// A bracketed letter the template calls a tag or marker (`Mark [P] for
// parallel execution`, `Use [P] tag`): notation that plans keep.
const notationAround = (inner: string): RegExp => {
  const bracket = String.raw`\[${literal(inner)}\]`
  const before = String.raw`\b(?:mark(?:ed)?|tag(?:ged)?|flag(?:ged)?|label(?:led)?|use)(?:\s+with)?\s+`
  return new RegExp(String.raw`${before}${bracket}|${bracket}\s+(?:tags?|markers?|flags?|labels?)\b`, 'iu')
}
// Number slots: `[X]`, `[Y]`, `[Z]`, `[N]` (`≥ [X]%`, `< [Y] ms`).
const slotLetter = /^[XYZN]$/

interface BracketInventory {
  examples: boolean
  /** `Step 1`, `Entity 2`: prefixes of numbered bracket texts. */
  counted: string[]
  slots: Set<string>
  slotsInCode: boolean
  literals: Map<string, string>
}

function derivePlaceholders(model: PlanModel, blocks: Block[], labelLines: Set<number>): PlaceholderInput[] {
  const shapes: PlaceholderInput[] = []
  const inventory = bracketInventory(blocks, labelLines)
  if (inventory.examples) {
    shapes.push({scope: 'bracket', pattern: exampleShape, ignoreCase: true, kind: 'template example'})
  }
  for (const kind of ['template token', 'template choice', 'template placeholder', 'template instruction']) {
    const texts = [...inventory.literals].filter(([, textKind]) => textKind === kind).map(([text]) => text)
    if (texts.length > 0) shapes.push({scope: 'bracket', pattern: exactly(texts), ignoreCase: true, kind})
  }
  if (inventory.counted.length > 0) {
    shapes.push({
      scope: 'bracket',
      pattern: String.raw`^(?:${inventory.counted.map(literal).join('|')})\s+\d+$`,
      ignoreCase: true,
      kind: 'template placeholder'
    })
  }
  if (inventory.slots.size > 0) {
    // In text scope, so a task box (`- [X] done`) at the start of an item is never one.
    shapes.push({
      scope: 'text',
      pattern: String.raw`(?=\[)(?<=\S[ \t]*)\[[${[...inventory.slots].sort().join('')}]\](?![(\[])`,
      kind: 'template number slot',
      ...(inventory.slotsInCode ? {} : {inCode: false})
    })
  }
  shapes.push(...nestedBracketShapes(blocks, labelLines))
  shapes.push(...unbracketedShapes(model, blocks))
  const comments = commentShape(model)
  if (comments) shapes.push(comments)
  return shapes
}

function bracketInventory(blocks: Block[], labelLines: Set<number>): BracketInventory {
  const inventory: BracketInventory = {examples: false, counted: [], slots: new Set(), slotsInCode: false, literals: new Map()}
  const found: Array<{inner: string; inCode: boolean}> = []
  const lines: string[] = []
  for (const block of blocks) {
    const labelRanges = linesOf(block).filter((line) => labelLines.has(line.start))
    for (const span of bracketSpans(block.text, block.inCode)) {
      const at = block.start + span.start
      if (labelRanges.some((line) => at >= line.start && at < line.start + line.text.length)) continue
      const inner = collapse(span.inner)
      if (inner === '') continue
      // A task box: `[x]` opening a list item.
      if (/^[xX]$/.test(inner) && block.listItemStart && span.start === 0) continue
      found.push({inner, inCode: block.inCode})
    }
    lines.push(...block.text.split('\n'))
  }
  const counted = new Map<string, string>()
  const notations = new Map<string, boolean>()
  const isNotation = (inner: string) => {
    let known = notations.get(inner)
    if (known === undefined) {
      const around = notationAround(inner)
      known = lines.some((line) => around.test(line))
      notations.set(inner, known)
    }
    return known
  }
  for (const {inner, inCode} of found) {
    if (example.test(inner)) {
      inventory.examples = true
      continue
    }
    // Left to plan-rqs-resolved: a shape would hide the marker.
    if (marker.test(inner)) continue
    if (isNotation(inner)) continue
    if (slotLetter.test(inner)) {
      inventory.slots.add(inner)
      if (inCode) inventory.slotsInCode = true
      continue
    }
    const numbered = /^(\p{L}(?:[\p{L} -]*[\p{L}-])?)\s+\d+$/u.exec(inner)
    if (numbered) {
      const prefix = numbered[1] as string
      if (!counted.has(prefix.toLowerCase())) counted.set(prefix.toLowerCase(), prefix)
      continue
    }
    if (!inventory.literals.has(inner)) inventory.literals.set(inner, literalKind(inner))
  }
  inventory.counted = [...counted.values()]
  // Keep the template's order, drop case-insensitive repeats.
  const seen = new Set<string>()
  for (const text of [...inventory.literals.keys()]) {
    const key = text.toLowerCase()
    if (seen.has(key)) inventory.literals.delete(text)
    seen.add(key)
  }
  return inventory
}

/** `FEATURE`, `###-feature-name`, `table_name`: tokens; `High / Low`: choices; sentences: instructions; the rest: placeholders. */
function literalKind(text: string): string {
  if (/^[A-Z0-9_#-]+$/.test(text) || /^(?=\S*[_#])\S*$/.test(text)) return 'template token'
  // `High / Medium / Low`, `P0 | P1 | P2`, `Green/Yellow/Red`: a choice left open.
  // Spaces before a separator are read from where they start, never from inside the run.
  const parts = text.split(/(?:(?<!\s)\s+)?[/|]\s*/)
  const spaced = /\s[/|]\s|\|/.test(text)
  // A path (`src/path/to/component`) is not a choice: its parts are lower case and unspaced.
  const short = parts.every((part) => part !== '' && part.split(' ').length <= 3)
  if (parts.length > 1 && short && (spaced || parts.every((part) => /^\p{Lu}/u.test(part)))) return 'template choice'
  if (text.split(/\s+/).length >= 4 || /[?:]/.test(text)) return 'template instruction'
  return 'template placeholder'
}

/**
 * `[None | List tasks marked with [P]]`: the bracket scanner sees only the
 * innermost span, so a bracket holding another one is matched as text.
 */
function nestedBracketShapes(blocks: Block[], labelLines: Set<number>): PlaceholderInput[] {
  const texts: string[] = []
  let inCode = false
  const nested = /\[[^\[\]\n]*\[[^\[\]\n]*\][^\[\]\n]*\]/g
  for (const block of blocks) {
    for (const line of linesOf(block)) {
      if (labelLines.has(line.start)) continue
      for (const match of line.text.matchAll(nested)) {
        const before = line.text[(match.index ?? 0) - 1] ?? ''
        const after = line.text[(match.index ?? 0) + match[0].length] ?? ''
        if (/[\p{L}\p{N}_\\!)\]]/u.test(before) || after === '(' || after === '[') continue
        const text = collapse(match[0])
        if (marker.test(text.slice(1)) || texts.includes(text)) continue
        texts.push(text)
        if (block.inCode) inCode = true
      }
    }
  }
  if (texts.length === 0) return []
  return [{scope: 'text', pattern: texts.map(literal).join('|'), kind: 'template placeholder', ...(inCode ? {} : {inCode: false})}]
}

// Around a whole table cell, list item or field value (after `Field:`).
// The full-width colon outside `String.raw` (see `chosenMark`).
const unitLead = String.raw`(?<=(?:^|\n|\||[:` + '：' + String.raw`]\**)[ \t]*(?:\[[ xX]\][ \t]+)?)`
const unitEnd = String.raw`[?.:!]?(?=[ \t]*(?:\||\n|$))`

/**
 * One of the texts as a whole unit. The lookbehind scans back over the
 * spaces before it, so it is guarded by the texts' first characters: tried
 * at every position of a long run of spaces or `*`, it would be quadratic.
 */
function unitStart(texts: string[]): string {
  const initials = unique(texts.map((text) => [...collapse(text)][0] ?? '')).map((char) => char.replace(/[\\\]\[^-]/g, '\\$&'))
  return `(?=[${initials.join('')}])${unitLead}(?:${texts.map(literal).join('|')})`
}

/**
 * Placeholders without brackets, in prose (tables are prose without
 * remark-gfm). Each shape lists the template's own words, so it matches
 * template text, not the words of a filled plan:
 * - sibling items or cells counting up (`Goal 1`, `Goal 2`; `Library A`,
 *   `Library B`), matched as a whole item or cell;
 * - tokens of repeated capitals (`YYYY-MM-DD`, `SPEC-XXX`), not in inline code;
 * - number slots (`X days`, `< Yms`, `X%`, `X requests/sec`) and named slots
 *   (`Module X`, `Service Y`);
 * - choice lists left for the author (`High/Med/Low`, `Yes/No`) as a whole
 *   cell or value;
 * - link targets that are a bare word (`[Design Document](link)`);
 * - escaped brackets (`\[Feature-specific metric\]`);
 * - `<<FEATURE_NAME>>` tokens and template-engine tokens (`__AGENT__`, `{SCRIPT}`);
 * - comment lines in code that ask for replacement (`%% Example - Replace
 *   with actual components`, `-- Example for relational database`).
 */
function unbracketedShapes(model: PlanModel, blocks: Block[]): PlaceholderInput[] {
  const shapes: PlaceholderInput[] = []
  const prose = blocks.filter((block) => !block.inCode)

  const counted = countedItems(model, prose)
  if (counted.numbers.length > 0) {
    shapes.push({
      scope: 'text',
      pattern: `${unitStart(counted.numbers)}\\s+\\d+${unitEnd}`,
      kind: 'template sample item',
      inCode: false
    })
  }
  if (counted.letters.length > 0) {
    shapes.push({
      scope: 'text',
      pattern: `${unitStart(counted.letters)}\\s+[A-Z]${unitEnd}`,
      kind: 'template sample item',
      inCode: false
    })
  }

  const tokens = collectMatches(blocks, /(?<![\w`-])[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w`-])/g).filter(({text}) =>
    isRepeatedCapitalsToken(text)
  )
  if (tokens.length > 0) {
    const inCode = tokens.some((token) => token.inCode)
    shapes.push({
      scope: 'text',
      pattern: String.raw`(?<![\w\x60-])(?:${unique(tokens.map((token) => token.text)).map(literal).join('|')})(?![\w\x60-])`,
      kind: 'template token',
      ...(inCode ? {} : {inCode: false})
    })
  }

  // A slot letter stands alone (`Module X` is a named slot, `Zustand` a word)
  // and is followed by a percent sign, a unit word or a short unit (`Yms`).
  const slotUnits = unique(
    collectMatches(prose, /(?<![\w.\-/[])(?<!\p{L}\s)[XYZ](?:%|\s[a-z][a-z/]*[a-z]|(?:ms|s|h|kb|mb|gb)(?![\p{L}]))(?![\w\]])/gu).map(
      ({text}) => text.slice(1).trim()
    )
  )
  if (slotUnits.length > 0) {
    const words = slotUnits.filter((unit) => unit !== '%')
    const alternatives = slotUnits.includes('%') ? ['%'] : []
    if (words.length > 0) alternatives.push(String.raw`\s?(?:${words.map(literal).join('|')})\b`)
    shapes.push({
      scope: 'text',
      pattern: String.raw`(?<![\w.\-/\[])(?<!\p{L}\s)[XYZ](?:${alternatives.join('|')})`,
      kind: 'template number slot',
      inCode: false
    })
  }

  const named = unique(collectMatches(prose, /\b[A-Z][a-z]{2,}\s+[XYZ](?![\w\]-])/g).map(({text}) => text.split(/\s+/)[0] as string))
  if (named.length > 0) {
    shapes.push({
      scope: 'text',
      pattern: String.raw`\b(?:${named.map(literal).join('|')})\s+[XYZ](?![\w\]-])`,
      kind: 'template sample name',
      inCode: false
    })
  }

  const choices = choiceLists(prose)
  if (choices.length > 0) {
    shapes.push({
      scope: 'text',
      pattern: `${unitStart(choices)}${unitEnd}`,
      kind: 'template choice',
      inCode: false
    })
  }

  // The whole link is the finding: its text is usually a placeholder too.
  const links = unique(collectMatches(prose, /\]\(([a-z]+)\)/g).map(({text}) => text.slice(2, -1)))
  if (links.length > 0) {
    shapes.push({
      scope: 'text',
      pattern: String.raw`\[[^\[\]\n]*\]\((?:${links.map(literal).join('|')})\)`,
      kind: 'template link',
      inCode: false
    })
  }

  const escaped = unique(collectMatches(prose, /\\\[[^[\]\n]{1,200}?\\\]/g).map(({text}) => text))
  if (escaped.length > 0) {
    shapes.push({scope: 'text', pattern: escaped.map(literal).join('|'), kind: 'template placeholder', inCode: false})
  }

  if (blocks.some((block) => /<<[A-Z][A-Z0-9_]*>>/.test(block.text))) {
    shapes.push({scope: 'text', pattern: '<<[A-Z][A-Z0-9_]*>>', kind: 'template token'})
  }
  const engine = unique(collectMatches(blocks, /\b__[A-Z][A-Z0-9_]*__\b/g).map(({text}) => text.slice(2, -2)))
  if (engine.length > 0) {
    shapes.push({scope: 'text', pattern: String.raw`\b__(?:${engine.map(literal).join('|')})__\b`, kind: 'template token'})
  }
  const braces = unique(collectMatches(blocks, /\{[A-Z][A-Z0-9_]*\}/g).map(({text}) => text.slice(1, -1)))
  if (braces.length > 0) {
    shapes.push({scope: 'text', pattern: String.raw`\{(?:${braces.map(literal).join('|')})\}`, kind: 'template token'})
  }

  const instructions = codeInstructionLines(blocks)
  if (instructions.length > 0) {
    shapes.push({
      scope: 'text',
      pattern: String.raw`(?:%%|--|//|#)[ \t]*(?:${instructions.map(literal).join('|')})`,
      kind: 'template instruction'
    })
  }
  return shapes
}

function isRepeatedCapitalsToken(text: string): boolean {
  const parts = text.split('-')
  const repeated = parts.filter((part) => /^([A-Z])\1+$/.test(part))
  // `MM` alone is an abbreviation; `XXX`, `YYYY-MM-DD`, `SPEC-XXX` are slots.
  return repeated.length > 0 && (parts.length > 1 || (repeated[0] as string).length >= 3)
}

/** Matches outside bracket placeholders (those are matched as brackets already). */
function collectMatches(blocks: Block[], pattern: RegExp): Array<{text: string; inCode: boolean}> {
  const found: Array<{text: string; inCode: boolean}> = []
  for (const block of blocks) {
    const spans = bracketSpans(block.text, block.inCode)
    for (const match of block.text.matchAll(pattern)) {
      const at = match.index ?? 0
      if (spans.some((span) => at > span.start && at < span.end - 1)) continue
      found.push({text: match[0], inCode: block.inCode})
    }
  }
  return found
}

const countedText = /^(\p{Lu}[\p{L}-]*(?: [\p{L}-]+)?) (\d+|[A-Z])[?.:!]?$/u

/**
 * Prefixes of sibling list items or table cells that count up from 1 or A
 * (`Goal 1`, `Goal 2`), or that make up a whole list on their own (`- Con 1`).
 */
function countedItems(model: PlanModel, prose: Block[]): {numbers: string[]; letters: string[]} {
  const numbers: string[] = []
  const letters: string[] = []
  const consider = (texts: string[]) => {
    const byPrefix = new Map<string, Set<string>>()
    for (const text of texts) {
      const match = countedText.exec(collapse(text).replace(/^\[[ xX]\]\s+/, ''))
      if (!match) continue
      const prefix = match[1] as string
      byPrefix.set(prefix, (byPrefix.get(prefix) ?? new Set()).add(match[2] as string))
    }
    const whole = byPrefix.size === 1 && texts.every((text) => countedText.test(collapse(text).replace(/^\[[ xX]\]\s+/, '')))
    for (const [prefix, indices] of byPrefix) {
      if (!indices.has('1') && !indices.has('A')) continue
      const target = indices.has('1') ? numbers : letters
      if ((indices.size >= 2 || whole) && !target.includes(prefix)) target.push(prefix)
    }
  }
  const lists: List[] = []
  const walk = (node: Root | RootContent) => {
    if (node.type === 'list') lists.push(node)
    if ('children' in node) for (const child of node.children) walk(child as RootContent)
  }
  walk(model.tree)
  for (const list of lists) {
    consider(list.children.map((item: ListItem) => {
      const first = item.children[0]
      return first?.type === 'paragraph' ? (model.sourceOf(first) ?? '') : ''
    }))
  }
  for (const block of prose) {
    const columns = new Map<number, string[]>()
    for (const row of tableRows(block.text)) {
      row.forEach((cell, index) => columns.set(index, [...(columns.get(index) ?? []), cell]))
    }
    for (const cells of columns.values()) consider(cells)
  }
  return {numbers, letters}
}

/**
 * Cells of the body rows of a pipe table written as a paragraph (no
 * remark-gfm); the header row names columns, it holds no sample values.
 */
function tableRows(text: string): string[][] {
  const rows: string[][] = []
  let header = true
  for (const line of text.split('\n')) {
    if (!/^\s*\|/.test(line)) continue
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim())
    if (cells.every((cell) => /^:?-+:?$/.test(cell))) {
      header = false
      continue
    }
    if (!header) rows.push(cells)
  }
  return rows
}

/** `High/Med/Low`, `Yes/No`: a whole cell or field value offering short choices. */
function choiceLists(prose: Block[]): string[] {
  const found: string[] = []
  const choice = /^\p{Lu}\p{Ll}{0,7}(?:\/\p{Lu}\p{Ll}{0,7})+$/u
  for (const block of prose) {
    const units = [
      ...tableRows(block.text).flat(),
      ...block.text.split('\n').map((line) => /[:：]\**[ \t]+([^\s|]+)[ \t]*$/u.exec(line)?.[1] ?? '')
    ]
    for (const unit of units) if (choice.test(unit) && !found.includes(unit)) found.push(unit)
  }
  return found
}

/** Comment lines in code that ask the author to replace the sample around them. */
function codeInstructionLines(blocks: Block[]): string[] {
  const found: string[] = []
  for (const block of blocks) {
    if (!block.inCode) continue
    for (const line of block.text.split('\n')) {
      const text = /^\s*(?:%%|--|\/\/|#)([^\n]*)$/.exec(line)?.[1]?.trim()
      if (!text || /Option\s+\d/.test(text)) continue
      if (/^Example\b/i.test(text) || /\bReplace\b/i.test(text) || /^(?:\S+\s+){0,4}here$/i.test(text)) {
        if (!found.includes(text)) found.push(text)
      }
    }
  }
  return found
}

/** The text inside an HTML comment (its `-->` may be missing), trimmed; undefined when it is not one. */
function commentBody(value: string): string | undefined {
  const text = value.trim()
  if (!text.startsWith('<!--')) return undefined
  const inside = text.slice('<!--'.length)
  return (inside.endsWith('-->') ? inside.slice(0, -'-->'.length) : inside).trim()
}

/**
 * Every HTML comment of a template is instruction text: one shape matching
 * the opening words of each (`ACTION REQUIRED`, `CONDITIONAL SECTION`,
 * `DELETE this subsection`), so a plan's own comments are left alone. Two
 * kinds are not instructions and are kept by plans: machine markers named
 * by one identifier (`SPECKIT_TEMPLATE_SOURCE: plan | v1.0`) and tool
 * directives (`lint disable ...`, `markdownlint-disable`, `prettier-ignore`).
 */
function commentShape(model: PlanModel): PlaceholderInput | undefined {
  const openings: string[] = []
  for (const node of model.htmlNodes) {
    const body = commentBody(node.value)
    if (!body) continue
    if (/^[A-Za-z](?=\w*[_-])[\w-]*(?::|\s|$)/.test(body) || /^(?:lint|markdownlint|prettier|eslint|remark|toc)\b/i.test(body)) continue
    const words = collapse(body).split(/[:.,;!?]/)[0]?.split(' ').slice(0, 3).join(' ') ?? ''
    if (/[\p{L}\p{N}]/u.test(words) && !openings.includes(words)) openings.push(words)
  }
  if (openings.length === 0) return undefined
  return {
    scope: 'comment',
    pattern: String.raw`^\s*<!--\s*(?:${openings.map(literal).join('|')})`,
    kind: 'template instruction comment'
  }
}

// ---------------------------------------------------------------------------
// Text helpers.

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function unique(texts: string[]): string[] {
  return [...new Set(texts)]
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|(?<!-)-+$/g, '')
}

/** A regular expression matching the text literally, any run of whitespace as `\s+`. */
function literal(text: string): string {
  return collapse(text)
    .replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
    .replace(/ /g, String.raw`\s+`)
}

/**
 * A pattern matching exactly one of the texts, whole, taken literally:
 * `^(?:Component name|What it does)$`. The generated config writes it as
 * `exactly(...)` so each text stays readable.
 */
export function exactly(texts: string[]): string {
  return `^(?:${texts.map(literal).join('|')})$`
}
