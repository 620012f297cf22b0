/**
 * Markdown the linter must survive, as fast-check arbitraries: documents
 * built from plan-like pieces (the presets' own section names and fields, so
 * `auto` and the structural rules engage), and mutations of every fixture.
 * Everything is data that shrinks: a failing document shrinks to a few
 * blocks, a failing mutation to one edit of one fixture.
 */
import type {Template, TemplateSection} from '@plan-lint/core'
import fc from 'fast-check'
import {presets} from 'plan-lint'
import {relatedDocument, type FuzzCase} from './case.js'
import {fixtureLines} from './corpus.js'

/** Every template the presets ship (each layout of a layout preset). */
export const templates: Template[] = [...presets.values()].flatMap((preset) =>
  (preset.layouts ?? [preset]).map((layout) => layout.template)
)

interface HeadingName {
  texts: string[]
  level: number
}

function headingNames(sections: TemplateSection[]): HeadingName[] {
  return sections.flatMap((section) => [
    {texts: [section.text, ...(section.aliases ?? [])], level: section.level},
    ...headingNames(section.children ?? [])
  ])
}

const sectionsByTemplate: HeadingName[][] = templates.map((template) => headingNames(template.sections))
const allSectionNames: string[] = [...new Set(sectionsByTemplate.flat().flatMap((name) => name.texts))].sort()
const fieldNames: string[] = [
  ...new Set(templates.flatMap((template) => template.metadata.flatMap((field) => [field.name, ...(field.aliases ?? [])])))
].sort()

// ---------------------------------------------------------------- inline

const words = fc.constantFrom(
  'the',
  'plan',
  'API',
  'cache',
  'Redis 7',
  'PostgreSQL 16',
  'p99 < 200ms',
  'NEEDS CLARIFICATION',
  'NEEDS CLARIFICATION:',
  'N/A',
  'TBD',
  'TODO',
  'e.g.',
  'i.e.',
  'spec.md',
  'research.md',
  'plan.md',
  'Option A',
  'Option 1: Single project',
  'Option 2: Web application',
  '(Chosen)',
  '(selected)',
  'Decision Rationale:',
  '**Decision Rationale:**',
  'Answer:',
  '**Answer**:',
  'Resolved:',
  '→',
  '->',
  'PASS',
  'FAIL',
  'VIOLATION',
  'Phase 0',
  'Phase 3',
  'Goal 3',
  'Question 2?',
  'X days',
  '<X ms',
  'Y%',
  'Library A',
  'Module X must be completed first',
  'High/Med/Low',
  'Draft | Approved | In Progress | Complete',
  'AC1 - ACN',
  'Fill ONLY if Constitution Check has violations',
  'GATE: Must pass before Phase 0 research',
  'Tasks generated',
  'Complexity deviations documented',
  'file organization',
  'Technical Decision 1',
  'Decision #2',
  '1.',
  '2)',
  ':',
  '：',
  '|',
  '—',
  '\\',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '*',
  '_',
  '`',
  '<',
  '>'
)

const bracketed = fc.constantFrom(
  '[e.g., Python 3.12, Go 1.22 or NEEDS CLARIFICATION]',
  '[NEEDS CLARIFICATION: auth method not specified]',
  '[NEEDS CLARIFICATION]',
  '[FEATURE]',
  '[FEATURE NAME]',
  '[DATE]',
  '[###-feature-name]',
  '[###-feature]',
  '[link]',
  '[#]',
  '[X]',
  '[YOUR_VALUE_HERE]',
  '[FEAT-XXX]',
  '[YYYY-MM-DD]',
  '[OPTIONAL: rollback drill]',
  '[REMOVE IF UNUSED]',
  '[POLL_INTERVAL_MS]',
  '[if applicable, e.g., PostgreSQL]',
  '[Extract from feature spec: the requirement]',
  '[Gates determined based on constitution file]',
  '[domain-specific, e.g., 10k users]',
  '[single/web/mobile]',
  '[Entity Name]',
  '[table_name]',
  '[Field Name]',
  '"[Field Name]"',
  '[REST / GraphQL]',
  '[Library A](link)',
  '[ ]',
  '[x]',
  '[]',
  '[[]]',
  '[^1]',
  '\\[escaped\\]',
  '[a [b [c] d] e]',
  '[e.g. [nested] example]',
  '[unclosed',
  'closed]',
  '][',
  '[[e.g.]'
)

