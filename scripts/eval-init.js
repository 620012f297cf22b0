#!/usr/bin/env node
/**
 * Measures `plan-lint init --from-template` on real templates: the five
 * upstream spec-kit plan templates of ../shared/corpus and seeds 001, 003 and
 * 004 of ../shared/seeds (evaluation data, absent on users' machines). For
 * each template: derive a schema, lint the template itself with it (every
 * placeholder should be reported) and lint the filled fixture plans of the
 * same style (nothing should be reported).
 * Usage: node scripts/eval-init.js [--details]   (after `npx tsc -b`)
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {bracketSpans, deriveTemplate} from '../packages/core/dist/index.js'
import {templatePreset} from '../packages/rules/dist/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const shared = path.resolve(root, '../shared')
const details = process.argv.includes('--details')

if (!existsSync(shared)) {
  console.log(`eval-init: no evaluation data at ${shared}, nothing to measure`)
  process.exit(0)
}

/** The corpus plan templates (kind `template`, path `.../plan-template.md`) and the three seeds. */
function templates() {
  const list = []
  const sources = path.join(shared, 'corpus/SOURCES.tsv')
  if (existsSync(sources)) {
    const [header, ...rows] = readFileSync(sources, 'utf8').trim().split('\n')
    const columns = header.split('\t')
    for (const row of rows) {
      const entry = Object.fromEntries(row.split('\t').map((value, index) => [columns[index], value]))
      if (entry.kind !== 'template' || entry.repo !== 'github/spec-kit' || !/plan-template\.md$/.test(entry.path)) continue
      const file = path.join(shared, 'corpus', entry.file)
      const text = readFileSync(file, 'utf8')
      // Older templates carry the Execution Flow section; so do their plans.
      const era = /^## Execution Flow/m.test(text) ? 'older-era' : 'newer-era'
      list.push({name: `spec-kit@${entry.file.replace(/^.*@|\.md$/g, '')}`, file, filled: fixtures('spec-kit/valid', (name) => name.startsWith(era))})
    }
  }
  const seeds = [
    ['seed 001 (speckitadv)', '001_83efb2f283ccda66.txt', () => fixtures('speckitadv/valid', () => true, 'plan.md')],
    ['seed 003 (spec-kit-gates)', '003_97794b870fb2471d.txt', () => fixtures('spec-kit-gates/valid', (name) => name === 'v1-objective-layout', 'plan.md')],
    ['seed 004 (technical-plan)', '004_a0abbe8b7dbe190d.txt', () => fixtures('technical-plan/valid', () => true, 'plan.md')]
  ]
  for (const [name, seed, filled] of seeds) {
    const file = path.join(shared, 'seeds', seed)
    if (existsSync(file)) list.push({name, file, filled: filled()})
  }
  return list
}

/** Fixture plans under fixtures/<folder>: files (or, with `inside`, that file of each sub-folder) whose name passes. */
function fixtures(folder, keep, inside) {
  const base = path.join(root, 'fixtures', folder)
  if (!existsSync(base)) return []
  return readdirSync(base)
    .filter(keep)
    .map((name) => (inside ? path.join(base, name, inside) : path.join(base, name)))
    .filter((file) => existsSync(file) && file.endsWith('.md') && !file.endsWith('/spec.md'))
    .sort()
}

async function lint(preset, file, value = readFileSync(file, 'utf8')) {
  const processor = unified().use(remarkParse).use(preset)
  const vfile = new VFile({path: file, value, cwd: path.dirname(file)})
  await processor.run(processor.parse(vfile), vfile)
  return vfile.messages
}

/**
 * What a reviewer would call template debris, found without the derived
 * schema: bracketed text, `<<TOKENS>>`, comments, option-label lines, open
 * questions, and the unbracketed sample values the seeds use (`Goal 1`,
 * `Library A`, `YYYY-MM-DD`, `SPEC-XXX`, `X days`, `< Yms`, `X%`). Each
 * should sit inside a reported range.
 */
