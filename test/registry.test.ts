/**
 * Invariants across every rule and preset: names line up everywhere a user
 * meets them (rule id, folder, docs page, URL, tests), preset options parse
 * with each rule's own schema, and the generated docs are current.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {docsBaseUrl} from '@plan-lint/core'
import {rules} from '@plan-lint/rules'
import {presets} from 'plan-lint'
import {describe, expect, it} from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const contractRuleIds = [
  'plan-required-sections',
  'plan-section-order',
  'plan-no-empty-sections',
  'plan-no-placeholders',
  'plan-no-option-labels',
  'plan-metadata'
]

describe('rule registry', () => {
  it('holds every contract rule id once', () => {
    const ids = rules.map((rule) => rule.meta.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of contractRuleIds) expect(ids).toContain(id)
  })

  it('has one source folder per rule, named by its id', () => {
    const folders = readdirSync(path.join(root, 'packages/rules/src'), {withFileTypes: true})
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
    expect(folders).toEqual(rules.map((rule) => rule.meta.id).sort())
  })

  for (const rule of rules) {
    const {id, url, messages, description} = rule.meta
    describe(id, () => {
      it('names its plugin, docs page and URL after its id', () => {
        expect(rule.name).toBe(id)
        expect(url).toBe(`${docsBaseUrl}${id}.md`)
        expect(existsSync(path.join(root, 'docs/rules', `${id}.md`))).toBe(true)
        expect(description).not.toMatch(/\.$/)
      })

      it('has rule-tester cases and docs examples', () => {
        expect(existsSync(path.join(root, 'packages/rules/test', `${id}.test.ts`))).toBe(true)
        expect(existsSync(path.join(root, 'packages/rules/src', id, 'examples/valid.md'))).toBe(true)
        expect(existsSync(path.join(root, 'packages/rules/src', id, 'examples/invalid.md'))).toBe(true)
      })

      it('uses every message id it declares in its source', () => {
        const source = readFileSync(path.join(root, 'packages/rules/src', id, 'index.ts'), 'utf8')
        for (const messageId of Object.keys(messages)) {
          expect(source, `message \`${messageId}\` is never reported`).toMatch(new RegExp(`report\\(\\s*'${messageId}'|'${messageId}' :|: '${messageId}'`))
        }
      })
    })
  }
})

describe('preset registry', () => {
  for (const preset of presets.values()) {
    describe(preset.id, () => {
      it('is published as remark-preset-plan-<id>', () => {
        const manifest = JSON.parse(readFileSync(path.join(root, 'presets', preset.id, 'package.json'), 'utf8')) as {
          name: string
        }
        expect(manifest.name).toBe(`remark-preset-plan-${preset.id}`)
      })

      it('configures only known rules, with options each rule schema accepts', () => {
        const known = new Map(rules.map((rule) => [rule.meta.id, rule]))
        for (const [id, severity] of Object.entries(preset.severities)) {
          const rule = known.get(id)
          expect(rule, `unknown rule ${id}`).toBeDefined()
          expect(['error', 'warn', 'off']).toContain(severity)
          const parsed = rule?.meta.options.safeParse({template: preset.template})
          expect(parsed?.success, parsed?.error?.message).toBe(true)
        }
      })
    })
  }
})

describe('the repository\'s own Markdown', () => {
  it('passes plan-lint with the repository configuration', () => {
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'packages/cli/bin/plan-lint.js'), '--format', 'json', 'README.md', 'examples/clean/plan.md'],
      {cwd: root, encoding: 'utf8'}
    )
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const report = JSON.parse(result.stdout) as {files: Array<{path: string; preset: string | null}>; summary: {errors: number; warnings: number}}
    expect(report.summary).toMatchObject({errors: 0, warnings: 0})
    expect(report.files.map((file) => [file.path, file.preset])).toEqual([
      ['README.md', null],
      ['examples/clean/plan.md', 'spec-kit']
    ])
  })
})

describe('generated docs', () => {
  it('match the code (npm run docs)', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'scripts/generate-docs.js'), '--check'], {
      cwd: root,
      encoding: 'utf8'
    })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })
})