const identifier = fc
  .tuple(
    fc.constantFrom('FR-', 'NFR-', 'SC-', 'US', 'US-', 'User Story ', 'RQ-', 'RQ', 'TD-', '§TD-', 'TD', 'AC-', 'AC', 'SPEC-', 'FEAT-'),
    fc.nat({max: 1200}),
    fc.boolean()
  )
  .map(([prefix, number, padded]) => prefix + (padded ? String(number).padStart(3, '0') : String(number)))

const token = fc.constantFrom(
  '<<FEATURE_NAME>>',
  '<<SERVICE>>',
  '<<lower>>',
  '<<',
  '>>',
  '<<>>',
  '__SPECKIT_COMMAND_PLAN__',
  '__AGENT__',
  '__FILE__',
  '{SCRIPT}',
  '{ARGS}',
  '%% Example: Replace with your flow',
  'SPEC-XXX',
  'feature-x',
  'id=xxx',
  'YYYY-MM-DD',
  '$ARGUMENTS'
)

const link = fc.constantFrom(
  '[spec.md](./spec.md)',
  '[spec.md](spec.md)',
  '[spec](../spec.md)',
  '[spec.md](./spec.md "the spec")',
  '[spec](<./my spec.md>)',
  '[spec](../../../../etc/passwd)',
  '[spec](/etc/hostname)',
  '[spec](https://example.com/spec.md)',
  '[spec](#summary)',
  '[spec](./spec.md#requirements)',
  '[spec](./missing.md)',
  '[spec](./)',
  '[spec]()',
  '[FEAT-001-spec.md](./FEAT-001-spec.md)',
  '[research](./research.md)',
  '<spec.md>',
  '<https://example.com>',
  '![diagram](./diagram.png)',
  '[ref][1]',
  '[spec.md][spec]'
)

const inlineHtml = fc.constantFrom('<br>', '<br/>', '<span>', '</div>', '<kbd>Ctrl</kbd>', '<!-- note -->', '<!-- ACTION REQUIRED -->', '<a href="x">', '<!--')

/**
 * Any text of whole code points, weighted to ASCII, the rest of the BMP and
 * the astral planes alike. (Not fast-check's binary strings: to shrink, they
 * build a map of every code point, seconds per arbitrary.)
 */
function codePoints(maxLength: number): fc.Arbitrary<string> {
  const codePoint = fc.oneof(
    fc.integer({min: 0, max: 0x7f}),
    fc.integer({min: 0x80, max: 0xffff}).filter((code) => code < 0xd800 || code > 0xdfff),
    fc.integer({min: 0x10000, max: 0x10ffff})
  )
  return fc.array(codePoint, {maxLength}).map((codes) => String.fromCodePoint(...codes))
}

/** Text that is hard on offsets: astral planes, combining marks, joiners, bidi controls, NUL, a stray BOM. */
const unicode = fc.oneof(
  fc.constantFrom(
    '実装計画',
    '技術コンテキスト',
    '技术背景',
    '기술 컨텍스트',
    'مرحبا بالعالم',
    'שלום',
    '\u200F',
    '\u202Eevil\u202C',
    '✅',
    '❌',
    '⚠️',
    '✔',
    'âœ…',
    '👩‍💻',
    '🇯🇵',
    '🚀',
    'e\u0301',
    '\u0301',
    'Z̤̈́a̗l̶g̅o',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
    '\u{10FFFF}',
    '\u200B',
    '\u200D',
    '\u00A0',
    '\u2028',
    '\u0000',
    '\uFEFF',
    '\t',
    '\f',
    '\v'
  ),
  codePoints(6)
)

