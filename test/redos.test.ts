/**
 * Linear-time patterns: every regular expression plan-lint runs is checked
 * with recheck (a ReDoS checker: automata theory, fuzzing where that does
 * not apply), and any super-linear result fails, exponential or polynomial.
 *
 * Where the patterns come from:
 * - templates: every field the template schema marks `format: 'regex'`, in
 *   every shipped template and in the templates `deriveTemplate` makes from
 *   test/templates/*-template.md;
 * - sources: every regular expression literal and `RegExp(...)` call in
 *   packages/*\/src and presets/*\/src, found with the TypeScript parser, so a
 *   pattern added later is checked without anyone listing it here. A
 *   `RegExp` built from something other than a constant must be listed in
 *   `dynamicSites` with why it is safe, and with the values it takes.
 *
 * User patterns (templates in configs, `templatePreset`, `defineTemplate`)
 * are refused at validation when exponential: the end of this file.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {defineTemplate, deriveTemplate, regExpHazard, templateSchema, type TemplateInput} from '@plan-lint/core'
import {styleFreeTemplate, templatePreset} from '@plan-lint/rules'
import {check, type Diagnostics} from 'recheck'
import {specKitGatesSummaryTemplate, specKitGatesTemplate} from 'remark-preset-plan-spec-kit-gates'
import {specKitTemplate} from 'remark-preset-plan-spec-kit'
import {specPlanTemplate} from 'remark-preset-plan-spec-plan'
import {speckitadvTemplate} from 'remark-preset-plan-speckitadv'
import {technicalPlanTemplate} from 'remark-preset-plan-technical-plan'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import * as z from 'zod'
import {repoRoot} from './helpers/cli.js'

interface Pattern {
  source: string
  flags: string
  /** Where it is used: `file:line` or `template field`. */
  origins: string[]
}

/**
 * recheck's limits: its fuzzer also counts an attack that runs past a time
 * limit as a success, which under a loaded machine turns a linear pattern
 * into a "vulnerable" one. Without those time limits only its step counts
 * decide, the same on every machine; the overall limit stays.
 */
const checkTimeout = 30_000
const checkParameters = {timeout: checkTimeout, attackTimeout: null, incubationTimeout: null, seedingTimeout: null}

// ---------------------------------------------------------------------------
// Template patterns

const shippedTemplates: Record<string, unknown> = {
  'spec-kit': specKitTemplate,
  speckitadv: speckitadvTemplate,
  'spec-kit-gates objective': specKitGatesTemplate,
  'spec-kit-gates summary': specKitGatesSummaryTemplate,
  'spec-plan': specPlanTemplate,
  'technical-plan': technicalPlanTemplate,
  'style-free': styleFreeTemplate
}

const templatesDir = path.join(repoRoot, 'test', 'templates')
const derivedTemplates: Record<string, TemplateInput> = Object.fromEntries(
  readdirSync(templatesDir)
    .filter((name) => name.endsWith('-template.md'))
    .map((name) => [`derived from ${name}`, deriveTemplate(readFileSync(path.join(templatesDir, name), 'utf8'))])
)

type JsonSchema = {
  $ref?: string
  $defs?: Record<string, JsonSchema>
  format?: string
  properties?: Record<string, JsonSchema>
  items?: JsonSchema
  anyOf?: JsonSchema[]
}

const templateJsonSchema = z.toJSONSchema(templateSchema, {io: 'input', unrepresentable: 'any'}) as JsonSchema

/** Every value at a `format: 'regex'` place of the schema, with its path. */
function templatePatterns(value: unknown, schema: JsonSchema = templateJsonSchema, at = ''): Array<[string, string]> {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/$defs/', '')
    return templatePatterns(value, templateJsonSchema.$defs?.[name] as JsonSchema, at)
  }
  if (schema.format === 'regex' && typeof value === 'string' && value !== '') return [[at, value]]
  if (schema.anyOf) return schema.anyOf.flatMap((option) => templatePatterns(value, option, at))
  if (Array.isArray(value) && schema.items) {
    return value.flatMap((item, index) => templatePatterns(item, schema.items as JsonSchema, `${at}[${index}]`))
  }
  if (value && typeof value === 'object' && schema.properties) {
    return Object.entries(schema.properties).flatMap(([key, property]) =>
      templatePatterns((value as Record<string, unknown>)[key], property, at ? `${at}.${key}` : key)
    )
  }
  return []
}

