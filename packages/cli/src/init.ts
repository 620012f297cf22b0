/**
 * `plan-lint init --from-template <template.md>`: derive a template schema
 * from a team's own plan template and write it as a `.remarkrc.mjs` that a
 * person can read and edit, field by field.
 */
import {randomBytes} from 'node:crypto'
import {createRequire} from 'node:module'
import {link, mkdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {deriveTemplate, exactly, type TemplateInput, type TemplateSection} from '@plan-lint/core'
import {UsageError} from './discover.js'

export {deriveTemplate, exactly} from '@plan-lint/core'
export {templatePreset, type TemplatePresetOptions} from '@plan-lint/rules'

export interface InitIo {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
}

export const initHelp = `Usage: plan-lint init --from-template <template.md> [options]

Write a configuration whose template schema is derived from your own plan
template: its sections and their order, which are required, its placeholder
shapes and option labels. Edit the result by hand as the template evolves.

Options:
  --from-template <path>  the plan template to derive the schema from
  --output <path>         where to write (default: .remarkrc.mjs in the current folder)
  --id <id>               the preset id shown in reports (default: from the file name)
  --force                 overwrite an existing file
  -h, --help              show this help
`

const defaultOutput = '.remarkrc.mjs'
const idPattern = /^[a-z][a-z0-9-]*$/

interface InitSettings {
  template: string
  output: string
  id: string | undefined
  force: boolean
}

function parse(argv: string[]): InitSettings | 'help' {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'from-template': {type: 'string'},
        output: {type: 'string'},
        id: {type: 'string'},
        force: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'}
      }
    })
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see \`plan-lint init --help\`)`)
  }
  const {values, positionals} = parsed
  if (values.help) return 'help'
  if (positionals.length > 0) {
    throw new UsageError(`Unexpected argument \`${positionals[0]}\`, expected \`--from-template <template.md>\``)
  }
  const template = values['from-template']
  if (!template) throw new UsageError('Missing `--from-template <template.md>` (see `plan-lint init --help`)')
  if (values.id !== undefined && !idPattern.test(values.id)) {
    throw new UsageError(`Invalid \`--id\` value \`${values.id}\`, expected a lower-case id such as \`team-plan\``)
  }
  return {template, output: values.output ?? defaultOutput, id: values.id, force: values.force ?? false}
}

/** Run `plan-lint init ...` (the arguments after `init`); the exit status. */
export async function runInit(argv: string[], io: InitIo): Promise<number> {
  try {
    const settings = parse(argv)
    if (settings === 'help') {
      io.stdout(initHelp)
      return 0
    }
    const source = await readTemplate(settings.template, io.cwd)
    const template = deriveTemplate(source, {source: settings.template, ...(settings.id ? {id: settings.id} : {})})
    const target = await outputPath(settings.output, io.cwd)
    const from = displayPath(path.resolve(io.cwd, settings.template), io.cwd)
    await writeAtomically(target, renderConfig(template, {from}), settings.force, displayPath(target, io.cwd))
    io.stdout(`Wrote ${displayPath(target, io.cwd)} from ${from}\n${summary(template)}\n`)
    // The config imports `plan-lint`: say so when the project cannot resolve it yet.
    if (!resolvesFrom(path.dirname(target))) {
      io.stdout('The config imports `plan-lint`: add it to the project (`npm install --save-dev plan-lint`).\n')
    }
    return 0
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error)
    io.stderr(`plan-lint: ${text.split('\n')[0]}\n`)
    return 2
  }
}

function resolvesFrom(folder: string): boolean {
  try {
    createRequire(path.join(folder, 'noop.js')).resolve('plan-lint/package.json')
    return true
  } catch {
    return false
  }
}