const emphasis = fc.constantFrom('', '', '', '**', '*', '_', '__', '~~', '`', '``')

const inlinePiece: fc.Arbitrary<string> = fc
  .tuple(
    emphasis,
    fc.oneof(
      {arbitrary: words, weight: 6},
      {arbitrary: bracketed, weight: 4},
      {arbitrary: identifier, weight: 2},
      {arbitrary: token, weight: 2},
      {arbitrary: link, weight: 2},
      {arbitrary: inlineHtml, weight: 1},
      {arbitrary: unicode, weight: 2},
      // Bracket soup: nested, unbalanced, adjacent.
      {arbitrary: fc.array(fc.constantFrom('[', ']', '[', ']', 'e.g.', 'x', ' ', '(', ')', '!'), {maxLength: 12}).map((parts) => parts.join('')), weight: 1}
    )
  )
  .map(([mark, text]) => mark + text + mark)

/** One line's worth of inline content (no line break). */
export const inline: fc.Arbitrary<string> = fc
  .tuple(fc.array(inlinePiece, {minLength: 1, maxLength: 8}), fc.constantFrom(' ', ' ', ''))
  .map(([pieces, separator]) => pieces.join(separator).replace(/[\r\n]/g, ' '))

// ---------------------------------------------------------------- blocks

const headingDecoration = fc.constantFrom('', '', '', '1. ', '2) ', '10. ', '3.1 ', 'iv. ', '✅ ', '📋 ', '**', 'Phase 1: ', '§ ', '[', '🔴 ')

const atxHeading = (level: number, text: string, decoration: string, closed: boolean) =>
  `${' '.repeat(level === 1 ? 0 : level % 2)}${'#'.repeat(level)} ${decoration}${text}${decoration === '**' ? '**' : ''}${closed ? ` ${'#'.repeat(level)}` : ''}`

const sectionName = fc.oneof({arbitrary: fc.constantFrom(...allSectionNames), weight: 4}, {arbitrary: inline, weight: 1})

const caseOf = fc.constantFrom<(text: string) => string>(
  (text) => text,
  (text) => text,
  (text) => text.toUpperCase(),
  (text) => text.toLowerCase()
)

const heading: fc.Arbitrary<string> = fc
  .tuple(fc.integer({min: 1, max: 7}), sectionName, caseOf, headingDecoration, fc.constantFrom('atx', 'atx', 'atx', 'closed', 'setext'))
  .map(([rawLevel, text, change, decoration, style]) => {
    const level = Math.min(rawLevel, 6)
    const shown = change(text)
    if (style === 'setext') return `${decoration}${shown}\n${level === 1 ? '===' : '---'}`
    return atxHeading(rawLevel === 7 ? 7 : level, shown, decoration, style === 'closed')
  })

const title = fc
  .tuple(
    fc.constantFrom(
      'Implementation Plan: ',
      'Technical Plan: ',
      'Technical Plan — ',
      'Plan: ',
      'Implementation Plan - ',
      '実装計画: ',
      'Feature Specification: ',
      'Research: ',
      ''
    ),
    inline
  )
  .map(([lead, text]) => `# ${lead}${text}`)

const fieldValue = fc.oneof(
  fc.constantFrom(
    '2026-02-09',
    '2026/13/45',
    '2026-02-30',
    '2026年2月9日',
    '09/02/2026',
    '[DATE]',
    'YYYY-MM-DD',
    '`001-rate-limits`',
    '`[###-feature-name]`',
    'main',
    'feature/x y',
    'Draft',
    'FEAT-014',
    'SPEC-301',
    '',
    ' '
  ),
  link,
  inline
)

const fieldName = fc.oneof({arbitrary: fc.constantFrom(...fieldNames), weight: 4}, {arbitrary: inline, weight: 1})