// ---------------------------------------------------------------------------
// Source patterns

interface DynamicSite {
  /** File relative to the repo root, and the first argument as written. */
  file: string
  argument: string
  why: string
  /** The values the pattern takes, checked like any other; none when it only runs template patterns. */
  samples: string[]
}

/** The `RegExp` calls whose pattern is not a constant. */
const dynamicSites: DynamicSite[] = [
  ...[
    ['packages/core/src/template.ts', 'value'],
    ['packages/core/src/template.ts', 'pattern'],
    ['packages/core/src/headings.ts', 'section.pattern'],
    ['packages/core/src/identifiers.ts', 'family.pattern'],
    ['packages/core/src/placeholders.ts', 'shape.pattern']
  ].map(([file, argument]) => ({
    file: file as string,
    argument: argument as string,
    why: 'a template pattern: the shipped ones are checked above, user ones are refused at validation when exponential',
    samples: []
  })),
  {
    file: 'packages/core/src/regex-safety.ts',
    argument: '`^(?:${source})$`',
    why: 'one character matcher of a user pattern (a character, an escape or a class), anchored: nothing to backtrack over',
    samples: [String.raw`^(?:[^\]\n])$`, String.raw`^(?:\p{L})$`]
  },
  {
    file: 'packages/core/src/derive-template.ts',
    argument: 'String.raw`${before}${bracket}|${bracket}\\s+(?:tags?|markers?|flags?|labels?)\\b`',
    why: 'the bracket text is escaped with `literal`, so only the fixed words around it vary',
    samples: [
      String.raw`\b(?:mark(?:ed)?|tag(?:ged)?|flag(?:ged)?|label(?:led)?|use)(?:\s+with)?\s+\[NEEDS\s+CLARIFICATION\]|\[NEEDS\s+CLARIFICATION\]\s+(?:tags?|markers?|flags?|labels?)\b`
    ]
  }
]

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [full] : []
  })
}

const sourceRoots = ['packages', 'presets'].flatMap((top) =>
  readdirSync(path.join(repoRoot, top))
    .map((name) => path.join(repoRoot, top, name, 'src'))
    .filter((directory) => statSync(directory, {throwIfNoEntry: false})?.isDirectory())
)

interface SourceScan {
  patterns: Array<{origin: string; source: string; flags: string}>
  dynamic: Array<{file: string; argument: string; origin: string; flags: string[]}>
}

/** The text of a constant string expression, or undefined. */
function constantText(node: ts.Node | undefined, constants: Map<string, ts.Expression>): string | undefined {
  if (!node) return undefined
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw' && ts.isNoSubstitutionTemplateLiteral(node.template)) {
    return node.template.rawText
  }
  if (ts.isTemplateExpression(node)) {
    let text: string | undefined = node.head.text
    for (const span of node.templateSpans) {
      const value = constantText(span.expression, constants)
      text = value === undefined || text === undefined ? undefined : text + value + span.literal.text
    }
    return text
  }
  if (ts.isIdentifier(node) && constants.has(node.text)) return constantText(constants.get(node.text), constants)
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'source' && ts.isIdentifier(node.expression)) {
    const target = constants.get(node.expression.text)
    if (target && ts.isRegularExpressionLiteral(target)) return splitLiteral(target.text).source
  }
  if (ts.isParenthesizedExpression(node)) return constantText(node.expression, constants)
  return undefined
}

/** The flags a call passes: every branch of a conditional; `u` when unknown. */
function flagValues(node: ts.Node | undefined): string[] {
  if (!node) return ['']
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text]
  if (ts.isConditionalExpression(node)) return [...flagValues(node.whenTrue), ...flagValues(node.whenFalse)]
  return ['iu']
}

function splitLiteral(text: string): {source: string; flags: string} {
  const end = text.lastIndexOf('/')
  return {source: text.slice(1, end), flags: text.slice(end + 1)}
}

