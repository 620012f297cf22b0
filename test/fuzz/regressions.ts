/**
 * Regression fixtures: each failure a fuzz run finds is kept as
 * `test/fuzz/regressions/<name>.md`, the document byte for byte, and
 * `<name>.json` beside it saying where it was found (the plan's path and
 * related documents, property, configuration, seed). test/fuzz.test.ts
 * replays every one with the property and configuration that failed. A `.md`
 * without its `.json` is linted as `plan.md` with nothing beside it, with
 * every property and configuration.
 */
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {isWellFormed, type FuzzCase} from './case.js'
import type {PropertyName} from './properties.js'

export interface Found {
  property: PropertyName
  config: string
  source: string
  /** The first line of what broke. */
  error: string
  seed: number
  counterexamplePath: string | null
}

interface Sidecar extends Partial<Found> {
  path?: string
  related?: Record<string, string>
  /** The document, when it holds lone surrogates a `.md` file cannot. */
  text?: string
}

export interface Regression {
  name: string
  fuzzCase: FuzzCase
  /** What failed on it, when recorded. */
  property?: PropertyName | undefined
  config?: string | undefined
}

export function regressionsDir(root: string): string {
  return path.join(root, 'test', 'fuzz', 'regressions')
}

export function loadRegressions(root: string): Regression[] {
  const dir = regressionsDir(root)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.md'.length)
      const sidecarFile = path.join(dir, `${name}.json`)
      const sidecar: Sidecar = existsSync(sidecarFile) ? (JSON.parse(readFileSync(sidecarFile, 'utf8')) as Sidecar) : {}
      const text = sidecar.text ?? readFileSync(path.join(dir, file), 'utf8')
      const fuzzCase = {path: sidecar.path ?? 'plan.md', text, related: sidecar.related ?? {}}
      return {name, fuzzCase, property: sidecar.property, config: sidecar.config}
    })
}

/** Keep a failing case; returns its name. */
export function writeRegression(root: string, fuzzCase: FuzzCase, found: Found): string {
  const dir = regressionsDir(root)
  mkdirSync(dir, {recursive: true})
  const hash = createHash('sha256').update(JSON.stringify(fuzzCase)).digest('hex').slice(0, 8)
  const name = `${found.property}-${found.config}-${hash}`
  const sidecar: Sidecar = {
    ...found,
    path: fuzzCase.path,
    related: fuzzCase.related,
    ...(isWellFormed(fuzzCase.text) ? {} : {text: fuzzCase.text})
  }
  writeFileSync(path.join(dir, `${name}.md`), fuzzCase.text)
  writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(sidecar, null, 2)}\n`)
  return name
}