const field = fc
  .tuple(fieldName, fieldValue, fc.constantFrom('bold-colon-outside', 'bold-colon-inside', 'list', 'plain'))
  .map(([name, value, shape]) => {
    if (shape === 'bold-colon-inside') return `**${name}:** ${value}`
    if (shape === 'list') return `- **${name}**: ${value}`
    if (shape === 'plain') return `${name}: ${value}`
    return `**${name}**: ${value}`
  })

const metadata = fc
  .tuple(fc.array(field, {minLength: 1, maxLength: 5}), fc.constantFrom(' | ', '  \n', '\n', '\\\n', ' '))
  .map(([fields, separator]) => fields.join(separator))

const paragraph = fc.array(inline, {minLength: 1, maxLength: 4}).map((lines) => lines.join('\n'))

const listItem = fc
  .tuple(
    fc.nat({max: 3}),
    fc.constantFrom('  ', '    ', '\t', ' '),
    fc.constantFrom('-', '*', '+', '1.', '2)', '10.'),
    fc.constantFrom('', '', '[ ] ', '[x] ', '[X] ', '[~] ', '[ ]', '[x]'),
    inline
  )
  .map(([depth, indent, marker, box, text]) => `${indent.repeat(depth)}${marker} ${box}${text}`)

const list = fc.array(listItem, {minLength: 1, maxLength: 8}).map((items) => items.join('\n'))

const cell = inline.map((text) => text.replace(/\|/g, '\\|'))

const table = fc
  .tuple(
    fc.array(cell, {minLength: 1, maxLength: 5}),
    fc.array(fc.constantFrom('---', ':---', '---:', ':-:', '-', ''), {minLength: 1, maxLength: 6}),
    fc.array(fc.array(cell, {maxLength: 6}), {maxLength: 5}),
    fc.boolean()
  )
  .map(([header, delimiter, rows, piped]) => {
    const row = (cells: string[]) => (piped ? `| ${cells.join(' | ')} |` : cells.join(' | '))
    return [row(header), row(delimiter), ...rows.map(row)].join('\n')
  })

const codeLine = fc.oneof(
  inline,
  fc.constantFrom(
    'graph TD',
    '    A[Client] --> B[API]',
    '    B -->|[e.g. REST]| C[(Postgres)]',
    'sequenceDiagram',
    '%% Example: Replace this diagram',
    'specs/[###-feature]/',
    '├── plan.md',
    '└── [FEATURE]/',
    'const x = [POLL_INTERVAL_MS]',
    '# not a heading',
    '<!-- not a comment -->',
    '```',
    '~~~',
    ''
  )
)

const fence = fc
  .tuple(
    fc.constantFrom('```', '~~~', '````', ' ```', '   ~~~'),
    fc.constantFrom('', 'mermaid', 'text', 'yaml', 'ts', 'markdown', 'bash {title="x"}', '`weird`'),
    fc.array(codeLine, {maxLength: 6}),
    fc.constantFrom('closed', 'closed', 'closed', 'unterminated', 'short')
  )
  .map(([marker, lang, lines, end]) => {
    const close = end === 'closed' ? [marker.trim()] : end === 'short' ? [marker.trim().slice(1)] : []
    return [`${marker}${lang}`, ...lines, ...close].join('\n')
  })

const indentedCode = fc
  .tuple(fc.constantFrom('    ', '\t', '     '), fc.array(codeLine, {minLength: 1, maxLength: 4}))
  .map(([indent, lines]) => lines.map((line) => indent + line).join('\n'))

