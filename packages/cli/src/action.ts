/**
 * The GitHub Action (`action.yml`, run from the committed `bundle/action.mjs`):
 * lints the plans a pull request changes (or all of them) through the CLI,
 * annotates the findings on the lines the pull request changes, lists every
 * finding in the job summary, sets the step's outputs and can write SARIF.
 *
 * It reads the runner's environment itself (`INPUT_*`, `GITHUB_*`) rather
 * than through @actions/* packages, and it lints through `run`, so a run in
 * the action behaves like `plan-lint` on the command line: same discovery,
 * configuration and presets.
 */
import {execFile} from 'node:child_process'
import {randomUUID} from 'node:crypto'
import {appendFile, mkdir, readFile, realpath, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {promisify} from 'node:util'
import {rules} from '@plan-lint/rules'
import {run} from './cli.js'
import {discoverFiles, isPlanFileName, UsageError} from './discover.js'
import type {JsonMessage, JsonReport} from './report.js'
import {githubCommand, type GithubLevel, type GithubProperties} from './reporters/github.js'
import {sarifReport} from './reporters/sarif.js'

export interface ActionIo {
  env: Record<string, string | undefined>
  /** Where the runner started the step; used when `GITHUB_WORKSPACE` is not set. */
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
}

type FailLevel = 'error' | 'warning' | 'none'

interface Inputs {
  paths: string[]
  preset: string | undefined
  onlyChanged: boolean | 'auto'
  failLevel: FailLevel
  /** -1: no limit. */
  maxWarnings: number
  sarif: string | undefined
  workingDirectory: string
}

/** A problem with the inputs or the environment, not with the plans. */
class ActionError extends Error {
  override name = 'ActionError'
}

/** GitHub shows this many annotations of each level per step and drops the rest. */
const annotationsShown = 10
/** GitHub refuses a step summary over 1 MiB; the rest of ours must fit in what is left. */
const summaryBudget = 1024 * 1024 - 16 * 1024
const markdownExtensions = new Set(['.md', '.markdown'])
const ruleUrls = new Map(rules.map((rule) => [rule.meta.id, rule.meta.url]))

/** An input as the runner passes it: `INPUT_` + the name upper-cased, spaces as `_`, dashes kept. */
function input(env: ActionIo['env'], name: string): string {
  return (env[`INPUT_${name.replaceAll(' ', '_').toUpperCase()}`] ?? '').trim()
}

function readInputs(env: ActionIo['env']): Inputs {
  const paths = input(env, 'paths')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
  const preset = input(env, 'preset')
  const onlyChanged = input(env, 'only-changed') || 'auto'
  if (!['auto', 'true', 'false'].includes(onlyChanged.toLowerCase())) {
    throw new ActionError(`Invalid \`only-changed\` value \`${onlyChanged}\`, expected \`auto\`, \`true\` or \`false\``)
  }
  const failLevel = (input(env, 'fail-level') || 'error').toLowerCase()
  if (failLevel !== 'error' && failLevel !== 'warning' && failLevel !== 'none') {
    throw new ActionError(`Invalid \`fail-level\` value \`${failLevel}\`, expected \`error\`, \`warning\` or \`none\``)
  }
  const maxWarnings = input(env, 'max-warnings') || '-1'
  if (!/^(-1|\d+)$/.test(maxWarnings) || !Number.isSafeInteger(Number(maxWarnings))) {
    throw new ActionError(`Invalid \`max-warnings\` value \`${maxWarnings}\`, expected a whole number, or -1 for no limit`)
  }
  const sarif = input(env, 'sarif')
  const lowerOnlyChanged = onlyChanged.toLowerCase()
  return {
    paths,
    // `auto` leaves the choice to the CLI: a configuration file, else detection per file.
    preset: preset === '' || preset === 'auto' ? undefined : preset,
    onlyChanged: lowerOnlyChanged === 'auto' ? 'auto' : lowerOnlyChanged === 'true',
    failLevel,
    maxWarnings: Number(maxWarnings),
    sarif: sarif === '' ? undefined : sarif,
    workingDirectory: input(env, 'working-directory') || '.'
  }
}

interface PullRequest {
  base: string
}

async function pullRequestOf(env: ActionIo['env']): Promise<PullRequest | undefined> {
  const event = env.GITHUB_EVENT_NAME
  if (event !== 'pull_request' && event !== 'pull_request_target') return undefined
  if (!env.GITHUB_EVENT_PATH) return undefined
  let payload: {pull_request?: {base?: {sha?: unknown}}}
  try {
    payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as typeof payload
  } catch (error) {
    throw new ActionError(`Cannot read the event payload \`${env.GITHUB_EVENT_PATH}\`: ${(error as Error).message.split('\n')[0]}`)
  }
  const base = payload.pull_request?.base?.sha
  return typeof base === 'string' && /^[0-9a-f]{7,64}$/i.test(base) ? {base} : undefined
}

const execFileAsync = promisify(execFile)

async function git(args: string[], cwd: string): Promise<string> {
  const {stdout} = await execFileAsync('git', args, {cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024})
  return stdout
}

/** Line ranges (first, last; 1-based, inclusive) per repository-relative path. */
type ChangedLines = Map<string, Array<[number, number]>>

interface Diff {
  /** The repository's top folder: paths in the diff are relative to it. */
  root: string
  changed: ChangedLines
}

/** `"a\tb"` as git quotes unusual path names, back to the name. */
function unquote(name: string): string {
  if (!name.startsWith('"')) return name
  const bytes: number[] = []
  const escapes: Record<string, number> = {a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92}
  for (let index = 1; index < name.length - 1; index++) {
    const char = name[index] as string
    if (char !== '\\') {
      bytes.push(...Buffer.from(char))
      continue
    }
    const next = name[index + 1] as string
    if (/[0-7]/.test(next)) {
      bytes.push(Number.parseInt(name.slice(index + 1, index + 4), 8))
      index += 3
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0))
      index += 1
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

function parseHunks(diff: string): ChangedLines {
  const changed: ChangedLines = new Map()
  let current: Array<[number, number]> | undefined
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = unquote(line.slice(4))
      current = name.startsWith('b/') ? [] : undefined
      if (current) changed.set(name.slice(2), current)
    } else if (line.startsWith('@@ ') && current) {
      const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line)
      if (!match) continue
      const start = Number(match[1])
      const count = match[2] === undefined ? 1 : Number(match[2])
      if (count > 0) current.push([start, start + count - 1])
    }
  }
  return changed
}

