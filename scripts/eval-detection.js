#!/usr/bin/env node
/**
 * Style detection on real plans: rebuilds each repository's folder layout
 * from ../shared/corpus/SOURCES.tsv in a temporary folder (so path hints work
 * as they do in a real checkout), lints every plan and plan template with
 * `--preset auto`, and prints the confusion table of the `style` label
 * against the preset `auto` chose, then every miss.
 * Usage: node scripts/eval-detection.js [--json out.json]
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {isPlanDocument, place, placementOf, presetOfLabel as expectedPreset, readSources, repoRoot as root, repositoryRoot} from './lib/corpus.js'

const rows = readSources()
const jsonIndex = process.argv.indexOf('--json')
const jsonOut = jsonIndex === -1 ? undefined : process.argv[jsonIndex + 1]

const work = mkdtempSync(path.join(tmpdir(), 'plan-lint-detect-'))
const byRepo = new Map()
for (const row of rows) {
  const target = place(work, row, placementOf(row))
  if (!isPlanDocument(row)) continue
  const repoRoot = repositoryRoot(work, row)
  if (!byRepo.has(repoRoot)) byRepo.set(repoRoot, [])
  byRepo.get(repoRoot).push({row, relative: path.relative(repoRoot, target)})
}

const results = []
let crashes = 0
for (const [repoRoot, entries] of byRepo) {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'packages/cli/bin/plan-lint.js'), '--no-config', '--format', 'json', ...entries.map((entry) => entry.relative)],
    {cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024}
  )
  if (result.status === 2 || !result.stdout) {
    crashes++
    console.error(`crash in ${repoRoot}: ${result.stderr}`)
    continue
  }
  const report = JSON.parse(result.stdout)
  for (const entry of entries) {
    const file = report.files.find((candidate) => candidate.path === entry.relative.split(path.sep).join('/'))
    const unrecognised = file?.messages.some((message) => message.ruleId === 'plan-style')
    results.push({
      file: entry.row.file,
      kind: entry.row.kind,
      label: entry.row.style,
      expected: expectedPreset[entry.row.style] ?? null,
      chosen: file ? (file.preset ?? null) : 'missing',
      messages: file?.messages.length ?? 0,
      fallbackInfo: Boolean(unrecognised)
    })
  }
}
rmSync(work, {recursive: true, force: true})

const columns = [...new Set([...Object.values(expectedPreset), ...results.map((result) => result.chosen)])].map((id) => id ?? 'none')
const labels = Object.keys(expectedPreset)
const lines = [`| label \\ chosen | ${columns.join(' | ')} | right |`, `| --- | ${columns.map(() => '---:').join(' | ')} | ---: |`]
let right = 0
let labelled = 0
for (const label of labels) {
  const mine = results.filter((result) => result.label === label)
  if (mine.length === 0) continue
  const cells = columns.map((column) => mine.filter((result) => (result.chosen ?? 'none') === column).length || '')
  const ok = mine.filter((result) => result.chosen === result.expected).length
  right += ok
  labelled += mine.length
  lines.push(`| ${label} (${mine.length}) | ${cells.join(' | ')} | ${ok}/${mine.length} |`)
}
console.log(lines.join('\n'))
console.log(`\n${right}/${labelled} documents got the expected preset; crashes: ${crashes}`)
const fallbacks = results.filter((result) => result.chosen === null)
console.log(`unrecognised: ${fallbacks.length}, each with one plan-style info: ${fallbacks.every((result) => result.fallbackInfo)}`)
for (const miss of results.filter((result) => result.chosen !== result.expected)) {
  console.log(`miss: ${miss.file} (${miss.kind}) label ${miss.label} → ${miss.chosen ?? 'none'}`)
}
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({results, crashes}, null, 2)}\n`)