const html = fc.oneof(
  fc.constantFrom(
    '<!-- ACTION REQUIRED: Replace the content in this section. -->',
    '<!--\n  ACTION REQUIRED: swap the fields below.\n  They are a guide.\n-->',
    '<!-- ACTION REQUIRED: never closed',
    '<!--',
    '<!-- REPLACE SAMPLE CONTENT -->',
    '<!-- REQUIRED SECTION -->',
    '<!-- ANCHOR:summary -->',
    '<!-- lint disable plan-no-placeholders -->',
    '<!-- lint enable plan-no-placeholders -->',
    '<!-- lint disable -->',
    '<!-- lint enable -->',
    '<!-- lint ignore plan-no-empty-sections plan-no-placeholders -->',
    '<!-- lint disable plan-required-sections plan-section-order -->',
    '<!-- lint ignore -->',
    '<!-- lint -->',
    '<!-- markdownlint-disable MD013 -->',
    '<details>\n<summary>More</summary>\n\n[e.g., detail]\n\n</details>',
    '<div align="center">\n\n**Bold** [FEATURE]\n\n</div>',
    '<table><tr><td>[DATE]</td></tr></table>',
    '<?php echo "x"; ?>',
    '<![CDATA[ [FEATURE] ]]>',
    '<script>\n[e.g. x]\n</script>'
  ),
  inline.map((text) => `<!-- ACTION REQUIRED: ${text} -->`),
  inline.map((text) => `<!-- ${text}`)
)

const blockquote = fc
  .tuple(fc.constantFrom('> ', '>', '> > ', '>     '), fc.oneof(inline, field, listItem))
  .map(([marker, text]) => `${marker}${text}`)

const thematicBreak = fc.constantFrom('---', '***', '___', '- - -', ' * * *')

const optionHeading = fc
  .tuple(fc.constantFrom('##', '###', '####'), fc.constantFrom('A', 'B', 'C', '1', '2', 'Z9'), inline, fc.constantFrom('', ' ✅', ' **(Chosen)**', ' (selected)', ' âœ…', ' ✔'))
  .map(([hashes, label, text, chosen]) => `${hashes} Option ${label}: ${text}${chosen}`)

/** A line far longer than any real plan's, of text the scanners work hardest on. */
const longLine = fc
  .tuple(
    fc.constantFrom('[', '[e.g. ', '<!--', '*', '**', '`', '_', '\\', '|', '<<', 'NEEDS CLARIFICATION ', '[x', 'a'),
    fc.integer({min: 200, max: 4000})
  )
  .map(([unit, count]) => unit.repeat(Math.ceil(count / unit.length)))

/** Mostly shallow, now and then up to `max` deep. */
const depth = (max: number) => fc.oneof({arbitrary: fc.integer({min: 1, max: 100}), weight: 1}, {arbitrary: fc.integer({min: 100, max}), weight: 1})

/**
 * Nesting far deeper than any real plan: a recursive walk overflows the
 * stack. Depths stop where the parser itself slows down (lists nest at
 * cubic cost, emphasis at quadratic).
 */
const deepNesting = fc.oneof(
  fc.tuple(depth(6000), inline).map(([n, text]) => `${'>'.repeat(n)} ${text}`),
  fc.tuple(depth(6000), listItem).map(([n, item]) => `${'>'.repeat(n)} ${item.trimStart()}`),
  fc.tuple(depth(1500), inline).map(([n, text]) => `${'> - '.repeat(n)}${text}`),
  fc.tuple(depth(2000), fc.constantFrom('*', '_', '**', '~~'), inline).map(([n, mark, text]) => `${mark.repeat(n)}${text}${mark.repeat(n)}`),
  fc.tuple(depth(5000), inline).map(([n, text]) => `${'['.repeat(n)}${text}${'](x)'.repeat(n)}`),
  fc.tuple(fc.integer({min: 1, max: 60}), inline).map(([n, text]) => Array.from({length: n}, (_, i) => `${'  '.repeat(i)}- ${text}`).join('\n'))
)

