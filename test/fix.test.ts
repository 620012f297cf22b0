/**
 * `plan-lint --fix` (issue 5, item 5): fixes are text edits on the file's own
 * bytes, written atomically, refused when unsafe, idempotent, and the report
 * afterwards lists only what remains.
 *
 * The fixture test computes the expected file independently: it lints the
 * text in process, takes the edits the messages carry (`fixesOf`, the policy
 * of which fixes are certain), checks that each edit reaches beyond its
 * message's range over whitespace only, and applies them itself, pass after
 * pass. The CLI's file must then be that text, byte for byte.
 */
import fs from 'node:fs'
import path from 'node:path'
import {parseMarkers} from '@plan-lint/core/markers'
import {remarkPlanLint} from 'plan-lint'
import remarkParse from 'remark-parse'
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {afterAll, describe, it, type ExpectStatic} from 'vitest'
import {fixesOf, fixFiles, type TextEdit} from '../packages/cli/dist/fix.js'
import {linesOf, parseReport, repoRoot, runCli, type JsonReport} from './helpers/cli.js'
import {cleanPlan, debrisPlan} from './helpers/plans.js'
import {removeTempProjects, tempProject, type TempProject} from './helpers/project.js'

afterAll(removeTempProjects)

const fixturesDir = path.join(repoRoot, 'fixtures')
const relatedDocument = /(?:^|[-_])(?:spec|research)\.md$/

async function lintText(file: string, text: string, preset: string, cwd: string): Promise<VFileMessage[]> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkPlanLint as unknown as Plugin<[{preset: string}]>, {preset})
  const vfile = new VFile({path: file, cwd, value: text})
  await processor.run(processor.parse(vfile), vfile)
  return vfile.messages
}

function offsetsOf(message: VFileMessage): [number, number] | undefined {
  const place = message.place
  if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined) return undefined
  return [place.start.offset, place.end.offset]
}

/**
 * What `--fix` must leave: up to ten passes of lint, edits, ESLint's choice
 * of edits (by position, none touching the one before), applied from the end.
 */
async function expectedFix(
  expect: ExpectStatic,
  file: string,
  original: string,
  preset: string,
  cwd: string
): Promise<{text: string; rules: Set<string>}> {
  let text = original
  const rules = new Set<string>()
  for (let pass = 0; pass < 10; pass++) {
    const messages = await lintText(file, text, preset, cwd)
    const edits = fixesOf(messages, text)
    if (edits.length === 0) break
    for (const edit of edits) {
      // The edit is a message's range, grown over spaces and line breaks only.
      const owner = messages.find((message) => {
        const range = offsetsOf(message)
        return (
          range !== undefined &&
          message.actual === text.slice(range[0], range[1]) &&
          edit.start <= range[0] &&
          range[1] <= edit.end &&
          /^[ \t\r\n]*$/.test(text.slice(edit.start, range[0]) + text.slice(range[1], edit.end))
        )
      })
      expect(owner, `edit ${JSON.stringify(edit)} in ${file}`).toBeDefined()
      rules.add(owner?.ruleId ?? '')
    }
    const chosen: TextEdit[] = []
    for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
      const last = chosen.at(-1)
      if (!last || edit.start > last.end) chosen.push(edit)
    }
    for (const edit of chosen.reverse()) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end)
  }
  return {text, rules}
}

interface Case {
  preset: string
  name: string
  /** Files to copy: project-relative name to content. */
  files: Record<string, string>
  plans: string[]
}