async function readTemplate(name: string, cwd: string): Promise<string> {
  const file = path.resolve(cwd, name)
  let buffer: Buffer
  try {
    buffer = await readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UsageError(`No such template: \`${name}\``)
    if (code === 'EISDIR') throw new UsageError(`\`${name}\` is a folder, expected a Markdown plan template`)
    throw new UsageError(`Cannot read template \`${name}\`: ${code ?? (error as Error).message}`)
  }
  // A NUL byte: an image, an archive, a compiled file; never Markdown.
  if (buffer.includes(0)) throw new UsageError(`\`${name}\` is not a text file, expected a Markdown plan template`)
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '')
  if (!/^ {0,3}#{1,6}[ \t]+\S/m.test(text)) {
    throw new UsageError(`\`${name}\` has no Markdown headings, expected a plan template with \`## Section\` headings`)
  }
  return text
}

/** `--output` naming a folder writes `.remarkrc.mjs` inside it. */
async function outputPath(output: string, cwd: string): Promise<string> {
  const target = path.resolve(cwd, output)
  const info = await stat(target).catch(() => undefined)
  if (info?.isDirectory() || /[\\/]$/.test(output)) return path.join(target, defaultOutput)
  return target
}

/**
 * Write to a temporary file beside the target, then move it into place: a
 * reader never sees half a config. Without `force`, the move is a hard link,
 * which fails if the target appeared meanwhile.
 */
async function writeAtomically(target: string, text: string, force: boolean, shown: string): Promise<void> {
  const folder = path.dirname(target)
  await mkdir(folder, {recursive: true})
  const temporary = path.join(folder, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  const exists = () => new UsageError(`\`${shown}\` already exists, expected \`--force\` to overwrite it`)
  if (!force && (await stat(target).catch(() => undefined))) throw exists()
  await writeFile(temporary, text, {flag: 'wx'})
  try {
    if (force) {
      await rename(temporary, target)
      return
    }
    try {
      await link(temporary, target)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EEXIST') throw exists()
      // File systems without hard links: the existence check above stands.
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS' || code === 'EXDEV') {
        await rename(temporary, target)
        return
      }
      throw error
    }
  } finally {
    await rm(temporary, {force: true})
  }
}

function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file)
  const shown = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
  return shown.split(path.sep).join('/')
}