/**
 * What the pull request changes in the checked-out tree: the files (added,
 * copied, modified, renamed) and their new lines, from git against the base
 * commit. A shallow checkout gets the base commit fetched; when that fails
 * the reason comes back instead, and the action lints everything.
 */
async function pullRequestDiff(base: string, cwd: string): Promise<Diff | string> {
  let root: string
  try {
    root = (await git(['rev-parse', '--show-toplevel'], cwd)).trim()
  } catch {
    return `\`${cwd}\` is not a git checkout, so the changed files are not known`
  }
  const short = base.slice(0, 7)
  const present = () => git(['cat-file', '-e', `${base}^{commit}`], root).then(() => true, () => false)
  if (!(await present())) {
    await git(['fetch', '--no-tags', '--depth=1', 'origin', base], root).catch(() => undefined)
    if (!(await present())) {
      return `The base commit \`${short}\` is not in the checkout and could not be fetched, so the changed files are not known (check out with \`fetch-depth: 0\`)`
    }
  }
  const options = ['-c', 'core.quotePath=false', 'diff', '--no-color', '--no-ext-diff', '--src-prefix=a/', '--dst-prefix=b/', '--diff-filter=ACMR']
  // Three dots: what the branch changes since it left the base. A shallow
  // history may not reach the merge base; then the trees are compared, which
  // for the merge commit `actions/checkout` makes is the same thing.
  for (const range of [[`${base}...HEAD`], [base, 'HEAD']]) {
    try {
      const names = (await git([...options, '--name-only', '-z', ...range], root)).split('\0').filter((name) => name !== '')
      const changed = parseHunks(await git([...options, '-U0', ...range], root))
      // A rename without edits has no hunk; it is still a changed file.
      for (const name of names) if (!changed.has(name)) changed.set(name, [])
      return {root, changed}
    } catch {
      // Try the next comparison.
    }
  }
  return `git cannot compare the checkout with the base commit \`${short}\`, so the changed files are not known`
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}