function invalidFixtures(): Case[] {
  const cases: Case[] = []
  for (const preset of fs.readdirSync(fixturesDir).sort()) {
    const dir = path.join(fixturesDir, preset, 'invalid')
    if (!fs.existsSync(dir)) continue
    const entries = fs.readdirSync(dir).sort()
    const related = entries.filter((entry) => relatedDocument.test(entry))
    for (const entry of entries) {
      const full = path.join(dir, entry)
      const folder = fs.statSync(full).isDirectory()
      if (!folder && (relatedDocument.test(entry) || !entry.endsWith('.md'))) continue
      const names = folder ? fs.readdirSync(full).filter((name) => name.endsWith('.md')) : [entry, ...related]
      const base = folder ? full : dir
      const files: Record<string, string> = {}
      const plans: string[] = []
      for (const name of names) {
        const source = fs.readFileSync(path.join(base, name), 'utf8')
        if (relatedDocument.test(name)) files[name] = source
        else {
          files[name] = parseMarkers(source).text
          plans.push(name)
        }
      }
      cases.push({preset, name: `${preset}/invalid/${entry}`, files, plans})
    }
  }
  return cases
}

function projectWith(files: Record<string, string>): TempProject {
  const project = tempProject()
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(project.path(name), content)
  return project
}

function leftovers(project: TempProject, folder = '.'): string[] {
  return fs.readdirSync(project.path(folder)).filter((name) => name.includes('.plan-lint-'))
}

const cases = invalidFixtures()
const exercised = new Set<string>()

describe.concurrent('--fix on every invalid fixture', () => {
  it.for(cases.map((entry) => [entry.name, entry] as const))('%s', async ([, entry], {expect}) => {
    const project = projectWith(entry.files)
    const expected = new Map<string, string>()
    for (const plan of entry.plans) {
      const result = await expectedFix(expect, project.path(plan), entry.files[plan] as string, entry.preset, project.root)
      expected.set(plan, result.text)
      for (const rule of result.rules) exercised.add(rule)
    }

    const args = ['--fix', '--preset', entry.preset, '--format', 'json', ...entry.plans]
    const first = await runCli(args, project.root)
    expect(first.stderr).toBe('')
    const report = parseReport(first.stdout)
    expect(first.code).toBe(report.summary.errors > 0 ? 1 : 0)
    for (const plan of entry.plans) {
      // Byte for byte: everything outside the edits is as it was.
      expect(fs.readFileSync(project.path(plan)).equals(Buffer.from(expected.get(plan) as string))).toBe(true)
      // The report is the lint of the fixed file, and nothing in it still carries a fix.
      const fixed = expected.get(plan) as string
      const remaining = await lintText(project.path(plan), fixed, entry.preset, project.root)
      expect(fixesOf(remaining, fixed)).toEqual([])
      const reported = (report.files.find((file) => file.path === plan)?.messages ?? []).map(
        (message) => `${message.line}:${message.column} ${message.ruleId}`
      )
      expect(reported.sort()).toEqual(remaining.map((message) => `${message.line}:${message.column} ${message.ruleId}`).sort())
    }
    expect(leftovers(project)).toEqual([])

    // A second run changes nothing: same bytes, same mtime, same report.
    const before = entry.plans.map((plan) => [fs.readFileSync(project.path(plan)), fs.statSync(project.path(plan)).mtimeMs] as const)
    const second = await runCli(args, project.root)
    expect(second.code).toBe(first.code)
    expect(second.stdout).toBe(first.stdout)
    entry.plans.forEach((plan, index) => {
      const [bytes, mtime] = before[index] as (typeof before)[number]
      expect(fs.readFileSync(project.path(plan)).equals(bytes)).toBe(true)
      expect(fs.statSync(project.path(plan)).mtimeMs).toBe(mtime)
    })
  })

  it.sequential('exercise the fixes of the fixable rules', () => {
    for (const rule of ['plan-no-placeholders', 'plan-no-option-labels', 'plan-required-sections', 'plan-section-order']) {
      if (!exercised.has(rule)) throw new Error(`no invalid fixture exercises the fix of \`${rule}\``)
    }
  })
})

