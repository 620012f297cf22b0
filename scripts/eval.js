#!/usr/bin/env node
/**
 * The evaluation harness: lints every plan of a folder with `--preset auto`
 * and with each preset that applies, and writes a report (Markdown and JSON):
 * per style and per rule the messages fired, files with zero errors, crashes,
 * run time; the style-detection confusion table against the folder's labels
 * (`SOURCES.tsv`'s `style` column, when the folder has one); a sample of
 * messages with their source line for review; and a recall run that injects
 * each defect class into real plans at a known line and counts how often the
 * right rule reports it there.
 *
 * Usage: npm run eval -- [folder] [--out eval/results] [--sample 120] [--no-recall] [--seed 1]
 * Default folder: ../shared/corpus (evaluation data, absent on users' machines).
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {isPlanDocument, place, placementOf, presetOfLabel, readSourcesFrom, repoRoot, repositoryRoot} from './lib/corpus.js'
import {mutations} from './lib/mutations.js'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`)
  return index === -1 ? fallback : args[index + 1]
}
const flags = new Set(['--no-recall'])
const valued = new Set(['--out', '--sample', '--seed'])
const positional = args.filter((arg, index) => !flags.has(arg) && !valued.has(arg) && !valued.has(args[index - 1]))
const folder = path.resolve(positional[0] ?? path.join(repoRoot, '../shared/corpus'))
const out = path.resolve(option('out', path.join(repoRoot, 'eval/results')))
const sampleSize = Number(option('sample', '120'))
const seed = Number(option('seed', '1'))
const recall = !args.includes('--no-recall')
const cli = path.join(repoRoot, 'packages/cli/bin/plan-lint.js')

if (!existsSync(folder) || !statSync(folder).isDirectory()) {
  console.error(`eval: no folder at ${folder}`)
  process.exit(2)
}

/** A small deterministic random source (mulberry32). */
function random(state) {
  return () => {
    state |= 0
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// 1. The documents: a labelled corpus is rebuilt at its real paths (plans
// beside their specs, each repository its own project root); any other folder
// is linted where it is, with the CLI's own discovery.
const work = mkdtempSync(path.join(tmpdir(), 'plan-lint-eval-'))
const documents = []
const labelsFile = path.join(folder, 'SOURCES.tsv')
const labelled = existsSync(labelsFile)
if (labelled) {
  for (const row of readSourcesFrom(folder)) {
    const target = place(work, row, placementOf(row), folder)
    if (!isPlanDocument(row)) continue
    documents.push({
      id: row.file,
      root: repositoryRoot(work, row),
      relative: path.relative(repositoryRoot(work, row), target).split(path.sep).join('/'),
      label: row.style,
      kind: row.kind
    })
  }
} else {
  const found = spawnSync(process.execPath, [cli, '--format', 'json', '--no-config', '.'], {cwd: folder, encoding: 'utf8', maxBuffer: 1 << 28})
  for (const file of JSON.parse(found.stdout || '{"files":[]}').files) {
    documents.push({id: file.path, root: folder, relative: file.path, label: undefined, kind: 'plan'})
  }
}

/** Lint files of one project root with the real CLI; `null` on a crash (exit 2). */
function lint(root, files, preset) {
  const argv = [cli, '--format', 'json', '--no-config', ...(preset ? ['--preset', preset] : []), ...files]
  const result = spawnSync(process.execPath, argv, {cwd: root, encoding: 'utf8', maxBuffer: 1 << 28})
  if (result.status === 2 || !result.stdout) return {crash: (result.stderr || 'no output').trim().split('\n')[0]}
  return {report: JSON.parse(result.stdout)}
}

function byRoot(list) {
  const groups = new Map()
  for (const document of list) {
    if (!groups.has(document.root)) groups.set(document.root, [])
    groups.get(document.root).push(document)
  }
  return groups
}

const crashes = []
const started = process.hrtime.bigint()
// 2. `auto` on every document.
const results = new Map()
for (const [root, group] of byRoot(documents)) {
  const {report, crash} = lint(root, group.map((document) => document.relative))
  if (crash) {
    crashes.push({root: path.basename(root), preset: 'auto', error: crash})
    continue
  }
  for (const file of report.files) {
    const document = group.find((candidate) => candidate.relative === file.path)
    if (document) results.set(document, {auto: file})
  }
}
const autoSeconds = Number(process.hrtime.bigint() - started) / 1e9

// 3. Each preset that applies: the labelled one, and the one auto chose.
const presetRuns = {}
for (const document of documents) {
  const applies = new Set([presetOfLabel[document.label], results.get(document)?.auto.preset].filter(Boolean))
  for (const preset of applies) {
    presetRuns[preset] ??= []
    presetRuns[preset].push(document)
  }
}
const perPreset = {}
for (const [preset, list] of Object.entries(presetRuns)) {
  const begin = process.hrtime.bigint()
  const counts = {files: list.length, zeroErrors: 0, messages: 0, rules: {}}
  for (const [root, group] of byRoot(list)) {
    const {report, crash} = lint(root, group.map((document) => document.relative), preset)
    if (crash) {
      crashes.push({root: path.basename(root), preset, error: crash})
      continue
    }
    for (const file of report.files) {
      const document = group.find((candidate) => candidate.relative === file.path)
      if (document) (results.get(document) ?? results.set(document, {}).get(document))[preset] = file
      if (file.messages.every((message) => message.severity !== 'error')) counts.zeroErrors++
      for (const message of file.messages) {
        counts.messages++
        counts.rules[message.ruleId] = (counts.rules[message.ruleId] ?? 0) + 1
      }
    }
  }
  counts.seconds = Number(process.hrtime.bigint() - begin) / 1e9
  perPreset[preset] = counts
}

// 4. Per style (label, else the preset auto chose) and rule, with `auto`.
const perStyle = {}
for (const document of documents) {
  const file = results.get(document)?.auto
  if (!file) continue
  const style = document.label ?? file.preset ?? 'none'
  const entry = (perStyle[style] ??= {files: 0, zeroErrors: 0, messages: 0, rules: {}})
  entry.files++
  if (file.messages.every((message) => message.severity !== 'error')) entry.zeroErrors++
  for (const message of file.messages) {
    entry.messages++
    entry.rules[message.ruleId] = (entry.rules[message.ruleId] ?? 0) + 1
  }
}

// 5. Confusion table against the labels.
let confusion
if (labelled) {
  confusion = {rows: {}, right: 0, labelled: 0, otherConfidentWrong: 0}
  for (const document of documents) {
    const chosen = results.get(document)?.auto?.preset ?? 'none'
    const row = (confusion.rows[document.label] ??= {})
    row[chosen] = (row[chosen] ?? 0) + 1
    confusion.labelled++
    const expected = presetOfLabel[document.label] ?? 'none'
    if (chosen === expected) confusion.right++
    if (document.label === 'other' && chosen !== 'none') confusion.otherConfidentWrong++
  }
}

// 6. A sample of messages for review (seeded, spread over rules).
const next = random(seed)
const all = []
for (const document of documents) {
  const file = results.get(document)?.auto
  if (!file) continue
  const lines = readFileSync(path.join(document.root, document.relative), 'utf8').split(/\r?\n/)
  for (const message of file.messages) {
    if (message.ruleId === 'plan-style') continue
    all.push({
      source: document.id,
      preset: file.preset,
      rule: message.ruleId,
      line: message.line,
      message: message.message,
      text: (lines[(message.line ?? 1) - 1] ?? '').trim().slice(0, 200)
    })
  }
}
const sample = []
const byRule = new Map()
for (const message of all) {
  if (!byRule.has(message.rule)) byRule.set(message.rule, [])
  byRule.get(message.rule).push(message)
}
// Round-robin over rules so rare rules are reviewed too.
const queues = [...byRule.values()].map((list) => list.map((item) => [next(), item]).sort((a, b) => a[0] - b[0]).map(([, item]) => item))
while (sample.length < sampleSize && queues.some((queue) => queue.length > 0)) {
  for (const queue of queues) if (queue.length > 0 && sample.length < sampleSize) sample.push(queue.shift())
}

// 7. Recall: each defect class injected at a known line of a real plan.
let recallResult
if (recall) recallResult = runRecall()

function runRecall() {
  const cases = []
  const eligible = documents.filter((document) => document.kind === 'plan' && results.get(document)?.auto?.preset)
  for (const document of eligible) {
    const preset = results.get(document).auto.preset
    const original = readFileSync(path.join(document.root, document.relative), 'utf8')
    const hasSpec = existsSync(path.join(path.dirname(path.join(document.root, document.relative)), 'spec.md'))
    for (const mutation of mutations) {
      if (mutation.presets && !mutation.presets.includes(preset)) continue
      // A dangling id is only dangling against a spec the plan can read.
      if (mutation.rule === 'plan-success-criteria-traced' && !hasSpec) continue
      const injected = mutation.apply(original, preset)
      if (!injected) continue
      cases.push({document, preset, mutation: mutation.id, rule: mutation.rule, ...injected})
    }
  }
  // Each case is its own copy of the plan, beside the plan's own spec.
  const recallWork = mkdtempSync(path.join(tmpdir(), 'plan-lint-recall-'))
  const outcomes = []
  cases.forEach((entry, index) => {
    const root = path.join(recallWork, String(index))
    const target = path.join(root, entry.document.relative)
    mkdirSync(path.dirname(target), {recursive: true})
    mkdirSync(path.join(root, '.git'))
    const specSource = path.join(path.dirname(path.join(entry.document.root, entry.document.relative)), 'spec.md')
    if (existsSync(specSource)) writeFileSync(path.join(path.dirname(target), 'spec.md'), readFileSync(specSource))
    writeFileSync(target, entry.text)
    entry.root = root
  })
  // One CLI run per case folder would be slow: lint them in batches from the work folder.
  for (const [root, group] of groupsOf(cases)) {
    const {report, crash} = lint(root, group.map((entry) => path.relative(root, path.join(entry.root, entry.document.relative)).split(path.sep).join('/')), undefined)
    if (crash) {
      crashes.push({root: 'recall', preset: 'auto', error: crash})
      continue
    }
    group.forEach((entry) => {
      const relative = path.relative(root, path.join(entry.root, entry.document.relative)).split(path.sep).join('/')
      const file = report.files.find((candidate) => candidate.path === relative)
      const hit = file?.messages.some((message) => message.ruleId === entry.rule && entry.lines.includes(message.line))
      outcomes.push({source: entry.document.id, preset: entry.preset, mutation: entry.mutation, rule: entry.rule, lines: entry.lines, hit: Boolean(hit), got: hit ? undefined : (file?.messages ?? []).filter((message) => message.ruleId === entry.rule).map((message) => message.line).slice(0, 5)})
    })
  }
  rmSync(recallWork, {recursive: true, force: true})
  const perMutation = {}
  for (const outcome of outcomes) {
    const entry = (perMutation[outcome.mutation] ??= {cases: 0, hits: 0})
    entry.cases++
    if (outcome.hit) entry.hits++
  }
  const hits = outcomes.filter((outcome) => outcome.hit).length
  return {cases: outcomes.length, hits, perMutation, misses: outcomes.filter((outcome) => !outcome.hit)}
}

/** Cases grouped so that each CLI run lints up to 50 case folders from their common parent. */
function groupsOf(cases) {
  const groups = []
  for (let index = 0; index < cases.length; index += 50) {
    const group = cases.slice(index, index + 50)
    // Each case folder has its own `.git`: its spec is resolved within it.
    groups.push([path.dirname(group[0].root), group])
  }
  return groups
}

rmSync(work, {recursive: true, force: true})
const seconds = Number(process.hrtime.bigint() - started) / 1e9

// 8. The report.
const report = {
  folder: labelled ? '../shared/corpus' : folder,
  documents: documents.length,
  seconds: Math.round(seconds * 10) / 10,
  autoSeconds: Math.round(autoSeconds * 10) / 10,
  crashes,
  perStyle,
  perPreset,
  confusion,
  recall: recallResult && {cases: recallResult.cases, hits: recallResult.hits, perMutation: recallResult.perMutation, misses: recallResult.misses},
  sample
}
mkdirSync(out, {recursive: true})
writeFileSync(path.join(out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`)
writeFileSync(path.join(out, 'report.md'), markdown(report))
console.log(markdown(report).split('\n## Sample')[0])
console.log(`\nwrote ${path.relative(process.cwd(), path.join(out, 'report.md'))} and report.json`)
if (crashes.length > 0) process.exitCode = 1

function markdown(data) {
  const rules = [...new Set(Object.values(data.perStyle).flatMap((entry) => Object.keys(entry.rules)))].sort()
  const short = (rule) => rule.replace(/^plan-/, '')
  const lines = [
    '# plan-lint evaluation',
    '',
    `${data.documents} documents from \`${data.folder}\`, ${data.seconds} s in all (\`auto\` pass ${data.autoSeconds} s); crashes: ${data.crashes.length}.`,
    '',
    '## With `auto`, per style',
    '',
    `| style | files | zero errors | messages | ${rules.map(short).join(' | ')} |`,
    `| --- | ---: | ---: | ---: | ${rules.map(() => '---:').join(' | ')} |`
  ]
  for (const [style, entry] of Object.entries(data.perStyle)) {
    lines.push(`| ${style} | ${entry.files} | ${entry.zeroErrors} | ${entry.messages} | ${rules.map((rule) => entry.rules[rule] ?? '').join(' | ')} |`)
  }
  lines.push('', '## Each preset on the documents it applies to', '', '| preset | files | zero errors | messages | seconds | by rule |', '| --- | ---: | ---: | ---: | ---: | --- |')
  for (const [preset, entry] of Object.entries(data.perPreset)) {
    const byRuleText = Object.entries(entry.rules).sort().map(([rule, count]) => `${short(rule)} ${count}`).join(', ')
    lines.push(`| ${preset} | ${entry.files} | ${entry.zeroErrors} | ${entry.messages} | ${entry.seconds.toFixed(1)} | ${byRuleText} |`)
  }
  if (data.confusion) {
    const columns = [...new Set(Object.values(data.confusion.rows).flatMap((row) => Object.keys(row)))].sort()
    lines.push('', '## Style detection', '', `${data.confusion.right}/${data.confusion.labelled} labelled documents got their preset; confident wrong picks on \`other/\`: ${data.confusion.otherConfidentWrong}.`, '', `| label \\ chosen | ${columns.join(' | ')} |`, `| --- | ${columns.map(() => '---:').join(' | ')} |`)
    for (const [label, row] of Object.entries(data.confusion.rows)) lines.push(`| ${label} | ${columns.map((column) => row[column] ?? '').join(' | ')} |`)
  }
  if (data.recall) {
    const rate = data.recall.cases ? ((100 * data.recall.hits) / data.recall.cases).toFixed(1) : '0'
    lines.push('', '## Recall (injected defects reported by the right rule at the right line)', '', `${data.recall.hits}/${data.recall.cases} (${rate}%).`, '', '| defect | cases | reported | rate |', '| --- | ---: | ---: | ---: |')
    for (const [mutation, entry] of Object.entries(data.recall.perMutation)) {
      lines.push(`| ${mutation} | ${entry.cases} | ${entry.hits} | ${((100 * entry.hits) / entry.cases).toFixed(1)}% |`)
    }
    if (data.recall.misses.length > 0) {
      lines.push('', 'Misses:', '')
      for (const miss of data.recall.misses.slice(0, 40)) lines.push(`- ${miss.mutation} in \`${miss.source}\` (${miss.preset}) at line ${miss.lines.join('/')}: ${miss.rule} reported at ${miss.got?.join(', ') || 'no line'}`)
    }
  }
  if (data.crashes.length > 0) {
    lines.push('', '## Crashes', '')
    for (const crash of data.crashes) lines.push(`- ${crash.root} (${crash.preset}): ${crash.error}`)
  }
  lines.push('', '## Sample for review', '', '| source | preset | rule | line | message | source line |', '| --- | --- | --- | ---: | --- | --- |')
  const cell = (text) => String(text ?? '').replaceAll('|', '\\|').replaceAll('\n', ' ')
  for (const item of data.sample) lines.push(`| ${cell(item.source)} | ${item.preset ?? ''} | ${short(item.rule)} | ${item.line} | ${cell(item.message)} | \`${cell(item.text).replaceAll('`', "'")}\` |`)
  return `${lines.join('\n')}\n`
}