/** A block of the given real-plan lines, or one of the generated kinds. */
function block(lines: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    {arbitrary: heading, weight: 12},
    {arbitrary: paragraph, weight: 12},
    {arbitrary: metadata, weight: 6},
    {arbitrary: list, weight: 8},
    {arbitrary: table, weight: 4},
    {arbitrary: fence, weight: 4},
    {arbitrary: indentedCode, weight: 2},
    {arbitrary: html, weight: 6},
    {arbitrary: blockquote, weight: 2},
    {arbitrary: thematicBreak, weight: 2},
    {arbitrary: optionHeading, weight: 2},
    {arbitrary: fc.array(fc.constantFrom(...lines), {minLength: 1, maxLength: 4}).map((picked) => picked.join('\n')), weight: 8},
    {arbitrary: codePoints(40), weight: 2},
    {arbitrary: longLine, weight: 1},
    {arbitrary: deepNesting, weight: 2}
  )
}

// ---------------------------------------------------------------- front matter

const yamlKey = fc.oneof(fc.constantFrom('title', 'branch', 'date', 'spec', 'status', 'feature', 'created', 'tags'), fieldName)
const yamlValue = fc.oneof(
  fieldValue,
  fc.constantFrom('[unclosed', '{a: 1', '"open', "'", ': :', '&anchor x', '*alias', '!!binary x', '|', '>', '- item', '[a, b]', '{}', '~', 'null', '2026-02-09T10:00:00Z', '\t\ttabbed')
)

/** Whole entries YAML parses but cannot always turn into data: aliases, merges, nesting. */
const yamlEntry = fc.oneof(
  fc.constantFrom(
    'a: &a [*a]',
    'base: &base {branch: x}\n<<: *base',
    'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
    '? [complex, key]\n: value',
    'spec: !!str [spec.md](./spec.md)',
    'date: 2026-02-09\ndate: 2026-02-10'
  ),
  depth(3000).map((n) => `title: ${'['.repeat(n)}${']'.repeat(n)}`)
)

const frontMatter = fc
  .tuple(
    fc.constantFrom('---', '---', '+++', '--- ', '----'),
    fc.array(
      fc.oneof(
        {arbitrary: fc.tuple(yamlKey, yamlValue, fc.constantFrom('', '', '  ', '\t', '- ')).map(([key, value, indent]) => `${indent}${key}: ${value}`), weight: 6},
        {arbitrary: yamlEntry, weight: 1}
      ),
      {maxLength: 6}
    ),
    fc.constantFrom('same', 'same', 'same', '...', 'none')
  )
  .map(([open, body, close]) => {
    const end = close === 'same' ? [open.trim() === '+++' ? '+++' : '---'] : close === '...' ? ['...'] : []
    return [open, ...body, ...end].join('\n')
  })

// ---------------------------------------------------------------- documents

export type LineEnding = 'lf' | 'crlf' | 'cr' | 'mixed'

/** The text with its line breaks rewritten (`mixed`: each break in turn from `cycle`). */
export function withLineEndings(text: string, ending: LineEnding, cycle: string[] = ['\n', '\r\n', '\r']): string {
  if (ending === 'lf') return text
  let index = 0
  return text.replace(/\r\n|\r|\n/g, () => {
    if (ending === 'crlf') return '\r\n'
    if (ending === 'cr') return '\r'
    return cycle[index++ % cycle.length] as string
  })
}

const lineEnding = fc.tuple(
  fc.oneof(fc.constant<LineEnding>('lf'), fc.constantFrom<LineEnding>('lf', 'crlf', 'cr', 'mixed')),
  fc.array(fc.constantFrom('\n', '\r\n', '\r'), {minLength: 1, maxLength: 5})
)

const separator = fc.constantFrom('\n\n', '\n\n', '\n\n', '\n', '\n\n\n', '\n \n')

/**
 * A template's sections in order, some left out or moved, with blocks
 * between them: what a plan written from that template looks like.
 */