/** A spec-kit plan with one fix of each kind, and what `--fix` leaves of it. */
const fixablePlan = `# Implementation Plan: Rate Limits

**Branch**: \`021-search-rate-limits\` | **Date**: 2026-02-09 | **Spec**: [spec.md](./spec.md)

## Summary

Each API key gets a token bucket kept in Redis; requests over the budget get a 429.

## Technical Context

<!-- ACTION REQUIRED: Replace the content in this section. -->
<!-- ACTION REQUIRED: Keep the field names. -->

**Language/Version**: Kotlin 2.0 on the JVM 21

# Constitution Check

- **Fail open on infrastructure errors**: the limiter lets requests through when Redis is down. PASS

## Project Structure

### Documentation (this feature)

<!--
  ACTION REQUIRED: list the documents this feature generates.
-->

### Source Code (repository root)

\`\`\`text
# [REMOVE IF UNUSED] Option 1: Single project (DEFAULT)
search-api/
└── src/main/kotlin/ratelimit/
\`\`\`

**Structure Decision**: one new package inside the search service.
`

const fixedPlan = `# Implementation Plan: Rate Limits

**Branch**: \`021-search-rate-limits\` | **Date**: 2026-02-09 | **Spec**: [spec.md](./spec.md)

## Summary

Each API key gets a token bucket kept in Redis; requests over the budget get a 429.

## Technical Context

**Language/Version**: Kotlin 2.0 on the JVM 21

## Constitution Check

- **Fail open on infrastructure errors**: the limiter lets requests through when Redis is down. PASS

## Project Structure

### Source Code (repository root)

\`\`\`text
search-api/
└── src/main/kotlin/ratelimit/
\`\`\`

**Structure Decision**: one new package inside the search service.
`

const crlf = (text: string) => text.replace(/\n/g, '\r\n')

