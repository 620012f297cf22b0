/**
 * The benchmark corpus: a deterministic (seeded) set of plans of every
 * template style, 1 KB to 200 KB, each with the spec it links to, plus the
 * real plans of `../shared/corpus` when that folder is there.
 *
 * Generated plans grow from the repository's own valid fixtures: the
 * fixture gives the style's headings, header fields and links (so `auto`
 * recognises it and the cross-document rules read its spec), and seeded
 * filler grows every section with the shapes real plans have: prose,
 * nested lists alternating with paragraphs and code (the shape that made
 * micromark 4.0.3 quadratic), task lists, tables, requirement ids, and
 * now and then template debris for the rules to find.
 */
import {createHash} from 'node:crypto'
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const sharedCorpus = path.resolve(repoRoot, '..', 'shared', 'corpus')

/**
 * The styles and the fixtures each grows from. `plan` / `spec` name the
 * files as the style's projects do; `folder` is where its plans live.
 */
const styles = [
  {style: 'spec-kit', fixtures: 'fixtures/spec-kit/valid', plans: ['older-era-backup-cli.md', 'newer-era-recipe-scaling.md', 'front-matter-header-fields.md', 'translated-headings-korean.md'], spec: 'fixtures/spec-kit/valid/spec.md', folder: 'specs', plan: 'plan.md', specName: 'spec.md'},
  {style: 'speckitadv', fixtures: 'fixtures/speckitadv/valid', cases: ['full-architecture', 'lean-crud'], folder: 'specs', plan: 'plan.md', specName: 'spec.md'},
  {style: 'spec-kit-gates', fixtures: 'fixtures/spec-kit-gates/valid', cases: ['v1-objective-layout', 'v2-summary-layout'], folder: 'specs', plan: 'plan.md', specName: 'spec.md'},
  {style: 'spec-plan', fixtures: 'fixtures/spec-plan/valid', cases: ['saved-searches'], folder: 'docs/features', plan: 'FEAT-014-plan.md', specName: 'FEAT-014-spec.md'},
  {style: 'technical-plan', fixtures: 'fixtures/technical-plan/valid', cases: ['clean-encoding'], folder: 'docs/plans', plan: 'plan.md', specName: 'spec.md'}
]

/** Share of each style among generated plans (spec-kit is the most common in the wild). */
const styleWeights = {'spec-kit': 4, speckitadv: 1, 'spec-kit-gates': 2, 'spec-plan': 2, 'technical-plan': 1}

