/**
 * Identifier families (`FR-001`, `AC3`, `User Story 2`, ...): where a document
 * cites them, where it defines them, and how two spellings of one identifier
 * compare equal.
 */
import type {PlanModel} from './plan-model.js'
import type {IdentifierFamily} from './template.js'

export interface IdentifierOccurrence {
  family: string
  /** Comparison key: `FR-1` for `FR-001`, `US-3` for `User Story 3`. */
  key: string
  /** The identifier as written. */
  text: string
  /** Offsets in the document source. */
  start: number
  end: number
  /** Written where a list item, heading, table row or paragraph starts: it defines the identifier. */
  definition: boolean
  /** Keys this occurrence reaches as the start of a range (`AC1-AC4` → AC2, AC3, AC4). */
  through: string[]
}

const compiled = new WeakMap<IdentifierFamily, RegExp>()

function familyRegExp(family: IdentifierFamily): RegExp {
  let regex = compiled.get(family)
  if (!regex) {
    regex = new RegExp(family.pattern, family.ignoreCase ? 'giu' : 'gu')
    compiled.set(family, regex)
  }
  return regex
}

/** The comparison key of one match: family and number when the pattern captures digits. */
function keyOf(family: IdentifierFamily, match: RegExpExecArray): string {
  for (let index = 1; index < match.length; index++) {
    const group = match[index]
    if (group !== undefined && /^\d+$/.test(group)) return `${family.id}-${Number(group)}`
  }
  return `${family.id}:${match[0].toUpperCase()}`
}

// What may stand between a line start and a defining identifier.
const definitionLead = /^[ \t]*(?:>[ \t]*)*(?:#{1,6}[ \t]+|(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?|\|[ \t]*)?(?:(?:\*\*|__|\*|_|`)[ \t]*)?$/
const rangeJoin = /^[ \t]*(?:-|–|—|\.\.\.?|~|to|through|thru)[ \t]*$/iu
const maxRange = 500
const maxLead = 64

const cache = new WeakMap<PlanModel, Map<string, IdentifierOccurrence[]>>()

/**
 * Every occurrence of the given families in a document, in source order.
 * HTML comments and front matter are skipped: template instructions there
 * mention identifiers without citing them.
 */
export function findIdentifiers(model: PlanModel, families: readonly IdentifierFamily[]): IdentifierOccurrence[] {
  const cacheKey = families.map((family) => `${family.id}\u0000${family.pattern}`).join('\u0001')
  let byFamilies = cache.get(model)
  if (!byFamilies) {
    byFamilies = new Map()
    cache.set(model, byFamilies)
  }
  const hit = byFamilies.get(cacheKey)
  if (hit) return hit

  const {source} = model
  const skipped: Array<[number, number]> = []
  for (const node of model.htmlNodes) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined && node.value.trimStart().startsWith('<!--')) skipped.push([start, end])
  }
  const yaml = model.frontMatter?.node.position
  if (yaml?.start.offset !== undefined && yaml.end.offset !== undefined) skipped.push([yaml.start.offset, yaml.end.offset])
  skipped.sort((a, b) => a[0] - b[0])

  const found: IdentifierOccurrence[] = []
  for (const family of families) {
    const regex = familyRegExp(family)
    regex.lastIndex = 0
    // Matches come in source order, and the skipped ranges (comments, front
    // matter) do not overlap: one cursor walks both, in linear time.
    let next = 0
    let match: RegExpExecArray | null
    while ((match = regex.exec(source))) {
      if (match[0].length === 0) {
        regex.lastIndex++
        continue
      }
      const start = match.index
      while (next < skipped.length && (skipped[next] as [number, number])[1] <= start) next++
      const range = skipped[next]
      if (range && range[0] <= start) continue
      const lineStart = source.lastIndexOf('\n', start - 1) + 1
      found.push({
        family: family.id,
        key: keyOf(family, match),
        text: match[0],
        start,
        end: start + match[0].length,
        // A defining lead is a few characters (`- **`, `### `, `| `); a long
        // prefix is prose, and testing it could cost quadratic time.
        definition: start - lineStart <= maxLead && definitionLead.test(source.slice(lineStart, start)),
        through: []
      })
    }
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end)

  // `AC1-AC4`, `FR-001 to FR-005`: the first reaches every key up to the last.
  for (let index = 0; index + 1 < found.length; index++) {
    const first = found[index] as IdentifierOccurrence
    const last = found[index + 1] as IdentifierOccurrence
    if (first.family !== last.family || !rangeJoin.test(source.slice(first.end, last.start))) continue
    const from = numberOf(first.key)
    const to = numberOf(last.key)
    if (from === undefined || to === undefined || to <= from || to - from > maxRange) continue
    for (let value = from + 1; value < to; value++) first.through.push(`${first.family}-${value}`)
  }

  byFamilies.set(cacheKey, found)
  return found
}

function numberOf(key: string): number | undefined {
  const match = /-(\d+)$/.exec(key)
  return match ? Number(match[1]) : undefined
}

/** Every key an occurrence list cites, ranges expanded. */
export function citedKeys(occurrences: readonly IdentifierOccurrence[]): Set<string> {
  const keys = new Set<string>()
  for (const occurrence of occurrences) {
    keys.add(occurrence.key)
    for (const key of occurrence.through) keys.add(key)
  }
  return keys
}