describe.concurrent('--fix', () => {
  it('removes whole lines without leaving blank ones, re-levels headings, over several passes', async ({expect}) => {
    const project = tempProject({'plan.md': fixablePlan})
    const result = await runCli(['--fix', 'plan.md'], project.root)
    expect(result.stderr).toBe('')
    expect(project.read('plan.md')).toBe(fixedPlan)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('plan.md: no issues found\n')
  })

  it('keeps CRLF line endings', async ({expect}) => {
    const project = tempProject({'plan.md': crlf(fixablePlan)})
    const result = await runCli(['--fix', 'plan.md'], project.root)
    expect(result.stderr).toBe('')
    const bytes = fs.readFileSync(project.path('plan.md'))
    expect(bytes.equals(Buffer.from(crlf(fixedPlan)))).toBe(true)
    expect(bytes.toString('utf8')).not.toMatch(/[^\r]\n/)
  })

  it('keeps a byte order mark', async ({expect}) => {
    const project = tempProject({'plan.md': `\uFEFF${fixablePlan}`})
    const result = await runCli(['--fix', 'plan.md'], project.root)
    expect(result.stderr).toBe('')
    const bytes = fs.readFileSync(project.path('plan.md'))
    expect(bytes.equals(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixedPlan)]))).toBe(true)
  })

  it('refuses a file that is not valid UTF-8 with one warning, and leaves it alone', async ({expect}) => {
    const project = tempProject({'plan.md': ''})
    const bytes = Buffer.concat([Buffer.from(fixablePlan), Buffer.from([0x4c, 0x61, 0x74, 0x69, 0x6e, 0x31, 0x3a, 0x20, 0xe9, 0x0a])])
    fs.writeFileSync(project.path('plan.md'), bytes)
    const old = new Date('2020-01-01T00:00:00Z')
    fs.utimesSync(project.path('plan.md'), old, old)
    const plain = await runCli(['--format', 'json', 'plan.md'], project.root)
    const fixing = await runCli(['--fix', '--format', 'json', 'plan.md'], project.root)
    expect(linesOf(fixing.stderr)).toEqual(['plan-lint: `plan.md` is not valid UTF-8; not fixed'])
    expect(fixing.code).toBe(plain.code)
    expect(fixing.stdout).toBe(plain.stdout)
    expect(fs.readFileSync(project.path('plan.md')).equals(bytes)).toBe(true)
    expect(fs.statSync(project.path('plan.md')).mtimeMs).toBe(old.getTime())
  })

  it('keeps the file mode', async ({expect}) => {
    const project = tempProject({'plan.md': fixablePlan})
    fs.chmodSync(project.path('plan.md'), 0o640)
    await runCli(['--fix', 'plan.md'], project.root)
    expect(project.read('plan.md')).toBe(fixedPlan)
    expect(fs.statSync(project.path('plan.md')).mode & 0o777).toBe(0o640)
  })

  it('writes the file a symlink inside the project points to, and keeps the link', async ({expect}) => {
    const project = tempProject({'docs/plan.md': fixablePlan}).symlink('plan.md', path.join('docs', 'plan.md'))
    const result = await runCli(['--fix', 'plan.md'], project.root)
    expect(result.stderr).toBe('')
    expect(fs.lstatSync(project.path('plan.md')).isSymbolicLink()).toBe(true)
    expect(fs.readlinkSync(project.path('plan.md'))).toBe(path.join('docs', 'plan.md'))
    expect(project.read('docs/plan.md')).toBe(fixedPlan)
    expect(leftovers(project, 'docs')).toEqual([])
  })

  it('fixes a file reached both directly and through a symlink once', async ({expect}) => {
    const project = tempProject({'docs/plan.md': fixablePlan}).symlink('plan.md', path.join('docs', 'plan.md'))
    const result = await runCli(['--fix', '.'], project.root)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(project.read('docs/plan.md')).toBe(fixedPlan)
  })

  it('does not write through a symlink to a file outside the project: one line, exit 2, the report still printed', async ({expect}) => {
    const outside = tempProject({'plan.md': fixablePlan})
    const project = tempProject({'spec.md': '# Spec\n'}).symlink('plan.md', outside.path('plan.md'))
    const result = await runCli(['--fix', '--format', 'json', 'plan.md'], project.root)
    expect(result.code).toBe(2)
    expect(linesOf(result.stderr)).toEqual([
      `plan-lint: \`plan.md\` links to \`${fs.realpathSync(outside.path('plan.md'))}\`, outside the project root; not written`
    ])
    const report: JsonReport = parseReport(result.stdout)
    expect(report.files.map((file) => file.path)).toEqual(['plan.md'])
    expect(outside.read('plan.md')).toBe(fixablePlan)
  })

  it('leaves a file with nothing to fix untouched, mtime included', async ({expect}) => {
    const project = tempProject({'plan.md': cleanPlan.replace('2026-02-09', '[DATE]')})
    const old = new Date('2020-01-01T00:00:00Z')
    fs.utimesSync(project.path('plan.md'), old, old)
    const result = await runCli(['--fix', 'plan.md'], project.root)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('[DATE]')
    expect(project.read('plan.md')).toBe(cleanPlan.replace('2026-02-09', '[DATE]'))
    expect(fs.statSync(project.path('plan.md')).mtimeMs).toBe(old.getTime())
  })

  it('leaves option labels while a block still holds several options, so that finding stays', async ({expect}) => {
    const project = tempProject({'plan.md': debrisPlan})
    const result = await runCli(['--fix', '--format', 'json', 'plan.md'], project.root)
    const text = project.read('plan.md')
    expect(text).not.toContain('ACTION REQUIRED')
    expect(text).toContain('# [REMOVE IF UNUSED] Option 1')
    expect(text).toContain('# [REMOVE IF UNUSED] Option 2')
    const messages = parseReport(result.stdout).files[0]?.messages ?? []
    expect(messages.map((message) => message.message)).toContainEqual(expect.stringContaining('2 template options left in one block'))
  })

  it('does not remove an empty section when that would take a separator or a comment no rule flagged', async ({expect}) => {
    const documentation = '### Documentation (this feature)\n\n'
    const withDirective = fixedPlan.replace('### Source Code', `${documentation}<!-- lint disable plan-no-placeholders -->\n\n### Source Code`)
    const withBreak = fixedPlan.replace('### Source Code', `${documentation}---\n\n### Source Code`)
    const bare = fixedPlan.replace('### Source Code', `${documentation}### Source Code`)
    const project = tempProject({'a/plan.md': withDirective, 'b/plan.md': withBreak, 'c/plan.md': bare})
    const result = await runCli(['--fix', '--format', 'json', 'a/plan.md', 'b/plan.md', 'c/plan.md'], project.root)
    expect(result.stderr).toBe('')
    expect(project.read('a/plan.md')).toBe(withDirective)
    expect(project.read('b/plan.md')).toBe(withBreak)
    expect(project.read('c/plan.md')).toBe(fixedPlan)
    const counts = parseReport(result.stdout).files.map((file) => file.messages.length)
    expect(counts).toEqual([1, 1, 0])
  })

  it.for(['stylish', 'json', 'sarif', 'github'])('works with --format %s', async (format, {expect}) => {
    const project = tempProject({'plan.md': debrisPlan})
    const result = await runCli(['--fix', '--format', format, 'plan.md'], project.root)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    expect(project.read('plan.md')).not.toContain('ACTION REQUIRED')
    expect(result.stdout).not.toContain('ACTION REQUIRED')
    expect(result.stdout).toContain('[DATE]')
  })
})

