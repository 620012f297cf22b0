/**
 * Heading text normalisation and matching against template sections.
 * Matching is deliberately forgiving (case, numbering, emoji, a translated
 * heading with the English name in parentheses) because real plans rename
 * and decorate headings far more often than they drop sections.
 */
import type {TemplateSectionInput} from './template.js'
import {detach} from './text.js'

const leadingDecoration = /^[^\p{L}\p{N}[(]+/u
const leadingNumber = /^(?:\d+(?:\.\d+)*[.)]?|[ivx]+\.)\s+/u
// Trailing runs start where the run starts (the lookbehind): tried from every
// position inside a long run, they would take quadratic time.
const trailingPunctuation = /(?<![\s:：.。])[\s:：.。]+$/u
// Status marks and emoji after the name: `Phase 0: Research ✅`.
const trailingDecoration = /(?<![\s\p{So}\p{Sk}\u200d\ufe0f:：.。!-])[\s\p{So}\p{Sk}\u200d\ufe0f:：.。!-]+$/u
// `Project Structure — New Files`: the name, then a qualifier.
// `Technical Context & Constraints`, `Constitution Check: PASS`.
const qualifier = /^(.+?)(?:(?<!\s)\s+[—–\-&/]|:|(?<!\s)\s+and)\s+\S/u
const inlineMarkup = /[*_`~]/g
const whitespace = /\s+/g

/**
 * Normalised texts seen lately. The same headings and template instructions
 * come back in every plan of a run (`Technical Context`, `Summary`), and
 * normalising one takes a Unicode normalisation and six Unicode-aware
 * patterns. Only short texts are kept, as copies (a heading cut from its
 * document would keep the document alive); the cache starts over when full.
 */
const normalized = new Map<string, string>()
const normalizedLimit = 4096
const keptLength = 200

/** Lower-case, strip numbering, decoration and trailing punctuation. */
export function normalizeHeading(text: string): string {
  const keep = text.length <= keptLength
  if (keep) {
    const known = normalized.get(text)
    if (known !== undefined) return known
  }
  const result = normalizeText(text)
  if (keep) {
    if (normalized.size >= normalizedLimit) normalized.clear()
    normalized.set(detach(text), detach(result))
  }
  return result
}

function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(inlineMarkup, '')
    .replace(whitespace, ' ')
    .trim()
    .replace(leadingDecoration, '')
    .replace(leadingNumber, '')
    .replace(trailingDecoration, '')
    .replace(trailingPunctuation, '')
    .toLowerCase()
}

const parenthetical = /^(.*?)(?<!\s)\s*[(（]([^()（）]+)[)）]\s*$/u

/**
 * Every form of a heading worth comparing: the whole text, and for
 * `요약 (Summary)` also `요약` and `summary`.
 */
export function headingForms(text: string, includeInside = true): string[] {
  const whole = normalizeHeading(text)
  const forms = [whole]
  const match = parenthetical.exec(whole)
  if (match) {
    const before = match[1]?.trim()
    const inside = match[2]?.trim()
    if (before) forms.push(before)
    if (inside && includeInside) forms.push(inside)
  }
  if (includeInside) {
    const named = qualifier.exec(whole)
    if (named?.[1]) forms.push(named[1].trim())
  }
  return forms
}

export interface CompiledSectionMatcher {
  section: TemplateSectionInput
  names: Set<string>
  pattern: RegExp | undefined
}

export function compileSectionMatcher(section: TemplateSectionInput): CompiledSectionMatcher {
  const names = new Set<string>()
  for (const name of [section.text, ...(section.aliases ?? [])]) {
    // A template's own parenthetical (`Source Code (repository root)`) is a
    // qualifier, not a name: only the plan's headings contribute theirs.
    for (const form of headingForms(name, false)) names.add(form)
  }
  return {
    section,
    names,
    pattern: section.pattern ? new RegExp(section.pattern, 'iu') : undefined
  }
}

export function matchesSection(matcher: CompiledSectionMatcher, forms: string[]): boolean {
  for (const form of forms) {
    if (matcher.names.has(form)) return true
    if (matcher.pattern?.test(form)) return true
  }
  return false
}