function skeleton(body: fc.Arbitrary<string>): fc.Arbitrary<string[]> {
  return fc
    .tuple(
      fc.nat({max: sectionsByTemplate.length - 1}),
      fc.array(
        fc.record({
          keep: fc.boolean(),
          alias: fc.nat(),
          levelShift: fc.constantFrom(0, 0, 0, 0, 1, -1),
          blocks: fc.array(body, {maxLength: 3})
        }),
        {maxLength: 24}
      ),
      fc.array(fc.tuple(fc.nat(), fc.nat()), {maxLength: 2}),
      fc.boolean()
    )
    .map(([which, picks, swaps, numbered]) => {
      const names = sectionsByTemplate[which] as HeadingName[]
      const chosen = names.flatMap((name, index) => {
        const pick = picks[index]
        if (pick && !pick.keep) return []
        const text = name.texts[(pick?.alias ?? 0) % name.texts.length] as string
        const level = Math.min(6, Math.max(1, name.level + (pick?.levelShift ?? 0)))
        return [{text, level, blocks: pick?.blocks ?? []}]
      })
      for (const [a, b] of swaps) {
        if (chosen.length < 2) break
        const i = a % chosen.length
        const j = b % chosen.length
        ;[chosen[i], chosen[j]] = [chosen[j] as (typeof chosen)[number], chosen[i] as (typeof chosen)[number]]
      }
      return chosen.flatMap((section, index) => [
        atxHeading(section.level, numbered && section.level === 2 && !/^\d/.test(section.text) ? `${index + 1}. ${section.text}` : section.text, '', false),
        ...section.blocks
      ])
    })
}

/** A whole generated document (BOM, front matter, title, blocks, line endings), without a path. */
export function markdownDocument(lines: string[]): fc.Arbitrary<string> {
  const body = block(lines)
  return fc
    .tuple(
      fc.oneof({arbitrary: fc.constant(''), weight: 7}, {arbitrary: fc.constant('\uFEFF'), weight: 1}),
      fc.oneof({arbitrary: fc.constant(null), weight: 2}, {arbitrary: frontMatter, weight: 1}),
      fc.option(title, {freq: 3}),
      fc.option(metadata, {freq: 2}),
      fc.oneof(fc.array(body, {maxLength: 24}), skeleton(body)),
      separator,
      fc.constantFrom('\n', '', '\n\n', '\n\u0000'),
      lineEnding
    )
    .map(([bom, front, heading, fields, blocks, between, end, [ending, cycle]]) => {
      const parts = [front, heading, fields, ...blocks].filter((part): part is string => part !== null)
      const text = parts.join(between) + (parts.length > 0 ? end : '')
      return bom + withLineEndings(text, ending, cycle)
    })
}

// ---------------------------------------------------------------- cases

/** Where a generated plan lives, and the names its related documents take there. */
const layouts: Array<{plan: string; spec: string; research: string}> = [
  {plan: 'specs/001-fuzz/plan.md', spec: 'specs/001-fuzz/spec.md', research: 'specs/001-fuzz/research.md'},
  {plan: 'docs/features/FEAT-001-plan.md', spec: 'docs/features/FEAT-001-spec.md', research: 'docs/features/FEAT-001-research.md'},
  {plan: 'plan.md', spec: 'spec.md', research: 'research.md'},
  {plan: 'FEAT-002-fuzz-plan.md', spec: 'FEAT-002-fuzz-spec.md', research: 'FEAT-002-fuzz-research.md'},
  {plan: 'notes/design.md', spec: 'notes/spec.md', research: 'notes/research.md'}
]

/** Generated plans, with a spec and research notes that are fixtures' or generated, or none. */
export function generatedCase(fixtures: FuzzCase[], lines: string[]): fc.Arbitrary<FuzzCase> {
  const document = markdownDocument(lines)
  const specs = fixtures.filter((fixture) => relatedDocument.test(fixture.path)).map((fixture) => fixture.text)
  const related = fc.option(fc.oneof(fc.constantFrom(...specs), document), {freq: 2})
  return fc
    .tuple(fc.nat({max: layouts.length - 1}), document, related, related)
    .map(([which, text, spec, research]) => {
      const layout = layouts[which] as (typeof layouts)[number]
      const documents: Record<string, string> = {}
      if (spec !== null) documents[layout.spec] = spec
      if (research !== null) documents[layout.research] = research
      return {path: layout.plan, text, related: documents}
    })
}