describe('fixFiles', () => {
  async function lintFile(file: VFile): Promise<VFile> {
    const processor = unified()
      .use(remarkParse)
      .use(remarkPlanLint as unknown as Plugin<[{preset: string}]>, {preset: 'spec-kit'})
    if (file.value === undefined) file.value = fs.readFileSync(file.path, 'utf8')
    await processor.run(processor.parse(file), file)
    return file
  }

  async function fix(project: TempProject, readCurrent: (file: string) => Promise<Uint8Array>) {
    const file = project.path('plan.md')
    const linted = await lintFile(new VFile({path: file, cwd: project.root}))
    const stderr: string[] = []
    const result = await fixFiles([linted], {
      cwd: project.root,
      lint: (files) => Promise.all(files.map(lintFile)),
      stderr: (text) => stderr.push(text),
      readCurrent
    })
    return {outcome: result.outcomes.get(file), failed: result.failed, stderr}
  }

  it('refuses a file that changed while it was being fixed, and keeps the new content', async ({expect}) => {
    const project = tempProject({'plan.md': fixablePlan})
    const edited = `${fixablePlan}\nA line someone added meanwhile.\n`
    const result = await fix(project, async (file) => {
      fs.writeFileSync(file, edited)
      return fs.readFileSync(file)
    })
    expect(result).toEqual({
      outcome: 'changed',
      failed: true,
      stderr: ['plan-lint: `plan.md` changed while it was being fixed; not written\n']
    })
    expect(project.read('plan.md')).toBe(edited)
    expect(leftovers(project)).toEqual([])
  })

  it('reports a failure to write in one line and leaves no temporary file', async ({expect}) => {
    const project = tempProject({'plan.md': fixablePlan})
    const result = await fix(project, async () => {
      throw Object.assign(new Error('EIO: i/o error, read'), {code: 'EIO'})
    })
    expect(result).toEqual({outcome: 'write-failed', failed: true, stderr: ['plan-lint: cannot write `plan.md`: EIO\n']})
    expect(project.read('plan.md')).toBe(fixablePlan)
    expect(leftovers(project)).toEqual([])
  })

  it('writes when the file is as it was read', async ({expect}) => {
    const project = tempProject({'plan.md': fixablePlan})
    const result = await fix(project, (file) => fs.promises.readFile(file))
    expect(result).toEqual({outcome: 'written', failed: false, stderr: []})
    expect(project.read('plan.md')).toBe(fixedPlan)
  })
})