function scanSources(): SourceScan {
  const scan: SourceScan = {patterns: [], dynamic: []}
  for (const file of sourceRoots.flatMap(sourceFiles)) {
    const relative = path.relative(repoRoot, file).split(path.sep).join('/')
    const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const constants = new Map<string, ts.Expression>()
    const collectConstants = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        const list = node.parent
        if (ts.isVariableDeclarationList(list) && list.flags & ts.NodeFlags.Const) constants.set(node.name.text, node.initializer)
      }
      ts.forEachChild(node, collectConstants)
    }
    collectConstants(sourceFile)
    const visit = (node: ts.Node) => {
      const origin = `${relative}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
      if (ts.isRegularExpressionLiteral(node)) {
        scan.patterns.push({origin, ...splitLiteral(node.text)})
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
        const [pattern, flags] = node.arguments ?? []
        const text = constantText(pattern, constants)
        const flagList = flagValues(flags)
        if (text !== undefined) {
          for (const value of flagList) scan.patterns.push({origin, source: text, flags: value})
        } else {
          scan.dynamic.push({file: relative, argument: pattern?.getText() ?? '', origin, flags: flagList})
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(sourceFile)
  }
  return scan
}

// ---------------------------------------------------------------------------
// Every pattern, once per source and flags

const sources = scanSources()
const patterns = new Map<string, Pattern>()

function add(origin: string, source: string, flags: string): void {
  // `g` and `y` change where a search starts, not how a match backtracks.
  const kept = [...new Set(flags.replace(/[gy]/g, ''))].sort().join('')
  const key = `${kept}/${source}`
  const pattern = patterns.get(key) ?? {source, flags: kept, origins: []}
  pattern.origins.push(origin)
  patterns.set(key, pattern)
}

const templateCounts: Record<string, number> = {}
for (const [name, template] of [...Object.entries(shippedTemplates), ...Object.entries(derivedTemplates)]) {
  const found = templatePatterns(template)
  templateCounts[name] = found.length
  // Template patterns run with `u`, and with `i` where the template or the rule asks: check the stricter `iu`.
  for (const [at, source] of found) add(`${name} \`${at}\``, source, 'iu')
}
for (const {origin, source, flags} of sources.patterns) add(origin, source, flags)
for (const site of dynamicSites) {
  for (const sample of site.samples) add(`${site.file} (${site.argument.slice(0, 40)}...)`, sample, 'iu')
}

/**
 * Patterns recheck cannot decide within its time limit, each with the
 * reason it is linear anyway. Keyed by flags and source, as in `patterns`.
 */
const undecided: Record<string, string> = {}

function describeResult(pattern: Pattern, result: Diagnostics): string {
  const where = pattern.origins.join(', ')
  if (result.status === 'vulnerable') {
    return `/${pattern.source}/${pattern.flags} (${where}) is ${result.complexity.summary}: attack ${result.attack.pattern}`
  }
  if (result.status === 'unknown') return `/${pattern.source}/${pattern.flags} (${where}) is undecided: ${JSON.stringify(result.error)}`
  return 'safe'
}

describe('the patterns under check', () => {
  it('come from every shipped and derived template', () => {
    for (const [name, count] of Object.entries(templateCounts)) expect(count, name).toBeGreaterThan(0)
    expect(Object.keys(derivedTemplates)).toHaveLength(4)
  })

  it('include every regex literal and RegExp call in the sources', () => {
    expect(sources.patterns.length).toBeGreaterThan(100)
    expect(sources.patterns.some(({origin}) => origin.startsWith('packages/cli/src/'))).toBe(true)
  })

  it('list every dynamic RegExp, with the reason it is safe', () => {
    const found = new Set(sources.dynamic.map(({file, argument}) => `${file} ${argument}`))
    const listed = new Set(dynamicSites.map(({file, argument}) => `${file} ${argument}`))
    expect([...found].filter((site) => !listed.has(site)), 'unlisted dynamic RegExp').toEqual([])
    expect([...listed].filter((site) => !found.has(site)), 'listed but gone').toEqual([])
  })
})

describe('every pattern is free of super-linear backtracking', () => {
  for (const [key, pattern] of patterns) {
    it(`/${pattern.source.length > 80 ? `${pattern.source.slice(0, 79)}…` : pattern.source}/${pattern.flags}`, async () => {
      const result = await check(pattern.source, pattern.flags, checkParameters)
      if (result.status === 'unknown' && undecided[key]) return
      expect(result.status, describeResult(pattern, result)).toBe('safe')
    }, checkTimeout + 5_000)
  }
})