function expectedDebris(text) {
  const items = []
  const lines = text.split('\n')
  let offset = 0
  let inCode = false
  let openQuestions = false
  for (const line of lines) {
    if (/^\s*(?:```|~~~)/.test(line)) inCode = !inCode
    if (/^#{1,6}\s/.test(line) && !inCode) openQuestions = /open questions/i.test(line)
    for (const span of bracketSpans(line, true)) {
      const inner = span.inner.trim()
      if (inner === '' || (/^[xX]$/.test(inner) && /^\s*(?:[-*+]|\d+[.)])\s+$/.test(line.slice(0, span.start)))) continue
      items.push({what: line.slice(span.start, span.end), start: offset + span.start, end: offset + span.end})
    }
    for (const pattern of [/<<[A-Z][A-Z0-9_]*>>/g, ...(inCode ? [] : unbracketed)]) {
      for (const match of line.matchAll(pattern)) {
        const at = match.index + (match[0].length - match[0].trimStart().length)
        items.push({what: match[0].trim(), start: offset + at, end: offset + match.index + match[0].length})
      }
    }
    if (inCode && /^#+\s*(?:\[[^\]]+\]\s*)?Option\s+\d+:/.test(line)) items.push({what: line.trim(), start: offset, end: offset + line.length})
    if (!inCode && openQuestions && /^\s*(?:\d+[.)]|[-*+])\s/.test(line)) items.push({what: line.trim(), start: offset, end: offset + line.length})
    offset += line.length + 1
  }
  for (const match of text.matchAll(/<!--[\s\S]*?-->/g)) items.push({what: match[0].split('\n')[0], start: match.index, end: match.index + match[0].length})
  return items
}

const unbracketed = [
  /(?<=^\s*(?:\d+[.)]|[-*+])\s+(?:\[ \]\s+)?)[A-Z][a-z]+ (?:\d+|[A-Z])\??$/g,
  /(?<=\|\s*)[A-Z][a-z]+ [A-Z](?=\s*\|)/g,
  /\b(?:YYYY-MM-DD|[A-Z]+-XXX)\b/g,
  /(?<![\w.])[XYZ](?:%|\s?(?:days|ms|requests\/sec)\b)/g
]

function offsetsOf(text) {
  const starts = [0]
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') starts.push(index + 1)
  return (line, column) => (starts[line - 1] ?? text.length) + column - 1
}

function byRule(messages) {
  const counts = {}
  for (const message of messages) counts[message.ruleId] = (counts[message.ruleId] ?? 0) + 1
  return Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, count]) => `${rule.replace(/^plan-/, '')} ${count}`)
    .join(', ')
}

const rows = []
const notes = []
for (const entry of templates()) {
  const text = readFileSync(entry.file, 'utf8')
  const template = deriveTemplate(text, {source: entry.file})
  const preset = templatePreset(template)
  const messages = await lint(preset, entry.file, text)
  const toOffset = offsetsOf(text.replace(/\r\n?/g, '\n'))
  const ranges = messages
    .filter((message) => message.line)
    .map((message) => [toOffset(message.line, message.column), toOffset(message.place?.end?.line ?? message.line, message.place?.end?.column ?? message.column + 1)])
  const expected = expectedDebris(text.replace(/\r\n?/g, '\n'))
  const missed = expected.filter((item) => !ranges.some(([start, end]) => start < item.end && end > item.start))
  let sectionCount = 0
  const count = (list) => {
    for (const section of list ?? []) {
      sectionCount++
      count(section.children)
    }
  }
  count(template.sections)
  const filled = []
  for (const file of entry.filled) {
    const found = await lint(preset, file)
    filled.push(`${path.relative(root, file)}: ${found.length}${found.length ? ` (${byRule(found)})` : ''}`)
    if (found.length > 0) notes.push(...found.map((message) => `${entry.name} → ${path.relative(root, file)}:${message.line}:${message.column} ${message.ruleId} ${message.reason}`))
  }
  rows.push({
    template: entry.name,
    sections: sectionCount,
    shapes: template.placeholders?.length ?? 0,
    labels: template.optionLabels?.length ?? 0,
    'messages on template': `${messages.length} (${byRule(messages)})`,
    'debris missed': `${missed.length}/${expected.length}`,
    'filled plans': filled.join('; ') || 'none found'
  })
  for (const item of missed) notes.push(`${entry.name}: not reported: ${item.what}`)
}

const columns = Object.keys(rows[0] ?? {})
console.log(`| ${columns.join(' | ')} |\n|${columns.map(() => ' --- |').join('')}`)
for (const row of rows) console.log(`| ${columns.map((column) => String(row[column])).join(' | ')} |`)
if (notes.length > 0) {
  console.log(`\n${notes.length} notes${details ? '' : ' (first 40; --details for all)'}:`)
  for (const note of details ? notes : notes.slice(0, 40)) console.log(`  ${note}`)
}
