#!/usr/bin/env node
/**
 * Cross-document evaluation on real plans: rebuilds each repository's folder
 * layout from ../shared/corpus/SOURCES.tsv (plans beside their specs, at their
 * real paths) in a temporary folder, lints every plan from its repository's
 * root, and prints each message of the traceability rules and of the spec
 * link check with its source line, for review.
 * Usage: node scripts/eval-traceability.js [--style spec-kit] [--preset spec-kit] [--rules a,b]
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {place, readSources, repoRoot as root, repositoryRoot} from './lib/corpus.js'

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? fallback : process.argv[index + 1]
}
const style = option('style', 'spec-kit')
const preset = option('preset', 'spec-kit')
const ruleFilter = option(
  'rules',
  'plan-rqs-resolved,plan-success-criteria-traced,plan-gates-passed,plan-td1-first,plan-metadata'
).split(',')

const rows = readSources().filter((row) => row.style === style && !row.path.includes('templates/'))

const work = mkdtempSync(path.join(tmpdir(), 'plan-lint-eval-'))
const repos = new Map()
for (const row of rows) {
  place(work, row)
  if (row.kind === 'plan') {
    const repoRoot = repositoryRoot(work, row)
    if (!repos.has(repoRoot)) repos.set(repoRoot, [])
    repos.get(repoRoot).push(row.path)
  }
}

const counts = {}
let plans = 0
let withSpec = 0
const lines = []
for (const [repoRoot, files] of repos) {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'packages/cli/bin/plan-lint.js'), '--preset', preset, '--format', 'json', ...files],
    {cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024}
  )
  if (result.status === 2 || !result.stdout) {
    console.error(`plan-lint failed in ${repoRoot} (exit ${result.status}, ${result.error ?? ""}): ${result.stderr}`)
    process.exitCode = 1
    continue
  }
  for (const file of JSON.parse(result.stdout).files) {
    plans++
    if (existsSync(path.join(repoRoot, path.dirname(file.path), 'spec.md'))) withSpec++
    const source = readFileSync(path.join(repoRoot, file.path), 'utf8').split('\n')
    for (const message of file.messages) {
      if (!ruleFilter.includes(message.ruleId)) continue
      if (message.ruleId === 'plan-metadata' && !/link|spec for/i.test(message.message)) continue
      counts[message.ruleId] = (counts[message.ruleId] ?? 0) + 1
      lines.push(
        `${path.basename(repoRoot)}/${file.path}:${message.line}:${message.column} ${message.ruleId} ${message.severity}\n  ${message.message}\n  > ${(source[message.line - 1] ?? '').trim().slice(0, 160)}`
      )
    }
  }
}
console.log(lines.join('\n'))
console.log(`\n${plans} plans (${withSpec} with a sibling spec.md) in ${repos.size} repositories`)
console.table(counts)
rmSync(work, {recursive: true, force: true})
