/**
 * Cross-document checks end to end: the real `plan-lint` binary over the
 * fixtures that pair plans with their specs and research notes, the
 * project-root confinement of spec links (a file outside the root is never
 * opened), and one read and parse per related document per run.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseStats, relatedDocumentStats} from '@plan-lint/core'
import {parseMarkers} from '@plan-lint/core/markers'
import {afterAll, describe, expect, it} from 'vitest'
import {parseReport, repoRoot, runCli} from './helpers/cli.js'
import {runInProcess} from './helpers/in-process.js'
import {cleanPlan} from './helpers/plans.js'

const relatedDocument = /(?:^|[-_])(?:spec|research)\.md$/

/** Temporary folders of this file's tests, removed when they end. */
const folders: string[] = []
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, {recursive: true, force: true})
})

function temporaryFolder(prefix: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  folders.push(folder)
  return folder
}

interface Copied {
  root: string
  /** Expected `line ruleId` pairs per plan, relative to the copy's root. */
  expected: Map<string, string[]>
}

/**
 * Copy `fixtures/<preset>/<kind>` into a fresh git-rooted folder outside the
 * repository (its `.remarkignore` skips fixtures), writing each plan without
 * its expectation markers, as the in-process fixture test lints it.
 */
function copyFixtures(preset: string, kind: 'valid' | 'invalid'): Copied {
  const root = temporaryFolder('plan-lint-trace-')
  fs.mkdirSync(path.join(root, '.git'))
  const from = path.join(repoRoot, 'fixtures', preset, kind)
  const expected = new Map<string, string[]>()
  const walk = (folder: string, relative: string) => {
    for (const entry of fs.readdirSync(folder, {withFileTypes: true})) {
      const source = path.join(folder, entry.name)
      const name = path.posix.join(relative, entry.name)
      const target = path.join(root, name)
      if (entry.isDirectory()) {
        fs.mkdirSync(target, {recursive: true})
        walk(source, name)
        continue
      }
      const text = fs.readFileSync(source, 'utf8')
      if (!entry.name.endsWith('.md') || relatedDocument.test(entry.name)) {
        fs.writeFileSync(target, text)
        continue
      }
      const marked = parseMarkers(text)
      fs.writeFileSync(target, marked.text)
      expected.set(
        name,
        marked.expectations.map((expectation) => `${expectation.line} ${expectation.ruleId}`).sort()
      )
    }
  }
  walk(from, '')
  return {root, expected}
}

describe('cross-document fixtures through the CLI', () => {
  for (const preset of ['spec-kit', 'spec-plan']) {
    for (const kind of ['valid', 'invalid'] as const) {
      it(`${preset}/${kind}: exactly the marked messages`, async () => {
        const {root, expected} = copyFixtures(preset, kind)
        const result = await runCli(['--preset', preset, '--format', 'json', ...expected.keys()], root)
        expect(result.stderr).toBe('')
        expect(result.code).toBe(kind === 'valid' ? 0 : 1)
        const report = parseReport(result.stdout)
        expect(report.files.map((file) => file.path).sort()).toEqual([...expected.keys()].sort())
        for (const file of report.files) {
          const actual = file.messages.map((message) => `${message.line} ${message.ruleId}`).sort()
          expect(actual, file.path).toEqual(expected.get(file.path))
        }
      })
    }
  }
})

/** A git-rooted project holding `specs/012-offline-draft-sync/plan.md` with the given spec value. */
function projectWithSpecValue(spec: string) {
  const base = temporaryFolder('plan-lint-root-')
  const root = path.join(base, 'project')
  const folder = path.join(root, 'specs', '012-offline-draft-sync')
  fs.mkdirSync(folder, {recursive: true})
  fs.mkdirSync(path.join(root, '.git'))
  const plan = cleanPlan.replace(/\*\*Spec\*\*: \[spec\.md\]\(\.\/spec\.md\)/, `**Spec**: ${spec}`)
  expect(plan).not.toBe(cleanPlan)
  fs.writeFileSync(path.join(folder, 'plan.md'), plan)
  return {base, root, folder}
}

describe('spec links stay inside the project root', () => {
  it('a link climbing out of the root is reported and the file is never opened', async () => {
    const {base, root} = projectWithSpecValue('[spec](../../../outside/spec.md)')
    // The target is a named pipe: opening it for reading would block until a
    // writer comes, so a run that opened it would never finish.
    fs.mkdirSync(path.join(base, 'outside'))
    execFileSync('mkfifo', [path.join(base, 'outside', 'spec.md')])
    const result = await runCli(['--format', 'json', 'specs/012-offline-draft-sync/plan.md'], root)
    expect(result.code).toBe(1)
    const messages = parseReport(result.stdout).files[0]?.messages ?? []
    expect(messages).toEqual([
      expect.objectContaining({
        ruleId: 'plan-metadata',
        severity: 'error',
        message:
          'Unexpected link `../../../outside/spec.md` in `Spec` to a file outside the project root, expected a path inside the project (the file was not read)'
      })
    ])
  })

  it('the acceptance case: `../../../../etc/passwd` is reported and not read', async () => {
    const {root} = projectWithSpecValue('[spec](../../../../etc/passwd)')
    const before = relatedDocumentStats.reads.length
    const {code, output} = await runInProcess(['--format', 'json', 'specs/012-offline-draft-sync/plan.md'], root)
    expect(code).toBe(1)
    expect(output).toContain('to a file outside the project root')
    expect(relatedDocumentStats.reads.slice(before)).toEqual([])
  })

  it('a symlink inside the root that leads out of it is not followed', async () => {
    const {base, folder, root} = projectWithSpecValue('[spec](./spec.md)')
    fs.writeFileSync(path.join(base, 'secret.md'), '# Not part of the project\n')
    fs.symlinkSync(path.join(base, 'secret.md'), path.join(folder, 'spec.md'))
    const result = await runCli(['--format', 'json', 'specs/012-offline-draft-sync/plan.md'], root)
    expect(result.code).toBe(1)
    expect(parseReport(result.stdout).files[0]?.messages.map((message) => message.message)).toEqual([
      'Unexpected link `./spec.md` in `Spec` to a file outside the project root, expected a path inside the project (the file was not read)'
    ])
  })
})

