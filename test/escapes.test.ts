/**
 * No escapes: what plan-lint does with hostile links, paths and names, in
 * one place. SECURITY.md says the same in prose.
 *
 * - Links in a plan (the spec, research notes) never make plan-lint read
 *   outside the project root, whatever their spelling, and never through a
 *   symlink; a named pipe or a device is never opened.
 * - `--fix` and `init --from-template` never write through a symlink that
 *   leads out of the project.
 * - The SARIF and GitHub reports and the Action's job summary quote
 *   document-derived text so that it cannot break out of its field.
 *
 * Cases tested elsewhere, with the full behaviour: a `../` link to a named
 * pipe outside the root and a symlinked spec (traceability.test.ts); `--fix`
 * and a symlinked file outside the project, atomic writes and a file that
 * changes while it is fixed (fix.test.ts); `#`, `%` and spaces in SARIF
 * URIs, and workflow commands in plan text and in a rule's message
 * (reporters.test.ts); table-breaking plan text in the job summary
 * (action.test.ts).
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {relatedDocumentStats} from '@plan-lint/core'
import type {Log} from 'sarif'
import {afterAll, describe, expect, it} from 'vitest'
import {runAction} from '../packages/cli/dist/action.js'
import {linesOf, parseReport, runCli} from './helpers/cli.js'
import {runInProcess} from './helpers/in-process.js'
import {cleanPlan, debrisPlan} from './helpers/plans.js'
import {removeTempProjects, tempProject, type TempProject} from './helpers/project.js'

afterAll(removeTempProjects)

const outsideRoot = 'to a file outside the project root, expected a path inside the project (the file was not read)'

/**
 * A project root (it has `.git`) inside a folder that also holds files
 * outside the project: `<base>/project/docs/plan.md`, whose `Spec` field is
 * the given value, and `<base>/outside/secret.md`.
 */
function projectWithSpec(spec: string): {project: TempProject; root: string; outside: string} {
  const base = tempProject()
  const root = base.path('project')
  const outside = base.path('outside')
  fs.mkdirSync(path.join(root, '.git'), {recursive: true})
  fs.mkdirSync(path.join(root, 'docs'))
  fs.mkdirSync(outside)
  fs.writeFileSync(path.join(outside, 'secret.md'), '# Not part of the project\n')
  const plan = cleanPlan.replace('**Spec**: [spec.md](./spec.md)', `**Spec**: ${spec}`)
  expect(plan).not.toBe(cleanPlan)
  fs.writeFileSync(path.join(root, 'docs', 'plan.md'), plan)
  return {project: base, root, outside}
}

/** Lint `docs/plan.md` in-process; the messages and the documents read meanwhile. */
async function lintPlan(root: string): Promise<{code: number; messages: string[]; reads: string[]}> {
  const before = relatedDocumentStats.reads.length
  const {code, output} = await runInProcess(['--format', 'json', 'docs/plan.md'], root)
  const messages = parseReport(output).files[0]?.messages.map((message) => message.message) ?? []
  return {code, messages, reads: relatedDocumentStats.reads.slice(before)}
}

function expectNothingReadOutside(reads: string[], root: string): void {
  const real = fs.realpathSync(root)
  for (const read of reads) expect(read.startsWith(real + path.sep), read).toBe(true)
}