function summary(template: TemplateInput): string {
  const all: TemplateSection[] = []
  const walk = (list: TemplateSection[] | undefined) => {
    for (const section of list ?? []) {
      all.push(section)
      walk(section.children)
    }
  }
  // The schema's section input type is recursive, so zod types it loosely.
  walk(template.sections as TemplateSection[] | undefined)
  const required = all.filter((section) => (section.requirement ?? 'required') === 'required').length
  const parts = [`${count(all.length, 'section')} (${required} required, ${all.length - required} optional)`]
  if (template.metadata?.length) parts.push(count(template.metadata.length, 'metadata field'))
  parts.push(count(template.placeholders?.length ?? 0, 'placeholder shape'))
  if (template.optionLabels?.length) parts.push(count(template.optionLabels.length, 'option-label pattern'))
  if (template.numbering) parts.push(`numbered level-${template.numbering.level} headings`)
  if (template.options) parts.push('options with one chosen')
  const checklists = template.gates?.checklists?.length ?? 0
  if (checklists) parts.push(count(checklists, 'gate checklist'))
  return parts.join(', ')
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

// ---------------------------------------------------------------------------
// Rendering: the template as an indented object literal, one section per
// line, patterns as `exactly([...])` lists or raw strings.

const width = 110

const fieldComments: Record<string, string[]> = {
  id: ['The preset id reports show for each plan; `name` is used in messages.'],
  title: ["The plan's level-1 heading must match this regular expression."],
  metadata: [
    "Header fields (`**Branch**: ...`). required: the plan must have it;",
    "format: 'any' | 'date' | 'branch' | 'link'."
  ],
  sections: [
    "The plan's sections in template order, subsections under `children`. Headings match",
    "ignoring case, numbering and emoji; add `aliases: ['Other Name']` for names your plans use.",
    "requirement: 'required' | 'optional' (a required subsection only inside its parent);",
    'allOrNothing: when kept, filled in full; allowEmpty: may hold only its heading;',
    'instructions: template lines that do not count as content.'
  ],
  numbering: ['Headings at this level carry numbers that run 1, 2, 3, ... in order.'],
  options: [
    'Alternatives written as `### Option A: ...` headings: a plan keeps the ones it weighed and',
    'marks exactly one chosen (`chosen`), with its `rationale`.'
  ],
  placeholders: [
    "Template text a plan must not keep. scope: 'bracket' tests the inside of each `[...]`,",
    "'text' searches paragraphs, headings, table cells and code, 'comment' tests HTML comments",
    "(inCode: false skips code blocks). exactly([...]) matches one of the texts, whole and",
    'literally; other patterns are regular expressions (String.raw keeps backslashes as written).',
    'A text pattern wrapped in `(?<=...)` and `(?=...)` matches only a whole table cell, list item',
    'or field value.'
  ],
  optionLabels: ["Lines of the template's sample trees a plan must remove (regular expressions, whole lines)."],
  gates: [
    'Checklists a plan must tick: `planning` ones before review, `implementation` ones',
    '(Definition of Done) by the time the work is done.'
  ]
}

const topOrder = [
  'id',
  'name',
  'title',
  'paths',
  'detection',
  'metadata',
  'sections',
  'numbering',
  'options',
  'placeholders',
  'optionLabels',
  'identifiers',
  'traceability',
  'gates'
]
const sectionOrder = [
  'id',
  'text',
  'aliases',
  'pattern',
  'level',
  'requirement',
  'when',
  'allowEmpty',
  'allOrNothing',
  'boilerplate',
  'ordered'
]
const shapeOrder = ['scope', 'kind', 'ignoreCase', 'inCode', 'pattern']

/** The text of a `.remarkrc.mjs` loading the template with `templatePreset`. */
export function renderConfig(template: TemplateInput, options: {from: string}): string {
  const indent = '      '
  const body: string[] = []
  const record = template as Record<string, unknown>
  const keys = [...topOrder.filter((key) => key in record), ...Object.keys(record).filter((key) => !topOrder.includes(key))]
  const fields = keys.filter((key) => record[key] !== undefined)
  fields.forEach((key, index) => {
    for (const comment of fieldComments[key] ?? []) body.push(`${indent}// ${comment}`)
    const value = record[key]
    let text: string
    if (key === 'sections') {
      text = renderList(value as TemplateSection[], indent, renderSection)
    } else if (key === 'placeholders') {
      text = renderList(value as Array<Record<string, unknown>>, indent, (shape, inner) => renderObject(shape, inner, shapeOrder))
    } else {
      text = renderValue(value, indent)
    }
    body.push(`${indent}${key}: ${text}${index < fields.length - 1 ? ',' : ''}`)
  })
  const imports = body.some((line) => line.includes('exactly([')) ? 'exactly, templatePreset' : 'templatePreset'
  // The path goes into line comments: a line break in it must not end one.
  const from = options.from.replace(/[\r\n\u2028\u2029]+/g, ' ')
  return [
    `// plan-lint configuration generated from \`${from}\` by \`plan-lint init --from-template\`.`,
    '//',
    '// It describes your plan template as data: edit it by hand as the template changes (or',
    `// regenerate with \`plan-lint init --from-template ${from} --force\`, losing the edits).`,
    "// Lint a plan with `plan-lint path/to/plan.md`. Change a rule's severity with a second",
    "// argument: templatePreset({...}, {rules: {'plan-section-order': 'off'}}).",
    `import {${imports}} from 'plan-lint'`,
    '',
    'export default {',
    '  plugins: [',
    '    templatePreset({',
    ...body,
    '    })',
    '  ]',
    '}',
    ''
  ].join('\n')
}

function renderList<T>(items: T[], indent: string, render: (item: T, indent: string) => string): string {
  if (items.length === 0) return '[]'
  const inner = `${indent}  `
  return `[\n${items.map((item) => `${inner}${render(item, inner)}`).join(',\n')}\n${indent}]`
}

/** A section on one line; long instructions on the next; children nested below. */
function renderSection(section: TemplateSection, indent: string): string {
  const record = section as unknown as Record<string, unknown>
  const head = ordered(record, sectionOrder).filter(([key]) => key !== 'instructions' && key !== 'children')
  let text = `{${head.map(([key, value]) => `${key}: ${renderValue(value, indent, key)}`).join(', ')}`
  if (section.instructions) {
    const instructions = `instructions: ${renderValue(section.instructions, `${indent}  `)}`
    text += text.length + indent.length + instructions.length + 2 <= width ? `, ${instructions}` : `,\n${indent}  ${instructions}`
  }
  if (section.children && section.children.length > 0) {
    text += `, children: ${renderList(section.children, indent, renderSection)}`
  }
  return `${text}}`
}

function renderObject(record: Record<string, unknown>, indent: string, order: string[] = []): string {
  const entries = ordered(record, order).map(([key, value]) => `${key}: ${renderValue(value, indent, key)}`)
  const oneLine = `{${entries.join(', ')}}`
  if (!oneLine.includes('\n') && indent.length + oneLine.length <= width) return oneLine
  // The last entry (a pattern) too long for the line: a list opens its own
  // block, a regular expression goes on the next line.
  if (entries.length > 1 && entries.slice(0, -1).every((entry) => !entry.includes('\n'))) {
    const head = entries.slice(0, -1).join(', ')
    const last = entries[entries.length - 1] as string
    if (indent.length + head.length < width) {
      return last.includes('\n') ? `{${head}, ${last}}` : `{${head},\n${indent}  ${last}}`
    }
  }
  const inner = `${indent}  `
  return `{\n${ordered(record, order)
    .map(([key, value]) => `${inner}${key}: ${renderValue(value, inner, key)}`)
    .join(',\n')}\n${indent}}`
}

function ordered(record: Record<string, unknown>, order: string[]): Array<[string, unknown]> {
  const keys = [...order.filter((key) => key in record), ...Object.keys(record).filter((key) => !order.includes(key))]
  return keys.filter((key) => record[key] !== undefined).map((key) => [key, record[key]])
}

function renderValue(value: unknown, indent: string, key?: string): string {
  if (typeof value === 'string') return (key === 'pattern' ? renderPattern(value, indent) : undefined) ?? renderString(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) {
    const items = value.map((item) => renderValue(item, `${indent}  `))
    const oneLine = `[${items.join(', ')}]`
    if (!oneLine.includes('\n') && indent.length + oneLine.length <= width) return oneLine
    return `[\n${items.map((item) => `${indent}  ${item}`).join(',\n')}\n${indent}]`
  }
  if (value && typeof value === 'object') return renderObject(value as Record<string, unknown>, indent)
  return String(value)
}

/** `exactly([...])` when the pattern is one, one text per line. */
function renderPattern(pattern: string, indent: string): string | undefined {
  const texts = exactTexts(pattern)
  if (!texts) return undefined
  const items = texts.map(renderString)
  const oneLine = `exactly([${items.join(', ')}])`
  if (texts.length <= 2 && indent.length + oneLine.length <= width - 30) return oneLine
  return `exactly([\n${items.map((item) => `${indent}  ${item}`).join(',\n')}\n${indent}])`
}

/** The texts of a pattern built by `exactly`, or `undefined` when it is another regular expression. */
function exactTexts(pattern: string): string[] | undefined {
  const body = /^\^\(\?:(.*)\)\$$/s.exec(pattern)?.[1]
  if (body === undefined) return undefined
  const texts: string[] = []
  let current = ''
  for (let index = 0; index < body.length; index++) {
    const char = body[index] as string
    if (char === '\\') {
      const next = body[index + 1] ?? ''
      if (next === 's' && body[index + 2] === '+') {
        current += ' '
        index += 2
      } else {
        current += next
        index++
      }
    } else if (char === '|') {
      texts.push(current)
      current = ''
    } else {
      current += char
    }
  }
  texts.push(current)
  return exactly(texts) === pattern ? texts : undefined
}

/** Single quotes; `String.raw` for text with backslashes (regular expressions), so they read as written. */
function renderString(text: string): string {
  if (text.includes('\\') && !text.includes('`') && !text.includes('${') && !/\\$/.test(text.replace(/\\\\/g, ''))) {
    return `String.raw\`${text}\``
  }
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`
}