export type Mutation =
  | {kind: 'delete' | 'duplicate'; at: number; count: number}
  | {kind: 'swap'; at: number; to: number}
  | {kind: 'insert'; at: number; snippet: string}
  | {kind: 'splice'; at: number; snippet: string}
  | {kind: 'truncate'; at: number}
  | {kind: 'line-endings'; ending: LineEnding; cycle: string[]}
  | {kind: 'drop-related'}

/** Apply one mutation. Positions are taken modulo the text's size, so any number lands somewhere. */
export function mutate(fuzzCase: FuzzCase, mutation: Mutation): FuzzCase {
  const {text} = fuzzCase
  if (mutation.kind === 'drop-related') return {...fuzzCase, related: {}}
  if (mutation.kind === 'truncate') return {...fuzzCase, text: text.slice(0, mutation.at % (text.length + 1))}
  if (mutation.kind === 'splice') {
    const at = mutation.at % (text.length + 1)
    return {...fuzzCase, text: text.slice(0, at) + mutation.snippet + text.slice(at)}
  }
  if (mutation.kind === 'line-endings') return {...fuzzCase, text: withLineEndings(text, mutation.ending, mutation.cycle)}
  // Split after each `\n`, keeping the breaks, so the line endings a fixture has survive.
  const lines = text.split(/(?<=\n)/)
  const at = mutation.at % (lines.length + 1)
  if (mutation.kind === 'insert') lines.splice(at, 0, `${mutation.snippet}\n`)
  else if (mutation.kind === 'swap') {
    const to = mutation.to % lines.length
    if (at < lines.length) [lines[at], lines[to]] = [lines[to] as string, lines[at] as string]
  } else if (mutation.kind === 'delete') lines.splice(at, mutation.count)
  else lines.splice(at, 0, ...lines.slice(at, at + mutation.count))
  return {...fuzzCase, text: lines.join('')}
}

function mutation(lines: string[]): fc.Arbitrary<Mutation> {
  const at = fc.nat()
  const snippet = fc.oneof(block(lines), inline)
  return fc.oneof(
    {arbitrary: fc.record({kind: fc.constantFrom('delete' as const, 'duplicate' as const), at, count: fc.integer({min: 1, max: 12})}), weight: 4},
    {arbitrary: fc.record({kind: fc.constant('swap' as const), at, to: fc.nat()}), weight: 2},
    {arbitrary: fc.record({kind: fc.constant('insert' as const), at, snippet}), weight: 4},
    {arbitrary: fc.record({kind: fc.constant('splice' as const), at, snippet: fc.oneof(inlinePiece, unicode)}), weight: 3},
    {arbitrary: fc.record({kind: fc.constant('truncate' as const), at}), weight: 1},
    {
      arbitrary: lineEnding.map(([ending, cycle]): Mutation => ({kind: 'line-endings', ending, cycle})),
      weight: 1
    },
    {arbitrary: fc.constant<Mutation>({kind: 'drop-related'}), weight: 1}
  )
}

/** A fixture with one to five mutations (its related documents as they are, unless dropped). */
export function mutatedFixture(fixtures: FuzzCase[], lines: string[]): fc.Arbitrary<FuzzCase> {
  return fc
    .tuple(fc.constantFrom(...fixtures), fc.array(mutation(lines), {minLength: 1, maxLength: 5}))
    .map(([fixture, mutations]) => mutations.reduce(mutate, fixture))
}

export type SourceName = 'generated' | 'fixtures'

/** Where cases come from: generated plans, and mutated fixtures. */
export function caseSources(fixtures: FuzzCase[]): Record<SourceName, fc.Arbitrary<FuzzCase>> {
  const lines = fixtureLines(fixtures)
  return {generated: generatedCase(fixtures, lines), fixtures: mutatedFixture(fixtures, lines)}
}
