#!/usr/bin/env node
/**
 * The long property-based run (issue 7): 100,000 cases by default over every
 * property (`lint`, `fix`), configuration (`auto` and each preset) and source
 * (generated plans, mutated fixtures), from a random seed it prints first.
 * Failures are shrunk, printed and kept under test/fuzz/regressions/, which
 * `npm test` replays. The harness is TypeScript (test/fuzz/); it is bundled
 * with esbuild into node_modules/.cache, where its packages resolve.
 *
 * Usage: node scripts/fuzz.js [--seed N] [--runs N] [--chunk N] [--only property/config/source]
 * Exit code: 0 when no case failed, 1 when one did, 2 on a usage error.
 */
import {randomInt} from 'node:crypto'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {build} from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function integer(value, name, min) {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isSafeInteger(number) || number < min) {
    process.stderr.write(`fuzz: --${name} takes an integer of at least ${min}, got \`${value}\`\n`)
    process.exit(2)
  }
  return number
}

let values
try {
  ;({values} = parseArgs({
    options: {seed: {type: 'string'}, runs: {type: 'string'}, chunk: {type: 'string'}, only: {type: 'string'}}
  }))
} catch (error) {
  process.stderr.write(`fuzz: ${error.message}\n`)
  process.exit(2)
}

const seed = integer(values.seed, 'seed', -(2 ** 31)) ?? randomInt(2 ** 31)
const runs = integer(values.runs, 'runs', 1) ?? 100_000
const chunk = integer(values.chunk, 'chunk', 1) ?? 250

const outfile = path.join(root, 'node_modules', '.cache', 'plan-lint-fuzz', 'run.mjs')
await build({
  entryPoints: [path.join(root, 'test', 'fuzz', 'run.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning'
})
const {fuzz} = await import(pathToFileURL(outfile).href)

const log = (line) => process.stdout.write(`${line}\n`)
const result = await fuzz({root, seed, runs, chunk, only: values.only, log})
const minutes = (result.milliseconds / 60_000).toFixed(1)
if (result.failures.length === 0) {
  log(`fuzz: ${result.cases} cases, no failure, ${minutes} min (seed ${seed})`)
} else {
  log(`fuzz: ${result.cases} cases, ${result.failures.length} failing combination(s), ${minutes} min (seed ${seed}):`)
  for (const failure of result.failures) {
    log(`  ${failure.property}/${failure.config}/${failure.source}: ${failure.error} -> test/fuzz/regressions/${failure.regression}.md`)
  }
  process.exitCode = 1
}