describe('links in a plan never lead outside the project root', () => {
  const spellings: Array<[string, string]> = [
    ['[spec](../../etc/passwd)', '../../etc/passwd'],
    ['/etc/passwd', '/etc/passwd'],
    ['[spec](/etc/passwd)', '/etc/passwd'],
    ['[spec](file:///etc/passwd)', '/etc/passwd'],
    ['`file:///etc/passwd`', '/etc/passwd'],
    ['[spec](<../../etc/passwd>)', '../../etc/passwd'],
    // Percent-encoded dots and slashes are decoded before the root check, not after.
    ['[spec](%2e%2e/%2e%2e/etc/passwd)', '../../etc/passwd'],
    ['[spec](..%2F..%2Fetc%2Fpasswd)', '../../etc/passwd'],
    ['[spec](../../outside/secret.md#summary)', '../../outside/secret.md'],
    ['[spec](/dev/zero)', '/dev/zero']
  ]
  for (const [value, target] of spellings) {
    it(`\`${value}\` is reported and not read`, async () => {
      const {root} = projectWithSpec(value)
      const {code, messages, reads} = await lintPlan(root)
      expect(code).toBe(1)
      expect(messages).toContain(`Unexpected link \`${target}\` in \`Spec\` ${outsideRoot}`)
      expectNothingReadOutside(reads, root)
    })
  }

  it('a symlinked spec and a symlinked folder that lead out are not followed', async () => {
    const file = projectWithSpec('[spec](./spec.md)')
    fs.symlinkSync(path.join(file.outside, 'secret.md'), path.join(file.root, 'docs', 'spec.md'))
    const folder = projectWithSpec('[spec](./shared/secret.md)')
    fs.symlinkSync(folder.outside, path.join(folder.root, 'docs', 'shared'))
    for (const [{root}, target] of [
      [file, './spec.md'],
      [folder, './shared/secret.md']
    ] as const) {
      const {messages, reads} = await lintPlan(root)
      expect(messages).toContain(`Unexpected link \`${target}\` in \`Spec\` ${outsideRoot}`)
      expectNothingReadOutside(reads, root)
    }
  })

  it('a symlink to a device is not followed', async () => {
    const {root} = projectWithSpec('[spec](./spec.md)')
    fs.symlinkSync('/dev/zero', path.join(root, 'docs', 'spec.md'))
    const {messages, reads} = await lintPlan(root)
    expect(messages).toContain(`Unexpected link \`./spec.md\` in \`Spec\` ${outsideRoot}`)
    expect(reads).toEqual([])
  })

  // In a child process: opening a named pipe for reading blocks until a
  // writer comes, so a run that opened one would never finish (the helper
  // kills it after 20 seconds).
  it('a named pipe inside the root, linked or reached through a symlink, is never opened', async () => {
    const {root} = projectWithSpec('[spec](./pipe.md)')
    execFileSync('mkfifo', [path.join(root, 'docs', 'pipe.md')])
    fs.symlinkSync('pipe.md', path.join(root, 'docs', 'spec.md'))
    fs.writeFileSync(
      path.join(root, 'docs', 'other-plan.md'),
      fs.readFileSync(path.join(root, 'docs', 'plan.md'), 'utf8').replace('[spec](./pipe.md)', '[spec](./spec.md)')
    )
    const result = await runCli(['--format', 'json', 'docs/plan.md', 'docs/other-plan.md'], root)
    expect(result.code, result.stderr).toBe(1)
    const messages = parseReport(result.stdout).files.flatMap((file) => file.messages.map((message) => message.message))
    expect(messages).toContain('Unexpected link `./pipe.md` in `Spec` to something that is not a file, expected a Markdown file')
    expect(messages).toContain('Unexpected link `./spec.md` in `Spec` to something that is not a file, expected a Markdown file')
  })

  it('a very long link value is no link: nothing is resolved or read, and the run stays quick', async () => {
    for (const value of [`[spec](${'a/'.repeat(50_000)}spec.md)`, `${'../'.repeat(50_000)}etc/passwd`, `[spec](${'%2e%2e/'.repeat(20_000)}etc/passwd)`]) {
      const {root} = projectWithSpec(value)
      const started = performance.now()
      const {messages, reads} = await lintPlan(root)
      expect(performance.now() - started).toBeLessThan(10_000)
      expect(messages.filter((message) => message.startsWith('Unexpected link'))).toEqual([])
      expect(reads).toEqual([])
    }
  })
})