describe('related documents are read once per run', () => {
  it('a spec shared by three plans is read and parsed once; the plans are not re-read', async () => {
    const root = temporaryFolder('plan-lint-once-')
    fs.mkdirSync(path.join(root, '.git'))
    fs.mkdirSync(path.join(root, 'specs'))
    fs.writeFileSync(path.join(root, 'specs', 'shared-spec.md'), '# Feature Specification\n\n- **FR-001**: Keep drafts.\n')
    const plans = ['a', 'b', 'c'].map((name) => {
      const folder = path.join(root, 'specs', name)
      fs.mkdirSync(folder)
      fs.writeFileSync(
        path.join(folder, 'plan.md'),
        cleanPlan.replace('[spec.md](./spec.md)', '[spec](../shared-spec.md)').replace('## Summary\n', '## Summary\n\nCovers FR-001.\n')
      )
      return `specs/${name}/plan.md`
    })
    const reads = relatedDocumentStats.reads.length
    const parses = relatedDocumentStats.parses
    const {code, output} = await runInProcess(['--format', 'json', ...plans], root)
    expect(output, 'no findings').toContain('"errors":0')
    expect(code).toBe(0)
    const realSpec = fs.realpathSync(path.join(root, 'specs', 'shared-spec.md'))
    expect(relatedDocumentStats.reads.slice(reads)).toEqual([realSpec])
    expect(relatedDocumentStats.parses - parses).toBe(1)
  })

  it('a spec linted in the same run is parsed once, whether it comes before or after its plan', async () => {
    const root = temporaryFolder('plan-lint-order-')
    fs.mkdirSync(path.join(root, '.git'))
    // `specs/a-spec.md` is linted before `specs/x/plan.md` reads it; `specs/x/spec.md` after `specs/y/plan.md` reads it.
    fs.mkdirSync(path.join(root, 'specs', 'x'), {recursive: true})
    fs.mkdirSync(path.join(root, 'specs', 'y'), {recursive: true})
    const spec = '# Feature Specification\n\n- **FR-001**: Keep drafts.\n'
    fs.writeFileSync(path.join(root, 'specs', 'a-spec.md'), spec)
    fs.writeFileSync(path.join(root, 'specs', 'x', 'spec.md'), spec)
    const plan = (link: string) =>
      cleanPlan.replace('[spec.md](./spec.md)', `[spec](${link})`).replace('## Summary\n', '## Summary\n\nCovers FR-001.\n')
    fs.writeFileSync(path.join(root, 'specs', 'x', 'plan.md'), plan('../a-spec.md'))
    fs.writeFileSync(path.join(root, 'specs', 'y', 'plan.md'), plan('../x/spec.md'))
    const files = ['specs/a-spec.md', 'specs/x/plan.md', 'specs/x/spec.md', 'specs/y/plan.md']
    const parses = parseStats.parses
    const {code, output} = await runInProcess(['--format', 'json', ...files], root)
    expect(code, output).toBeLessThan(2)
    const report = parseReport(output)
    expect(report.files.map((file) => file.path)).toEqual(files)
    // Both plans found their spec: nothing reports it missing or unread.
    for (const file of report.files) expect(file.messages.filter((message) => message.ruleId === 'plan-metadata')).toEqual([])
    expect(parseStats.parses - parses).toBe(files.length)
  })

  it('many plans with specs in one run finish (no stalled engine queue)', async () => {
    const root = temporaryFolder('plan-lint-many-')
    fs.mkdirSync(path.join(root, '.git'))
    const files: string[] = []
    for (let index = 0; index < 12; index++) {
      const folder = path.join(root, 'specs', `0${index}-feature`)
      fs.mkdirSync(folder, {recursive: true})
      // Errors before the spec is read in some plans, none in others.
      const plan = index % 2 === 0 ? cleanPlan.replace(/\*\*Date\*\*: [\d-]+/, '**Date**: [DATE]') : cleanPlan
      if (index % 2 === 0) expect(plan).toContain('[DATE]')
      fs.writeFileSync(path.join(folder, 'plan.md'), plan.replace('## Summary\n', '## Summary\n\nCovers FR-009.\n'))
      fs.writeFileSync(path.join(folder, 'spec.md'), '# Feature Specification\n\n- **FR-001**: Keep drafts.\n')
      files.push(`specs/0${index}-feature/plan.md`)
    }
    const result = await runCli(['--format', 'json', ...files], root)
    expect(result.code).toBe(1)
    const report = parseReport(result.stdout)
    expect(report.files).toHaveLength(12)
    for (const file of report.files) {
      expect(file.messages.some((message) => message.ruleId === 'plan-success-criteria-traced')).toBe(true)
    }
  })
})
