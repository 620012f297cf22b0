#!/usr/bin/env node
/**
 * Scaling: one plan at growing sizes, linted in-process the way the CLI
 * lints a file (remark-parse, then `remarkPlanLint` with `auto`, the spec
 * beside it read too), warm, median of a few runs. Time per byte must not
 * grow with the size. remark-parse alone on the same text is measured too,
 * so a bend can be told apart: the parser's, or plan-lint's own.
 *
 * Usage: node scaling.js <work folder> <size,size,...>; prints JSON.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {clearRelatedDocuments} from '@plan-lint/core'
import {remarkPlanLint} from 'plan-lint'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {generatePlan} from './corpus.js'
import {summary} from './measure.js'

const [folder, sizeList] = process.argv.slice(2)
const sizes = sizeList.split(',').map(Number)

const linter = unified().use(remarkParse).use(remarkPlanLint, {preset: 'auto'}).freeze()
const parser = unified().use(remarkParse).freeze()

function place(size) {
  const {plan, spec, planName, specName} = generatePlan(size)
  const where = path.join(folder, `scaling-${size}`, 'specs', '001-scaling')
  mkdirSync(where, {recursive: true})
  writeFileSync(path.join(where, specName), spec)
  writeFileSync(path.join(where, planName), plan)
  return {text: plan, path: path.join(where, planName), bytes: Buffer.byteLength(plan)}
}

async function lintOnce(document) {
  // Each run parses and reads the spec anew, as a fresh process would.
  clearRelatedDocuments()
  const file = new VFile({path: document.path, value: document.text, cwd: folder})
  const started = performance.now()
  const tree = linter.parse(file)
  await linter.run(tree, file)
  return {ms: performance.now() - started, messages: file.messages.length}
}

function parseOnce(document) {
  const started = performance.now()
  parser.parse(document.text)
  return performance.now() - started
}

function runsFor(bytes) {
  if (bytes <= 20_000) return 15
  if (bytes <= 200_000) return 5
  if (bytes <= 2_000_000) return 3
  return 1
}

// Warm up the JIT on a small plan first, so the first size is not penalised.
const warm = place(10_000)
for (let index = 0; index < 10; index++) {
  await lintOnce(warm)
  parseOnce(warm)
}

const results = []
for (const size of sizes) {
  const document = place(size)
  const lint = []
  const parse = []
  let messages = 0
  for (let run = 0; run < runsFor(document.bytes); run++) {
    const result = await lintOnce(document)
    lint.push(result.ms)
    messages = result.messages
    parse.push(parseOnce(document))
  }
  const lintMs = summary(lint)
  const parseMs = summary(parse)
  results.push({
    size,
    bytes: document.bytes,
    messages,
    lintMs,
    parseMs,
    lintNsPerByte: (lintMs.median * 1e6) / document.bytes,
    parseNsPerByte: (parseMs.median * 1e6) / document.bytes
  })
}
process.stdout.write(`${JSON.stringify({results, peakRssKiB: process.resourceUsage().maxRSS})}\n`)