// ---------------------------------------------------------------------------
// User patterns: refused at validation

const exponential = [String.raw`(a+)+$`, String.raw`(x|x)*y`, String.raw`(\w+\s?)*$`]
const ordinary = [
  String.raw`^Option\s+[A-Z]\b`,
  String.raw`\bFR-(\d+)\b`,
  String.raw`\[NEEDS CLARIFICATION[^\]]*\]`,
  String.raw`^(?:Summary|Technical Context)$`,
  String.raw`(?:\s*,\s*\w+)*$`,
  String.raw`<!--\s*ACTION REQUIRED`
]

function templateWith(patterns: string[]): TemplateInput {
  return {
    id: 'team',
    name: 'team plan',
    placeholders: [
      {scope: 'bracket', pattern: String.raw`^e\.g\.`, kind: 'example'},
      ...patterns.map((pattern) => ({scope: 'text' as const, pattern, kind: 'placeholder'}))
    ]
  }
}

describe('user patterns', () => {
  it('refuses exponential ones, naming the option and an input that shows it', () => {
    for (const pattern of exponential) {
      const attack = regExpHazard(pattern)?.attack ?? ''
      expect(attack.length, pattern).toBeGreaterThan(20)
      expect(() => defineTemplate(templateWith([pattern])), pattern).toThrow(
        `Invalid template: at \`placeholders[1].pattern\`: the pattern can take exponential time on inputs such as \`${attack}\`; rewrite it without nested quantifiers`
      )
    }
  })

  it('names each refused pattern wherever it sits in the template', () => {
    const template: TemplateInput = {
      ...templateWith(['ok']),
      title: {pattern: '(a+)+$'},
      paths: ['specs/', '(x|x)*y'],
      traceability: {successCriteria: {citationsRequiredIn: String.raw`(\w+\s?)*$`}}
    }
    let message = ''
    try {
      defineTemplate(template)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain('at `title.pattern`: the pattern can take exponential time')
    expect(message).toContain('at `paths[1]`: the pattern can take exponential time')
    expect(message).toContain('at `traceability.successCriteria.citationsRequiredIn`: the pattern can take exponential time')
  })

  it('refuses them in templatePreset too, and refuses backreferences', () => {
    expect(() => templatePreset(templateWith(['(a+)+$']))).toThrow('at `placeholders[1].pattern`: the pattern can take exponential time')
    expect(() => defineTemplate(templateWith([String.raw`(["'])x\1`]))).toThrow(
      'at `placeholders[1].pattern`: the pattern uses a backreference'
    )
  })

  it('accepts ordinary patterns and every derived test template', () => {
    expect(() => defineTemplate(templateWith(ordinary))).not.toThrow()
    for (const [name, template] of Object.entries(derivedTemplates)) expect(() => defineTemplate(template), name).not.toThrow()
  })

  it('refuses what recheck finds exponential, and accepts shapes that only look alike', async () => {
    const refused = [
      ...exponential,
      String.raw`(a*)*$`,
      String.raw`(a|aa)+$`,
      String.raw`(?:a?b?)+$`,
      String.raw`(\d+\.?)+$`,
      String.raw`(?=(a+)+b)`,
      String.raw`(?:a(?:b?|))*$`
    ]
    const accepted = [...ordinary, String.raw`(a|ab)*c`, String.raw`(?:ba{1,3})*$`, String.raw`(a?)*$`]
    // JavaScript never repeats an iteration that matched nothing, so the
    // empty `b?` inside the optional group adds no second way: linear in V8,
    // though recheck, which does not model that rule, calls it exponential.
    expect(regExpHazard(String.raw`(?:a(?:b?)?)*$`)).toBeUndefined()
    for (const pattern of [...refused, ...accepted]) {
      const result = await check(pattern, 'iu', checkParameters)
      const isExponential = result.status === 'vulnerable' && result.complexity.type === 'exponential'
      expect(isExponential, pattern).toBe(refused.includes(pattern))
      expect(regExpHazard(pattern)?.kind, pattern).toBe(refused.includes(pattern) ? 'exponential' : undefined)
    }
  })
})
