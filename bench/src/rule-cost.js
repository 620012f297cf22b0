#!/usr/bin/env node
/**
 * In-process cost per document of each step of linting and of each rule:
 * parsing, the plan model, `auto` detection, the cross-document reads, each
 * rule on its own (with the model and reads already built, as the second
 * and later rules find them) and remark-lint's comment handling. Documents
 * are linted with the preset `auto` picks, as the CLI does; a rule's cost
 * counts the documents whose preset runs it.
 *
 * Usage: node rule-cost.js <corpus folder> <file...>; prints JSON.
 */
import {readFileSync} from 'node:fs'
import {clearRelatedDocuments, getPlanModel, getRelatedDocuments, remarkPlanSyntax} from '@plan-lint/core'
import {pickLayout, planLintComments} from '@plan-lint/rules'
import {detectPreset, styleFreePreset} from 'plan-lint'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'

const [folder, ...files] = process.argv.slice(2)
const parser = unified().use(remarkParse).use(remarkPlanSyntax).freeze()
// As the presets run it: remark-lint's comment handling, on documents with a `lint` comment.
const comments = unified().use(planLintComments).freeze()

/** Steps and rules: total milliseconds and the documents they ran on. */
const costs = new Map()
function add(name, ms) {
  const entry = costs.get(name) ?? {ms: 0, documents: 0}
  entry.ms += ms
  entry.documents++
  costs.set(name, entry)
}

/** Each rule of a preset as its own frozen processor, with the preset's options. */
const ruleRunners = new Map()
function rulesOf(preset) {
  let runners = ruleRunners.get(preset)
  if (!runners) {
    runners = []
    for (const entry of preset.plugins) {
      if (!Array.isArray(entry)) continue
      const [plugin, options] = entry
      if (typeof plugin?.meta?.id !== 'string') continue
      runners.push({id: plugin.meta.id, processor: unified().use(plugin, options).freeze()})
    }
    ruleRunners.set(preset, runners)
  }
  return runners
}

function time(action) {
  const started = performance.now()
  const result = action()
  return {ms: performance.now() - started, result}
}

async function measure(path, record) {
  clearRelatedDocuments()
  const file = new VFile({path, value: readFileSync(path, 'utf8'), cwd: folder})
  const parsed = time(() => parser.parse(file))
  const tree = parsed.result
  const model = time(() => getPlanModel(tree, file))
  const detected = time(() => detectPreset(tree, file))
  let preset = detected.result ?? styleFreePreset
  if (preset.layouts) preset = pickLayout(preset.layouts, tree, file)
  const related = time(() => getRelatedDocuments(model.result, preset.template))
  if (record) {
    add('parse (remark-parse, front matter)', parsed.ms)
    add('plan model', model.ms)
    add('auto: detection', detected.ms)
    add('cross-document reads (a spec not yet linted is parsed here)', related.ms)
  }
  for (const rule of rulesOf(preset)) {
    const started = performance.now()
    await rule.processor.run(tree, file)
    if (record) add(rule.id, performance.now() - started)
  }
  const started = performance.now()
  await comments.run(tree, file)
  if (record) add('remark-lint comments (run where a `lint` comment is)', performance.now() - started)
  return Buffer.byteLength(String(file.value))
}

// One untimed pass over a few documents warms the JIT.
for (const path of files.slice(0, 20)) await measure(path, false)
let bytes = 0
for (const path of files) bytes += await measure(path, true)

const parse = costs.get('parse (remark-parse, front matter)')?.ms ?? 1
const rows = [...costs].map(([name, entry]) => ({
  name,
  documents: entry.documents,
  ms: entry.ms,
  msPerDocument: entry.ms / entry.documents,
  percentOfParse: (entry.ms / parse) * 100
}))
process.stdout.write(`${JSON.stringify({documents: files.length, bytes, rows})}\n`)
