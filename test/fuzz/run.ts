/**
 * The long fuzz run behind `npm run fuzz` (scripts/fuzz.js bundles this file
 * and calls {@link fuzz}). Cases are spread over every property,
 * configuration and source, in rounds, so that progress lines come at a
 * steady pace and a run cut short has still covered every combination. Each
 * chunk has its own seed, derived from the run's: the same `--seed`,
 * `--runs` and `--chunk` replay the same cases. A failing combination is
 * shrunk, printed, kept as a regression fixture, and not run further.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {caseSources, type SourceName} from './arbitraries.js'
import type {FuzzCase} from './case.js'
import {loadFixtures} from './corpus.js'
import {properties, type PropertyName} from './properties.js'
import {writeRegression, type Found} from './regressions.js'
import {configs, Workspace} from './workspace.js'

export interface FuzzOptions {
  root: string
  seed: number
  /** Cases in total, over every combination. */
  runs: number
  /** Cases per combination and round. */
  chunk: number
  /** Only the combinations whose `property/config/source` name contains this. */
  only?: string | undefined
  log: (line: string) => void
}

export interface FuzzResult {
  cases: number
  failures: Array<Found & {regression: string}>
  milliseconds: number
}

export interface Combination {
  /** `property/config/source`. */
  name: string
  property: PropertyName
  config: string
  source: SourceName
}

/** Every property, configuration and source, in the order runs go through them (their index seeds them). */
export function combinations(sources: SourceName[]): Combination[] {
  return (Object.keys(properties) as PropertyName[]).flatMap((property) =>
    configs.flatMap((config) => sources.map((source) => ({name: `${property}/${config}/${source}`, property, config, source})))
  )
}

interface Progress extends Combination {
  /** Its seed's index among all combinations, whichever `--only` leaves. */
  index: number
  planned: number
  done: number
  failed: boolean
}

/** A chunk's seed: the run's seed mixed with the combination and round (32-bit, as fast-check takes). */
export function chunkSeed(seed: number, combination: number, round: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(combination + 1, 0xc2b2ae35) ^ Math.imul(round + 1, 0x27d4eb2f)
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d)
  return (h ^ (h >>> 13)) | 0
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(0)} s`
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split('\n')[0] ?? ''
}

export async function fuzz(options: FuzzOptions): Promise<FuzzResult> {
  const started = performance.now()
  const sources = caseSources(loadFixtures(options.root))
  const chosen: Progress[] = combinations(Object.keys(sources) as SourceName[])
    .map((combination, index) => ({...combination, index, planned: 0, done: 0, failed: false}))
    .filter((combination) => !options.only || combination.name.includes(options.only))
  if (chosen.length === 0) throw new Error(`No combination matches \`${options.only}\``)
  chosen.forEach((combination, index) => {
    combination.planned = Math.floor(options.runs / chosen.length) + (index < options.runs % chosen.length ? 1 : 0)
  })

  const workspace = new Workspace()
  // Interrupted, the run still leaves no temporary project behind.
  const interrupted = () => {
    workspace.dispose()
    process.exit(130)
  }
  process.once('SIGINT', interrupted)
  const failures: FuzzResult['failures'] = []
  let cases = 0
  let slowest: {milliseconds: number; name: string; fuzzCase?: FuzzCase} = {milliseconds: 0, name: ''}
  const rounds = Math.ceil(Math.max(...chosen.map((combination) => combination.planned)) / options.chunk)
  options.log(`fuzz: seed ${options.seed}, ${options.runs} cases over ${chosen.length} combinations, ${rounds} rounds`)
  try {
    for (let round = 0; round < rounds; round++) {
      for (const combination of chosen) {
        const numRuns = Math.min(options.chunk, combination.planned - combination.done)
        if (combination.failed || numRuns <= 0) continue
        const check = properties[combination.property]
        const seed = chunkSeed(options.seed, combination.index, round)
        const details = await fc.check(
          fc.asyncProperty(sources[combination.source], async (fuzzCase: FuzzCase) => {
            const start = performance.now()
            try {
              await check(workspace, combination.config, fuzzCase)
            } finally {
              const took = performance.now() - start
              if (took > slowest.milliseconds) slowest = {milliseconds: took, name: combination.name, fuzzCase}
            }
          }),
          {seed, numRuns}
        )
        combination.done += details.numRuns
        cases += details.numRuns
        if (!details.failed) continue
        combination.failed = true
        const counterexample = (details.counterexample as [FuzzCase] | null)?.[0]
        const found: Found = {
          property: combination.property,
          config: combination.config,
          source: combination.source,
          error: firstLine(details.errorInstance),
          seed,
          counterexamplePath: details.counterexamplePath
        }
        const regression = counterexample ? writeRegression(options.root, counterexample, found) : '(no counterexample)'
        failures.push({...found, regression})
        options.log(
          [
            `FAIL ${combination.name} after ${details.numRuns} cases, shrunk ${details.numShrinks} times (seed ${seed}, path ${details.counterexamplePath})`,
            `  ${details.errorInstance instanceof Error ? (details.errorInstance.stack ?? details.errorInstance.message) : String(details.errorInstance)}`,
            `  counterexample: ${JSON.stringify(counterexample)}`,
            `  kept as test/fuzz/regressions/${regression}.md`
          ].join('\n')
        )
      }
      const elapsed = performance.now() - started
      options.log(
        `round ${round + 1}/${rounds}: ${cases}/${options.runs} cases, ${seconds(elapsed)}, ${(cases / (elapsed / 1000)).toFixed(0)} cases/s, ` +
          `slowest case ${slowest.milliseconds.toFixed(0)} ms (${slowest.name}), ${failures.length} failing`
      )
    }
  } finally {
    process.off('SIGINT', interrupted)
    workspace.dispose()
  }
  // For whoever looks into speed: the case that took longest, as it was.
  const slowestFile = path.join(options.root, 'node_modules', '.cache', 'plan-lint-fuzz', 'slowest.json')
  mkdirSync(path.dirname(slowestFile), {recursive: true})
  writeFileSync(slowestFile, `${JSON.stringify(slowest, null, 2)}\n`)
  options.log(`fuzz: slowest case ${slowest.milliseconds.toFixed(0)} ms (${slowest.name}), kept in ${path.relative(options.root, slowestFile)}`)
  return {cases, failures, milliseconds: performance.now() - started}
}