/** The files to lint when only the pull request's changes are linted, relative to `cwd`. */
async function changedTargets(diff: Diff, inputs: Inputs, cwd: string): Promise<string[]> {
  const candidates = [...diff.changed.keys()]
    .map((name) => path.join(diff.root, name))
    .filter((file) => markdownExtensions.has(path.extname(file).toLowerCase()))
    .filter((file) => {
      const relative = path.relative(cwd, file)
      return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
    })
  let selected: string[]
  if (inputs.paths.length > 0) {
    // Only what the CLI would lint for these paths, narrowed to the changes.
    const named = new Set(await discoverFiles(inputs.paths, cwd))
    selected = candidates.filter((file) => named.has(file))
  } else {
    // The CLI's own discovery: plan files, outside node_modules.
    selected = candidates.filter(
      (file) => isPlanFileName(path.basename(file)) && !path.relative(cwd, file).split(path.sep).includes('node_modules')
    )
  }
  return selected.map((file) => path.relative(cwd, file)).sort()
}

interface CliRun {
  code: number
  stdout: string
  stderr: string
}

async function cli(args: string[], cwd: string): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await run(args, {
    cwd,
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    color: false
  })
  return {code, stdout, stderr}
}

/** The CLI's usage, configuration or I/O failure (exit 2) as an action error. */
function failureOf(result: CliRun): ActionError {
  const reason = result.stderr.trim().split('\n').at(-1)?.replace(/^plan-lint: /, '') || `plan-lint exited with ${result.code}`
  return new ActionError(reason)
}

const levels: Record<JsonMessage['severity'], GithubLevel> = {error: 'error', warning: 'warning', info: 'notice'}

/** Where an annotation goes: columns only on a one-line span (GitHub rejects them otherwise), `endColumn` inclusive. */
function spanOf(message: JsonMessage): GithubProperties {
  if (message.line === null) return {}
  const endLine = message.endLine ?? message.line
  if (endLine !== message.line || message.column === null) return {line: message.line, endLine}
  const endColumn = message.endColumn === null ? message.column : Math.max(message.column, message.endColumn - 1)
  return {line: message.line, endLine, col: message.column, endColumn}
}

/** Whether a finding touches a line the pull request changes (a finding without a line: whether its file changed). */
function onChangedLine(message: JsonMessage, ranges: Array<[number, number]> | undefined): boolean {
  if (!ranges) return false
  if (message.line === null) return true
  const first = message.line
  const last = message.endLine ?? message.line
  return ranges.some(([start, end]) => start <= last && end >= first)
}

interface Finding {
  /** Repository-relative, with `/`. */
  file: string
  message: JsonMessage
  annotated: boolean
}

// Markdown for the job summary. Text from a plan must neither break the
// table nor turn into markup: HTML is escaped, the punctuation that is
// markup inside a table cell gets a backslash, line breaks become `<br>`;
// backticked values become `<code>` (a code span would show the escapes).

