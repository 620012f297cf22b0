/**
 * The benchmark (bench/): its corpus is the same for the same seed, and a
 * tiny run writes results of the expected shape. No timing is asserted:
 * the benchmark reports, it does not judge here.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {generateCorpus, seededRandom} from './helpers/bench-corpus.js'
import {repoRoot} from './helpers/cli.js'

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-lint-bench-test-'))
afterAll(() => fs.rmSync(out, {recursive: true, force: true}))

describe('the benchmark corpus', () => {
  it('is the same for the same seed, and another for another seed', () => {
    const first = generateCorpus({files: 30, max: 40 * 1024})
    const again = generateCorpus({files: 30, max: 40 * 1024})
    expect(again).toEqual(first)
    expect(generateCorpus({files: 30, max: 40 * 1024, seed: 1})).not.toEqual(first)
    expect(seededRandom(5)()).toBe(seededRandom(5)())
  })

  it('holds plans of every style with the specs they link to, within the sizes asked for', () => {
    const documents = generateCorpus({files: 200, max: 40 * 1024})
    expect(documents).toHaveLength(200)
    for (const folder of ['generated/specs/', 'generated/docs/features/', 'generated/docs/plans/']) {
      expect(documents.some((document) => document.path.startsWith(folder))).toBe(true)
    }
    const plans = documents.filter((document) => /(?:^|\/|-)plan\.md$/.test(document.path))
    expect(plans.length).toBeGreaterThanOrEqual(100)
    for (const plan of plans) {
      const folder = path.posix.dirname(plan.path)
      expect(documents.some((document) => document !== plan && path.posix.dirname(document.path) === folder)).toBe(true)
    }
    for (const document of documents) {
      expect(Buffer.byteLength(document.text)).toBeGreaterThanOrEqual(1024)
      expect(Buffer.byteLength(document.text)).toBeLessThan(48 * 1024)
    }
  })
})

describe('the parse-only floor', () => {
  it('hands unified-engine its files in the same runs as the CLI', () => {
    const batchOf = (file: string) => /const engineBatch = (\d+)/.exec(fs.readFileSync(path.join(repoRoot, file), 'utf8'))?.[1]
    const cli = batchOf('packages/cli/src/cli.ts')
    expect(cli).toMatch(/^\d+$/)
    expect(batchOf('bench/src/parse-only.js')).toBe(cli)
  })
})

describe('a tiny benchmark run', () => {
  it('writes JSON, Markdown and an SVG chart with every table', () => {
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'bench', 'src', 'run.js'), '--quick', '--out', out], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 180_000
    })
    expect(run.status, run.stderr).toBe(0)
    const results = JSON.parse(fs.readFileSync(path.join(out, 'bench.json'), 'utf8'))
    expect(results).toMatchObject({version: 1, machine: {cpus: expect.any(Number), node: process.versions.node}})
    const names = results.throughput.map((row: {name: string}) => row.name)
    expect(names).toEqual(
      expect.arrayContaining([
        'parse-only (floor)',
        'plan-lint --preset auto (bundle)',
        'plan-lint --preset spec-kit (bundle)',
        'plan-lint --preset technical-plan (bundle)',
        'remark-cli + lint-recommended',
        'markdownlint-cli2 (default rules)'
      ])
    )
    for (const row of results.throughput) {
      expect(row.filesOk, row.name).toBe(true)
      expect(row.wall.median).toBeGreaterThan(0)
      expect(row.rss.median).toBeGreaterThan(0)
    }
    expect(results.cold.map((row: {name: string}) => row.name)).toContain('node -e 0')
    expect(results.rules.rows.map((row: {name: string}) => row.name)).toContain('plan-no-placeholders')
    expect(results.scaling.results.length).toBeGreaterThanOrEqual(2)
    expect(results.languageServer.latencyMs.median).toBeGreaterThan(0)
    for (const target of results.targets) expect(typeof target.pass, target.name).toBe('boolean')
    expect(fs.readFileSync(path.join(out, 'bench.md'), 'utf8')).toContain('### Targets')
    expect(fs.readFileSync(path.join(out, 'bench.svg'), 'utf8')).toMatch(/^<svg [^>]*>[\s\S]*<\/svg>\n$/)
  }, 180_000)
})
