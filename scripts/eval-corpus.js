#!/usr/bin/env node
/**
 * Lints the real spec-kit plans of ../shared/corpus/spec-kit (evaluation
 * data, absent on users' machines) with the spec-kit preset and prints the
 * findings per rule, per upstream template, and a sample for review.
 * Usage: node scripts/eval-corpus.js [corpus-folder] [--sample N]
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const sampleIndex = args.indexOf('--sample')
const sample = sampleIndex === -1 ? 0 : Number(args[sampleIndex + 1])
const folder = path.resolve(args.find((arg, index) => !arg.startsWith('--') && index !== sampleIndex + 1) ?? path.join(root, '../shared/corpus/spec-kit'))
if (!existsSync(folder)) {
  console.error(`eval: no corpus at ${folder}`)
  process.exit(2)
}

const plans = readdirSync(folder).filter((name) => name.endsWith('plan.md') && !name.includes('__templates__'))
const templates = readdirSync(folder).filter((name) => name.includes('__templates__plan-template'))

function lint(files) {
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, [path.join(root, 'packages/cli/bin/plan-lint.js'), '--preset', 'spec-kit', '--format', 'json', ...files], {
    cwd: folder,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (result.status === 2 || !result.stdout) throw new Error(`plan-lint failed: ${result.stderr}`)
  return {report: JSON.parse(result.stdout), seconds}
}

const real = lint(plans)
const perRule = {}
let crashes = 0
for (const file of real.report.files) {
  for (const message of file.messages) {
    if (!message.ruleId?.startsWith('plan-')) crashes++
    perRule[message.ruleId] = (perRule[message.ruleId] ?? 0) + 1
  }
}
console.log(`real plans: ${plans.length} files in ${real.seconds.toFixed(2)} s, ${crashes} crash messages`)
console.log(`files with zero errors: ${real.report.files.filter((file) => file.messages.every((m) => m.severity !== 'error')).length}`)
console.table(perRule)

const upstream = lint(templates)
const perTemplate = upstream.report.files.map((file) => {
  const count = (rule) => file.messages.filter((message) => message.ruleId === rule).length
  return {
    template: file.path.replace(/^.*plan-template@/, ''),
    placeholders: count('plan-no-placeholders'),
    optionLabels: file.messages.filter((message) => message.ruleId === 'plan-no-option-labels' && message.message.includes('option label')).length,
    other: file.messages.length - count('plan-no-placeholders') - count('plan-no-option-labels')
  }
})
console.log('upstream templates:')
console.table(perTemplate)

if (sample > 0) {
  const all = real.report.files.flatMap((file) => file.messages.map((message) => ({file: file.path, ...message})))
  const step = Math.max(1, Math.floor(all.length / sample))
  for (let index = 0; index < all.length && index / step < sample; index += step) {
    const message = all[index]
    const line = readFileSync(path.join(folder, message.file), 'utf8').split('\n')[message.line - 1] ?? ''
    console.log(`${message.file}:${message.line}:${message.column} ${message.ruleId}\n  ${message.message}\n  > ${line.trim().slice(0, 140)}`)
  }
}