function escapeInline(text: string): string {
  return text
    .replace(/[&<>]|[\\`*_[\]|~]/g, (char) =>
      char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : `\\${char}`
    )
    // A line break (in a file name, say) must not end the heading or row it sits in.
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '<br>')
}

function markdownText(text: string): string {
  return text
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => {
      // Odd parts sit after an opening backtick; the last one may lack its closing one.
      const parts = line.split('`')
      return parts
        .map((part, index) => {
          if (index % 2 === 0) return escapeInline(part)
          return index < parts.length - 1 ? `<code>${escapeInline(part)}</code>` : `\\\`${escapeInline(part)}`
        })
        .join('')
    })
    .join('<br>')
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

interface Links {
  /** `https://github.com/owner/repo/blob/<sha>/`, or undefined when the repository is not known. */
  blob: string | undefined
}

function blobUrl(links: Links, file: string, message?: JsonMessage): string | undefined {
  if (!links.blob) return undefined
  const encoded = file
    .split('/')
    .map((segment) => encodeURIComponent(segment).replaceAll('(', '%28').replaceAll(')', '%29'))
    .join('/')
  if (!message || message.line === null) return `${links.blob}${encoded}`
  const endLine = message.endLine ?? message.line
  return `${links.blob}${encoded}#L${message.line}${endLine > message.line ? `-L${endLine}` : ''}`
}

function findingRow(finding: Finding, links: Links): string {
  const {message, file} = finding
  const lines =
    message.line === null
      ? ''
      : message.endLine !== null && message.endLine > message.line
        ? `${message.line}–${message.endLine}`
        : String(message.line)
  const url = blobUrl(links, file, message)
  const line = url && lines ? `[${lines}](${url})` : lines
  const ruleUrl = message.ruleId ? ruleUrls.get(message.ruleId) : undefined
  const rule = message.ruleId ? (ruleUrl ? `[${escapeInline(message.ruleId)}](${ruleUrl})` : escapeInline(message.ruleId)) : ''
  return `| ${message.severity} | ${line} | ${rule} | ${markdownText(message.message)} |`
}

interface SummaryContext {
  scope: string
  findings: Finding[]
  files: string[]
  errors: number
  warnings: number
  annotated: number
  diffKnown: boolean
  links: Links
}

function renderSummary(context: SummaryContext): string {
  const {findings, files, errors, warnings} = context
  const byFile = new Map<string, Finding[]>()
  for (const finding of findings) {
    const list = byFile.get(finding.file) ?? []
    list.push(finding)
    byFile.set(finding.file, list)
  }
  const totals = errors + warnings === 0 ? 'no errors or warnings' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`
  const head = [`## plan-lint: ${totals}`, '', context.scope]
  if (findings.length > 0) {
    head.push(
      '',
      context.diffKnown
        ? `Annotations mark the ${plural(context.annotated, 'finding')} on lines this pull request changes; every finding is listed here.`
        : 'Every finding is listed here; GitHub shows at most 10 annotations of each level per step.'
    )
  }
  let text = `${head.join('\n')}\n`
  let shown = 0
  let size = Buffer.byteLength(text)
  for (const [file, list] of byFile) {
    const fileUrl = blobUrl(context.links, file)
    const name = `<code>${escapeInline(file)}</code>`
    const section = [
      '',
      `### ${fileUrl ? `[${name}](${fileUrl})` : name}`,
      '',
      '| Severity | Line | Rule | Message |',
      '| --- | --- | --- | --- |'
    ].join('\n')
    let block = `${section}\n`
    for (const finding of list) {
      const row = `${findingRow(finding, context.links)}\n`
      if (size + Buffer.byteLength(block) + Buffer.byteLength(row) > summaryBudget) break
      block += row
      shown++
    }
    if (block === `${section}\n`) break
    text += block
    size += Buffer.byteLength(block)
  }
  if (shown < findings.length) {
    text += `\n${plural(findings.length - shown, 'more finding')} not shown: GitHub limits a job summary to 1 MiB. Run \`plan-lint\` on the files, or use the \`sarif\` output, for the full list.\n`
  }
  const clean = files.filter((file) => !byFile.has(file))
  if (clean.length > 0 && size < summaryBudget) {
    const listed = clean.slice(0, 50).map((file) => `<code>${escapeInline(file)}</code>`)
    const more = clean.length > listed.length ? `, and ${clean.length - listed.length} more` : ''
    text += `\nNo findings in ${plural(clean.length, 'file')}: ${listed.join(', ')}${more}.\n`
  }
  return text
}

/** Step outputs, in the runner's multi-line form so that no value can end the file's syntax. */
async function setOutputs(file: string | undefined, outputs: Record<string, string>): Promise<void> {
  if (!file) return
  let text = ''
  for (const [name, value] of Object.entries(outputs)) {
    const delimiter = `ghadelimiter_${randomUUID()}`
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`
  }
  await appendFile(file, text)
}

/** The commit the findings' line numbers refer to: the checked-out one. */
async function linkedCommit(root: string, env: ActionIo['env']): Promise<string | undefined> {
  const sha = await git(['rev-parse', 'HEAD'], root).then((text) => text.trim(), () => undefined)
  return sha || env.GITHUB_SHA || undefined
}

async function gitRoot(cwd: string): Promise<string | undefined> {
  return git(['rev-parse', '--show-toplevel'], cwd).then((text) => text.trim(), () => undefined)
}

function notice(io: ActionIo, message: string): void {
  io.stdout(`${githubCommand('notice', {title: 'plan-lint'}, message)}\n`)
}

/**
 * The SARIF report, from the repository root so that its file locations are
 * relative to the repository, as code scanning expects, whatever the
 * working directory. An empty report when nothing was linted, so that an
 * upload step finds a file.
 */
async function writeSarif(target: string, lint: {targets: string[]; cwd: string; root: string; presetArgs: string[]; empty: boolean}) {
  if (lint.empty) {
    const version = (await cli(['--version'], lint.cwd)).stdout.trim()
    await mkdir(path.dirname(target), {recursive: true})
    await writeFile(target, `${JSON.stringify(sarifReport([], {cwd: lint.root, version}), null, 2)}\n`)
    return
  }
  const fromRoot = (entry: string) => path.relative(lint.root, path.resolve(lint.cwd, entry)) || '.'
  const targets = lint.targets.length > 0 ? lint.targets.map(fromRoot) : [fromRoot('.')]
  const result = await cli([...targets, '--format', 'sarif', '--output-file', target, ...lint.presetArgs], lint.root)
  if (result.code === 2) throw failureOf(result)
}

/** One workflow command per finding on a changed line (every finding when the changes are not known). */
function annotate(findings: Finding[], io: ActionIo): void {
  const emitted: Record<GithubLevel, number> = {error: 0, warning: 0, notice: 0}
  for (const {file, message, annotated} of findings) {
    if (!annotated) continue
    const level = levels[message.severity]
    emitted[level]++
    const title = message.ruleId ? `plan-lint(${message.ruleId})` : 'plan-lint'
    io.stdout(`${githubCommand(level, {file, ...spanOf(message), title}, message.message)}\n`)
  }
  const dropped = Object.values(emitted).reduce((sum, count) => sum + Math.max(0, count - annotationsShown), 0)
  if (dropped > 0) {
    io.stdout(
      `plan-lint: GitHub shows ${annotationsShown} annotations of each level per step; ${plural(dropped, 'more finding')} ${dropped === 1 ? 'is' : 'are'} in the job summary\n`
    )
  }
}

async function lintAction(io: ActionIo): Promise<number> {
  const {env} = io
  const inputs = readInputs(env)
  const workspace = path.resolve(io.cwd, env.GITHUB_WORKSPACE || '.')
  // Real paths, as git gives them, so that paths relative to the repository root compare.
  const cwd = await realpath(path.resolve(workspace, inputs.workingDirectory)).catch(() => '')
  const folder = cwd ? await stat(cwd) : undefined
  if (!folder?.isDirectory()) throw new ActionError(`The \`working-directory\` \`${inputs.workingDirectory}\` is not a folder`)

  const pullRequest = await pullRequestOf(env)
  const onlyChanged = inputs.onlyChanged === 'auto' ? pullRequest !== undefined : inputs.onlyChanged
  let diff: Diff | undefined
  if (pullRequest) {
    const result = await pullRequestDiff(pullRequest.base, cwd)
    if (typeof result === 'string') notice(io, `${result}: linting every plan, annotating every finding`)
    else diff = result
  } else if (inputs.onlyChanged === true) {
    notice(io, 'only-changed needs a pull_request event: linting every plan')
  }
  const root = diff?.root ?? (await gitRoot(cwd)) ?? (await realpath(workspace))
  const presetArgs = inputs.preset ? ['--preset', inputs.preset] : []

  let targets = inputs.paths
  let scope = inputs.paths.length > 0 ? `Linted ${inputs.paths.map((entry) => `<code>${escapeInline(entry)}</code>`).join(', ')}.` : 'Linted every plan file.'
  const changes = onlyChanged ? diff : undefined
  if (changes) {
    targets = await changedTargets(changes, inputs, cwd)
    scope =
      targets.length === 0
        ? 'This pull request changes no plan files to lint.'
        : `Linted the ${plural(targets.length, 'plan file')} this pull request changes.`
  }
  const nothingToLint = changes !== undefined && targets.length === 0

  let report: JsonReport = {version: 1, files: [], summary: {files: 0, errors: 0, warnings: 0}}
  if (nothingToLint) {
    io.stdout('plan-lint: this pull request changes no plan files\n')
  } else {
    const result = await cli([...targets, '--format', 'json', ...presetArgs], cwd)
    if (result.code === 2) throw failureOf(result)
    if (result.stderr) io.stderr(result.stderr)
    report = JSON.parse(result.stdout) as JsonReport
  }
  const sarifPath = inputs.sarif ? path.resolve(workspace, inputs.sarif) : undefined
  if (sarifPath) await writeSarif(sarifPath, {targets, cwd, root, presetArgs, empty: nothingToLint})

  const files = report.files.map((file) => toPosix(path.relative(root, path.resolve(cwd, file.path))))
  const findings: Finding[] = report.files.flatMap((file, index) => {
    const name = files[index] as string
    return file.messages.map((message) => ({
      file: name,
      message,
      annotated: diff ? onChangedLine(message, diff.changed.get(name)) : true
    }))
  })
  annotate(findings, io)

  const {errors, warnings} = report.summary
  if (env.GITHUB_STEP_SUMMARY) {
    const sha = await linkedCommit(root, env)
    const server = env.GITHUB_SERVER_URL || 'https://github.com'
    const links: Links = {blob: env.GITHUB_REPOSITORY && sha ? `${server}/${env.GITHUB_REPOSITORY}/blob/${sha}/` : undefined}
    const annotated = findings.filter((finding) => finding.annotated).length
    await appendFile(
      env.GITHUB_STEP_SUMMARY,
      renderSummary({scope, findings, files, errors, warnings, annotated, diffKnown: diff !== undefined, links})
    )
  }
  await setOutputs(env.GITHUB_OUTPUT, {
    errors: String(errors),
    warnings: String(warnings),
    files: String(report.summary.files),
    sarif: sarifPath ?? ''
  })

  io.stdout(`plan-lint: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(report.summary.files, 'file')}\n`)
  let failed = (inputs.failLevel === 'error' && errors > 0) || (inputs.failLevel === 'warning' && errors + warnings > 0)
  if (inputs.maxWarnings >= 0 && warnings > inputs.maxWarnings) {
    io.stdout(`${githubCommand('error', {title: 'plan-lint'}, `${plural(warnings, 'warning')} ${warnings === 1 ? 'exceeds' : 'exceed'} max-warnings ${inputs.maxWarnings}`)}\n`)
    failed = true
  }
  return failed ? 1 : 0
}

/**
 * Runs the action; resolves to the process exit code: 0 passed, 1 failed
 * (findings at the fail level, too many warnings, or a usage, configuration
 * or I/O problem, reported as an `::error::`).
 */
export async function runAction(io: ActionIo): Promise<number> {
  try {
    return await lintAction(io)
  } catch (error) {
    const known = error instanceof ActionError || error instanceof UsageError
    const text = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)
    io.stdout(`${githubCommand('error', {title: 'plan-lint'}, known ? text : `plan-lint failed: ${text}`)}\n`)
    return 1
  }
}