/** mulberry32: a small, fast, seeded generator; the same seed gives the same corpus everywhere. */
export function seededRandom(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const words = (
  'the plan keeps every request within budget while the worker drains its queue and retries failed jobs ' +
  'with a backoff cache layer index schema migration endpoint token session tenant account export import ' +
  'report audit event stream batch nightly latency throughput replica shard partition lock lease timeout ' +
  'we measure p95 before rollout and after each phase so the dashboard shows regressions early enough ' +
  'users operators reviewers maintainers expect clear errors stable identifiers and documented limits'
).split(' ')

const codeLines = [
  'const result = await client.fetch(url, {timeout: 5000})',
  'if (!result.ok) throw new Error(`status ${result.status}`)',
  'for (const item of batch) queue.push(item)',
  'export function handler(event) { return process(event.body) }',
  'SELECT id, name FROM accounts WHERE tenant_id = $1 ORDER BY id',
  'CREATE INDEX idx_events_time ON events (created_at)',
  'retry(3, () => upload(chunk))',
  'log.info({event: "job.done", ms: elapsed})'
]

const debris = [
  () => '**Language/Version**: [e.g., Python 3.11, Swift 5.9, Rust 1.75 or NEEDS CLARIFICATION]',
  () => 'The retention period is [NEEDS CLARIFICATION: how long are exports kept?].',
  () => '<!--\n  ACTION REQUIRED: Replace the content in this section with the technical details\n  for the project.\n-->',
  () => '```text\n# [REMOVE IF UNUSED] Option 2: Web application (when "frontend" + "backend" detected)\nbackend/\n└── src/\n```',
  () => '**Date**: [DATE]',
  () => 'Owner: [FEATURE NAME] team, see [link to ticket].'
]

class Writer {
  constructor(random) {
    this.random = random
  }
  pick(list) {
    return list[Math.floor(this.random() * list.length)]
  }
  int(min, max) {
    return min + Math.floor(this.random() * (max - min + 1))
  }
  sentence() {
    const count = this.int(6, 18)
    const parts = []
    for (let index = 0; index < count; index++) {
      const word = this.pick(words)
      const roll = this.random()
      if (roll < 0.04) parts.push(`\`${word}\``)
      else if (roll < 0.06) parts.push(`**${word}**`)
      else if (roll < 0.07) parts.push(`[${word}](https://example.com/${word})`)
      else if (roll < 0.08) parts.push(`FR-${String(this.int(1, 30)).padStart(3, '0')}`)
      else parts.push(word)
    }
    const text = parts.join(' ')
    return `${text[0].toUpperCase()}${text.slice(1)}.`
  }
  paragraph() {
    const lines = []
    const count = this.int(2, 5)
    for (let index = 0; index < count; index++) lines.push(this.sentence())
    return lines.join(' ')
  }
  list() {
    const items = []
    const count = this.int(3, 8)
    for (let index = 0; index < count; index++) {
      items.push(`- ${this.sentence()}`)
      if (this.random() < 0.25) items.push(`  - ${this.sentence()}`)
    }
    return items.join('\n')
  }
  /** A list whose items hold paragraphs and code: the list-heavy shape of real plans. */
  looseList() {
    const items = []
    const count = this.int(2, 5)
    for (let index = 1; index <= count; index++) {
      items.push(`${index}. **${this.pick(words)} ${this.pick(words)}**: ${this.sentence()}`)
      items.push('')
      items.push(`   ${this.sentence()}`)
      if (this.random() < 0.4) {
        items.push('')
        items.push('   ```ts')
        items.push(`   ${this.pick(codeLines)}`)
        items.push(`   ${this.pick(codeLines)}`)
        items.push('   ```')
      }
      items.push('')
    }
    return items.join('\n').trimEnd()
  }
  tasks() {
    const items = []
    const count = this.int(3, 10)
    for (let index = 0; index < count; index++) {
      const box = this.random() < 0.85 ? 'x' : ' '
      items.push(`- [${box}] T${String(this.int(1, 120)).padStart(3, '0')} ${this.sentence()}`)
    }
    return items.join('\n')
  }
  table() {
    const columns = this.int(3, 5)
    const rows = this.int(3, 9)
    const header = Array.from({length: columns}, () => this.pick(words))
    const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`]
    for (let row = 0; row < rows; row++) {
      lines.push(`| ${header.map(() => `${this.pick(words)} ${this.pick(words)}`).join(' | ')} |`)
    }
    return lines.join('\n')
  }
  code() {
    const lines = []
    const count = this.int(3, 14)
    for (let index = 0; index < count; index++) lines.push(this.pick(codeLines))
    return `\`\`\`${this.pick(['ts', 'sql', 'bash', ''])}\n${lines.join('\n')}\n\`\`\``
  }
  heading() {
    return `### ${this.pick(words)} ${this.pick(words)} ${this.pick(words)}`
  }
  block(withDebris) {
    if (withDebris && this.random() < 0.08) return this.pick(debris)()
    if (this.random() < 0.04) return this.heading()
    const roll = this.random()
    if (roll < 0.34) return this.paragraph()
    if (roll < 0.52) return this.list()
    if (roll < 0.64) return this.looseList()
    if (roll < 0.74) return this.tasks()
    if (roll < 0.86) return this.table()
    return this.code()
  }
}

/** A document split at its headings (outside fences): the header, then each section's text. */
function splitSections(text) {
  const lines = text.split('\n')
  const parts = [[]]
  let fence
  for (const line of lines) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (marker) {
      if (!fence) fence = marker[1]
      else if (marker[1][0] === fence[0] && marker[1].length >= fence.length) fence = undefined
    }
    if (!fence && /^ {0,3}#{1,6}[ \t]/.test(line) && parts.at(-1).length > 0) parts.push([])
    parts.at(-1).push(line)
  }
  return parts.map((part) => part.join('\n'))
}

/**
 * Grow a document to about `size` bytes: seeded blocks appended to its
 * sections (after the title's header), never inside a fence.
 */
export function grow(base, size, writer, withDebris) {
  const sections = splitSections(base.replace(/\r\n/g, '\n'))
  const extra = sections.map(() => [])
  let total = Buffer.byteLength(base)
  // Not the preamble nor the title's header fields: the sections below them.
  const growable = sections.flatMap((section, index) => (/^ {0,3}#{2,6}[ \t]/.test(section) ? [index] : []))
  if (growable.length === 0) growable.push(sections.length - 1)
  while (total < size) {
    const block = writer.block(withDebris)
    const at = writer.pick(growable)
    extra[at].push(block)
    total += Buffer.byteLength(block) + 2
  }
  return sections
    .map((section, index) => (extra[index].length > 0 ? `${section.trimEnd()}\n\n${extra[index].join('\n\n')}\n` : section))
    .join('\n')
}

/** A size in bytes: log-normal around a real plan's median, within [min, max]. */
function planSize(random, {median, min, max}) {
  // Box-Muller from two uniform draws.
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
  return Math.round(Math.min(max, Math.max(min, median * Math.exp(0.95 * normal))))
}

function readFixture(relative) {
  return readFileSync(path.join(repoRoot, relative), 'utf8')
}

/** Skeletons: each style's plans and the spec beside them, from the fixtures. */
function skeletons() {
  const list = []
  for (const entry of styles) {
    if (entry.cases) {
      for (const name of entry.cases) {
        const folder = path.join(entry.fixtures, name)
        list.push({...entry, base: readFixture(path.join(folder, entry.plan)), specBase: readFixture(path.join(folder, entry.specName)), name})
      }
    } else {
      const specBase = readFixture(entry.spec)
      for (const name of entry.plans) {
        list.push({...entry, base: readFixture(path.join(entry.fixtures, name)), specBase, name: name.replace(/\.md$/, '')})
      }
    }
  }
  return list
}

export const defaultCorpusOptions = {seed: 20261121, files: 1000, median: 7000, min: 1024, max: 200 * 1024}

/**
 * The generated documents: `{path, text}` with `/` paths relative to the
 * corpus root, plans and their specs, `files` in all. The first plan is the
 * largest (200 KB) and the second a list-heavy 80 KB one, so every corpus,
 * even a small one, has both.
 */
export function generateCorpus(options = {}) {
  const settings = {...defaultCorpusOptions, ...options}
  const random = seededRandom(settings.seed)
  const writer = new Writer(random)
  const bases = skeletons()
  const weighted = bases.flatMap((base) => Array.from({length: styleWeights[base.style]}, () => base))
  const documents = []
  let number = 0
  while (documents.length < settings.files) {
    number++
    const skeleton = writer.pick(weighted)
    const size = number === 1 ? settings.max : number === 2 ? Math.min(80 * 1024, settings.max) : planSize(random, settings)
    const withDebris = random() < 0.4
    const slug = `${String(number).padStart(4, '0')}-${skeleton.name}`
    const folder = `generated/${skeleton.folder}/${slug}`
    if (number === 2) {
      const lists = []
      let bytes = Buffer.byteLength(skeleton.base)
      while (bytes < size) {
        const block = writer.looseList()
        lists.push(block)
        bytes += Buffer.byteLength(block) + 2
      }
      documents.push({path: `${folder}/${skeleton.plan}`, text: `${skeleton.base.trimEnd()}\n\n${lists.join('\n\n')}\n`})
    } else {
      documents.push({path: `${folder}/${skeleton.plan}`, text: grow(skeleton.base, size, writer, withDebris)})
    }
    if (documents.length < settings.files) {
      const specSize = Math.max(settings.min, Math.round(size * (0.3 + 0.4 * random())))
      documents.push({path: `${folder}/${skeleton.specName}`, text: grow(skeleton.specBase, specSize, writer, false)})
    }
  }
  return documents
}

/** One document of a style, grown to `size` bytes (for the scaling and language-server runs). */
export function generatePlan(size, {style = 'spec-kit', seed = 7} = {}) {
  const random = seededRandom(seed)
  const writer = new Writer(random)
  const skeleton = skeletons().find((entry) => entry.style === style)
  return {plan: grow(skeleton.base, size, writer, true), spec: skeleton.specBase, planName: skeleton.plan, specName: skeleton.specName}
}

/** Real plans and specs from `../shared/corpus` (Markdown only), or none when it is absent. */
export function realCorpusFiles(root = sharedCorpus) {
  if (!existsSync(root)) return []
  return readdirSync(root, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && entry.name !== 'README.md')
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

/**
 * Write the corpus to `folder` (reused when it already holds this exact
 * corpus): `generated/...` and, when present, `real/...`. Returns the files
 * (absolute) and their total size.
 */
export function writeCorpus(folder, options = {}) {
  const documents = generateCorpus(options)
  const real = options.real === false ? [] : realCorpusFiles(options.realRoot)
  const hash = createHash('sha256')
  for (const document of documents) hash.update(document.path).update('\0').update(document.text)
  for (const file of real) hash.update(file).update(String(statSync(file).size))
  const stamp = hash.digest('hex')
  const stampFile = path.join(folder, '.corpus-stamp')
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    rmSync(folder, {recursive: true, force: true})
    for (const document of documents) {
      const target = path.join(folder, document.path)
      mkdirSync(path.dirname(target), {recursive: true})
      writeFileSync(target, document.text)
    }
    if (real.length > 0) {
      const realRoot = options.realRoot ?? sharedCorpus
      for (const file of real) cpSync(file, path.join(folder, 'real', path.relative(realRoot, file)))
    }
    writeFileSync(stampFile, stamp)
  }
  const files = [
    ...documents.map((document) => path.join(folder, document.path)),
    ...real.map((file) => path.join(folder, 'real', path.relative(options.realRoot ?? sharedCorpus, file)))
  ].sort()
  let bytes = 0
  for (const file of files) bytes += statSync(file).size
  return {files, bytes, generated: documents.length, real: real.length}
}