describe('--fix never writes through a symlink out of the project', () => {
  it('refuses a plan in a symlinked folder that leads out, and leaves no temporary file there', async () => {
    const project = tempProject({'.git/HEAD': ''})
    const outside = tempProject()
    outside.write('shared/plan.md', debrisPlan)
    project.symlink('docs', outside.path('shared'))
    const result = await runCli(['--fix', 'docs/plan.md'], project.root)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('`docs/plan.md` links to')
    expect(result.stderr).toContain('outside the project root; not written')
    expect(outside.read('shared/plan.md')).toBe(debrisPlan)
    expect(fs.readdirSync(outside.path('shared')).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})

describe('init --from-template writes where it is told, never through a symlinked output file', () => {
  const template = '# Implementation Plan: [FEATURE]\n\n## Summary\n\n[One paragraph]\n\n## Testing\n\n[e.g., pytest]\n'

  it('writes to an explicit path outside the working folder: the command is the user’s own', async () => {
    const project = tempProject({'template.md': template})
    const result = await runCli(['init', '--from-template', 'template.md', '--output', '../elsewhere/.remarkrc.mjs'], project.path('.'))
    expect(result.code, result.stderr).toBe(0)
    expect(fs.readFileSync(path.join(path.dirname(project.root), 'elsewhere', '.remarkrc.mjs'), 'utf8')).toContain('templatePreset')
    fs.rmSync(path.join(path.dirname(project.root), 'elsewhere'), {recursive: true, force: true})
  })

  it('does not write through an output file that is a symlink, with or without --force', async () => {
    const project = tempProject({'template.md': template})
    const outside = tempProject({'shared.mjs': 'export default {}\n'})
    project.symlink('.remarkrc.mjs', outside.path('shared.mjs'))
    project.symlink('dangling.mjs', outside.path('missing.mjs'))

    const kept = await runCli(['init', '--from-template', 'template.md'], project.root)
    expect(kept.code).toBe(2)
    expect(kept.stderr).toBe('plan-lint: `.remarkrc.mjs` already exists, expected `--force` to overwrite it\n')
    const dangling = await runCli(['init', '--from-template', 'template.md', '--output', 'dangling.mjs'], project.root)
    expect(dangling.code).toBe(2)
    expect(outside.exists('missing.mjs')).toBe(false)

    // `--force` replaces the link itself with the new config.
    const forced = await runCli(['init', '--from-template', 'template.md', '--force'], project.root)
    expect(forced.code, forced.stderr).toBe(0)
    expect(fs.lstatSync(project.path('.remarkrc.mjs')).isSymbolicLink()).toBe(false)
    expect(project.read('.remarkrc.mjs')).toContain('templatePreset')
    expect(outside.read('shared.mjs')).toBe('export default {}\n')
  })
})

describe('reports quote hostile file names', () => {
  // A folder name with every character that matters to a URI or a workflow
  // command, and one that starts with two dots without being `..`.
  const hostile = 'specs/..odd 100%41,x:y\nz #1?/plan.md'
  const dotted = '..notes/plan.md'
  const plan = cleanPlan.replace('**Testing**: JUnit 5 with Testcontainers for Redis', '**Testing**: [e.g., pytest or NEEDS CLARIFICATION]')

  it('SARIF: each uri is repository-relative, percent-encoded, and decodes back to the name', async () => {
    const project = tempProject({[hostile]: plan, [dotted]: plan})
    const result = await runCli(['--format', 'sarif', hostile, dotted], project.root)
    expect(result.code, result.stderr).toBe(1)
    const log = JSON.parse(result.stdout) as Log
    const locations = (log.runs[0]?.results ?? []).map((entry) => entry.locations?.[0]?.physicalLocation?.artifactLocation)
    const uris = new Set(locations.map((location) => location?.uri ?? ''))
    expect([...uris].sort()).toEqual(['..notes/plan.md', 'specs/..odd%20100%2541%2Cx%3Ay%0Az%20%231%3F/plan.md'])
    for (const location of locations) expect(location?.uriBaseId).toBe('%SRCROOT%')
    for (const uri of uris) {
      expect(uri.split('/').map(decodeURIComponent).join('/')).toMatch(/^(?:specs\/\.\.odd 100%41,x:y\nz #1\?|\.\.notes)\/plan\.md$/)
      expect(uri).toMatch(/^[A-Za-z0-9\-._~!$&'()*+=@/%]+$/)
    }
  })

  it('GitHub: every finding is one command line whose `file` reads back as the name', async () => {
    const project = tempProject({[hostile]: plan})
    const result = await runCli(['--format', 'github', hostile], project.root)
    expect(result.code, result.stderr).toBe(1)
    const lines = linesOf(result.stdout)
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) {
      const match = /^::(?:error|warning|notice) file=([^,:]*),line=\d+/.exec(line)
      expect(match, line).not.toBeNull()
      const file = (match?.[1] ?? '').replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => String.fromCharCode(Number.parseInt(code, 16)))
      expect(file).toBe(hostile)
    }
  })
})

describe('the Action’s job summary', () => {
  /** Run the action in-process on a push (no git history needed) over a project; the summary it writes. */
  async function summaryOf(project: TempProject): Promise<string> {
    const summary = project.path('summary.md')
    fs.writeFileSync(summary, '')
    const inputs = {paths: '', preset: '', 'only-changed': 'auto', 'fail-level': 'error', 'max-warnings': '-1', sarif: '', 'working-directory': '.'}
    const env: Record<string, string> = {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_WORKSPACE: project.root,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_REPOSITORY: 'acme/plans',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567'
    }
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
    await runAction({env, cwd: project.root, stdout: () => undefined, stderr: () => undefined})
    return fs.readFileSync(summary, 'utf8')
  }

  // A rule whose message carries the worst a plan could put there.
  const hostileRule = `export default {
  plugins: [
    function hostile() {
      return (tree, file) => {
        file.message('a | b <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>\\n## Heading\\r\\n**bold** \`code | <b>\`', {
          place: {line: 1, column: 1},
          ruleId: 'hostile',
          source: 'local'
        })
      }
    }
  ]
}
`

  it('keeps message text in its table cell, as text: no HTML, no link, no new line or heading', async () => {
    const project = tempProject({'.remarkrc.mjs': hostileRule, 'specs/001-x/plan.md': cleanPlan})
    const text = await summaryOf(project)
    const row = linesOf(text).find((line) => line.includes('| hostile |')) ?? ''
    expect(row.split(/(?<!\\)\|/).slice(1, -1)).toHaveLength(4)
    expect(row).toContain(
      'a \\| b &lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;<br>## Heading<br>\\*\\*bold\\*\\* <code>code \\| &lt;b&gt;</code>'
    )
    expect(text).not.toMatch(/<(?:script|img|b)\b/)
    expect(text).not.toMatch(/^## Heading/m)
  })

  // A file name with a line break stays on its `### <code>...</code>` heading
  // line, and a lone carriage return in a message stays in its table row.
  it('keeps a file name with a line break on its heading line', async () => {
    const project = tempProject({'specs/x\n## Injected/plan.md': cleanPlan.replace('Kotlin 2.0', '[e.g., Kotlin]')})
    const text = await summaryOf(project)
    expect(text).toContain('x')
    expect(text).not.toMatch(/^## Injected/m)
  })

  it('keeps a message with a lone carriage return on its table row', async () => {
    const project = tempProject({
      '.remarkrc.mjs': hostileRule.replace('\\n## Heading\\r\\n', '\\r## Heading\\r'),
      'specs/001-x/plan.md': cleanPlan
    })
    const text = await summaryOf(project)
    expect(text).not.toContain('\r')
  })
})
