/**
 * End-to-end tests of `plan-lint-language-server`: the real binary over
 * stdio, driven by a real LSP client connection the way an editor drives it
 * (initialize with a workspace, open, change, ask for code actions, apply
 * one, shut down), in throw-away workspaces without `remark` installed.
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {parseMarkers} from '@plan-lint/core/markers'
import {
  CodeActionKind,
  createProtocolConnection,
  DiagnosticSeverity,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  type CodeAction,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextEdit
} from 'vscode-languageserver-protocol/node'
import {afterAll, afterEach, describe, it, type ExpectStatic} from 'vitest'
import {parseReport, repoRoot, runCli} from './helpers/cli.js'
import {cleanPlan} from './helpers/plans.js'
import {removeTempProjects, tempProject, type TempProject} from './helpers/project.js'

afterAll(removeTempProjects)

const serverBin = path.join(repoRoot, 'packages', 'cli', 'bin', 'plan-lint-language-server.js')
const docsUrl = (ruleId: string) => `https://github.com/plan-lint/plan-lint/blob/main/docs/rules/${ruleId}.md`
/** How long to wait for one answer from the server before failing the test with what was seen. */
const waitMs = 15_000

/** The spec-kit fixture with three `ACTION REQUIRED` comments, markers stripped. */
const actionRequired = parseMarkers(
  fs.readFileSync(path.join(repoRoot, 'fixtures', 'spec-kit', 'invalid', 'action-required-comments.md'), 'utf8')
)

/** A running server and the client side of its connection. */
class Session {
  readonly connection: ProtocolConnection
  readonly published: PublishDiagnosticsParams[] = []
  /** Settings answered to `workspace/configuration`. */
  settings: Record<string, unknown> = {}
  private readonly listeners = new Set<() => void>()
  private readonly exited: Promise<number | null>
  stderr = ''

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk))
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)))
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params)
      for (const listener of this.listeners) listener()
    })
    // A client that advertises these capabilities answers these requests, as editors do.
    this.connection.onRequest('workspace/configuration', (params: {items: unknown[]}) =>
      params.items.map(() => this.settings)
    )
    this.connection.onRequest('client/registerCapability', () => null)
    this.connection.onNotification('window/logMessage', () => {})
    this.connection.listen()
  }

  /** The first diagnostics published for `uri` (at `version`, when given) from now on or already seen. */
  diagnostics(uri: string, version?: number): Promise<Diagnostic[]> {
    const matches = (params: PublishDiagnosticsParams) =>
      params.uri === uri && (version === undefined || params.version === version)
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.published.find(matches)
        if (!found) return
        this.listeners.delete(check)
        clearTimeout(timer)
        resolve(found.diagnostics)
      }
      const timer = setTimeout(() => {
        this.listeners.delete(check)
        const seen = this.published.map((params) => `${params.uri}@${params.version}`).join(', ') || 'nothing'
        reject(new Error(`No diagnostics for ${uri}@${version ?? 'any'} within ${waitMs} ms; saw ${seen}; stderr: ${this.stderr}`))
      }, waitMs)
      this.listeners.add(check)
      check()
    })
  }

  /** `shutdown`, `exit`, and the process's exit status. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown')
    await this.connection.sendNotification('exit')
    const code = await this.exited
    this.connection.dispose()
    return code
  }
}

const sessions: Session[] = []

// A test that fails or times out leaves no server behind.
afterEach(() => {
  for (const session of sessions.splice(0)) {
    if (session.child.exitCode === null && session.child.signalCode === null) session.child.kill('SIGKILL')
    session.connection.dispose()
  }
})

/** Start the server in `project` and initialize it with the project as the only workspace folder. */
async function start(project: TempProject): Promise<{session: Session; result: InitializeResult}> {
  const child = spawn(process.execPath, [serverBin, '--stdio'], {cwd: project.root, stdio: ['pipe', 'pipe', 'pipe']})
  const session = new Session(child)
  sessions.push(session)
  const rootUri = pathToFileURL(project.root).href
  const result = await session.connection.sendRequest<InitializeResult>('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{uri: rootUri, name: path.basename(project.root)}],
    capabilities: {
      workspace: {configuration: true, workspaceFolders: true, didChangeConfiguration: {dynamicRegistration: true}},
      textDocument: {
        publishDiagnostics: {versionSupport: true, codeDescriptionSupport: true, dataSupport: true},
        codeAction: {codeActionLiteralSupport: {codeActionKind: {valueSet: [CodeActionKind.QuickFix]}}},
        synchronization: {dynamicRegistration: false}
      }
    }
  })
  await session.connection.sendNotification('initialized', {})
  return {session, result}
}

function open(session: Session, uri: string, text: string, languageId = 'markdown'): Promise<void> {
  return session.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version: 1, text}})
}

function change(session: Session, uri: string, version: number, text: string): Promise<void> {
  return session.connection.sendNotification('textDocument/didChange', {
    textDocument: {uri, version},
    contentChanges: [{text}]
  })
}

/** Offset of a 0-based LSP position (UTF-16 code units, like JS strings). */
function offsetAt(text: string, position: {line: number; character: number}): number {
  let offset = 0
  for (let line = 0; line < position.line; line++) offset = text.indexOf('\n', offset) + 1
  return offset + position.character
}

/** The LSP range of the first occurrence of `needle` in `text`. */
function rangeOf(text: string, needle: string): Range {
  const start = text.indexOf(needle)
  if (start === -1) throw new Error(`\`${needle}\` not in text`)
  const at = (offset: number) => {
    const before = text.slice(0, offset).split('\n')
    return {line: before.length - 1, character: (before.at(-1) ?? '').length}
  }
  return {start: at(start), end: at(start + needle.length)}
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start))
  let result = text
  for (const edit of sorted) {
    result = result.slice(0, offsetAt(result, edit.range.start)) + edit.newText + result.slice(offsetAt(result, edit.range.end))
  }
  return result
}

/** The comparable part of a diagnostic. */
const brief = (diagnostic: Diagnostic) => ({code: diagnostic.code, range: diagnostic.range})

const comments = [
  '<!--\n  ACTION REQUIRED: Replace the content in this section with the technical\n  details for the project before review.\n-->',
  '<!--\n  ACTION REQUIRED: Replace the placeholder tree below with the concrete layout\n  for this feature. Delete unused options.\n-->',
  '<!-- ACTION REQUIRED: fill Complexity Tracking only if the check above fails -->'
] as const

function expectPlaceholderDiagnostic(expect: ExpectStatic, diagnostic: Diagnostic | undefined): void {
  expect(diagnostic).toMatchObject({
    code: 'plan-no-placeholders',
    codeDescription: {href: docsUrl('plan-no-placeholders')},
    source: 'remark-lint',
    severity: DiagnosticSeverity.Error,
    data: {expected: ['']}
  })
  expect(diagnostic?.message).toMatch(/^Unexpected template instruction comment `ACTION REQUIRED: .+`, expected it removed$/)
}

describe('plan-lint-language-server --stdio', () => {
  it('lints a plan on open and on change, and its quick fix removes the finding', async ({expect}) => {
    const project = tempProject()
    project.write('specs/052-reader-dark-mode/plan.md', actionRequired.text)
    const uri = pathToFileURL(project.path('specs/052-reader-dark-mode/plan.md')).href
    const {session, result} = await start(project)
    expect(result.capabilities.textDocumentSync).toBe(TextDocumentSyncKind.Full)
    expect(result.capabilities.codeActionProvider).toMatchObject({codeActionKinds: [CodeActionKind.QuickFix]})

    // Open: one diagnostic per comment, at its exact 0-based range.
    let text = actionRequired.text
    await open(session, uri, text)
    const opened = await session.diagnostics(uri, 1)
    expect(opened.map(brief)).toEqual([
      {code: 'plan-no-placeholders', range: {start: {line: 13, character: 0}, end: {line: 16, character: 3}}},
      {code: 'plan-no-placeholders', range: {start: {line: 40, character: 0}, end: {line: 43, character: 3}}},
      {code: 'plan-no-placeholders', range: {start: {line: 57, character: 0}, end: {line: 57, character: 80}}}
    ])
    // The fixture's own markers name the same lines (1-based).
    expect(opened.map((diagnostic) => diagnostic.range.start.line + 1)).toEqual(
      actionRequired.expectations.map((expectation) => expectation.line)
    )
    for (const diagnostic of opened) expectPlaceholderDiagnostic(expect, diagnostic)

    // Change: the author deletes the first comment by hand; the others move up.
    text = text.replace(`${comments[0]}\n`, '')
    await change(session, uri, 2, text)
    const changed = await session.diagnostics(uri, 2)
    expect(changed.map(brief)).toEqual([
      {code: 'plan-no-placeholders', range: rangeOf(text, comments[1])},
      {code: 'plan-no-placeholders', range: rangeOf(text, comments[2])}
    ])
    expect(changed[0]?.range).toEqual({start: {line: 36, character: 0}, end: {line: 39, character: 3}})

    // Code action: the quick fix from `expected: ['']` removes the comment.
    const target = changed[0] as Diagnostic
    const actions = await session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: {uri},
      range: target.range,
      context: {diagnostics: [target], only: [CodeActionKind.QuickFix]}
    })
    expect(actions).toHaveLength(1)
    const [fix] = actions as [CodeAction]
    expect(fix.title).toBe(`Remove \`${comments[1]}\``)
    expect(fix.kind).toBe(CodeActionKind.QuickFix)
    expect(fix.isPreferred).toBe(true)
    expect(Object.keys(fix.edit?.changes ?? {})).toEqual([uri])
    const edits = fix.edit?.changes?.[uri] ?? []
    expect(edits).toEqual([{range: target.range, newText: ''}])

    text = applyEdits(text, edits)
    expect(text).not.toContain(comments[1])
    await change(session, uri, 3, text)
    const fixed = await session.diagnostics(uri, 3)
    expect(fixed.map(brief)).toEqual([{code: 'plan-no-placeholders', range: rangeOf(text, comments[2])}])

    expect(await session.stop()).toBe(0)
    expect(() => process.kill(session.child.pid as number, 0)).toThrow()
  })

  it('lints only Markdown documents, and formats none', async ({expect}) => {
    const project = tempProject().write('plan.md', actionRequired.text)
    const {session} = await start(project)
    const notes = pathToFileURL(project.path('notes.txt')).href
    const plan = pathToFileURL(project.path('plan.md')).href
    await open(session, notes, actionRequired.text, 'plaintext')
    await open(session, plan, actionRequired.text)
    expect(await session.diagnostics(notes, 1)).toEqual([])
    expect((await session.diagnostics(plan, 1)).map((diagnostic) => diagnostic.code)).toEqual([
      'plan-no-placeholders',
      'plan-no-placeholders',
      'plan-no-placeholders'
    ])
    // A clean plan gets no diagnostic; remark-stringify would restyle it (a hard break, the
    // table), but formatting leaves every document as written.
    const clean = pathToFileURL(project.path('specs/021-search-rate-limits/plan.md')).href
    project.write('specs/021-search-rate-limits/plan.md', cleanPlan)
    await open(session, clean, cleanPlan)
    expect(await session.diagnostics(clean, 1)).toEqual([])
    for (const uri of [notes, plan, clean]) {
      const edits = await session.connection.sendRequest<TextEdit[] | null>('textDocument/formatting', {
        textDocument: {uri},
        options: {tabSize: 2, insertSpaces: true}
      })
      expect(edits ?? [], uri).toEqual([])
    }
    expect(await session.stop()).toBe(0)
  })

  it('honours the workspace `.remarkrc.json`, with the same findings as the CLI', async ({expect}) => {
    const project = tempProject({'.remarkrc.json': '{"plugins": ["remark-preset-plan-spec-kit-gates"]}\n'}).linkPackages()
    project.write('plan.md', actionRequired.text)
    const uri = pathToFileURL(project.path('plan.md')).href
    const {session} = await start(project)
    await open(session, uri, actionRequired.text)
    const diagnostics = await session.diagnostics(uri, 1)
    const cli = parseReport((await runCli(['--format', 'json', 'plan.md'], project.root)).stdout)
    const fromCli = (cli.files[0]?.messages ?? []).map((message) => ({
      code: message.ruleId,
      message: message.message,
      range: {
        start: {line: (message.line ?? 1) - 1, character: (message.column ?? 1) - 1},
        end: {line: (message.endLine ?? 1) - 1, character: (message.endColumn ?? 1) - 1}
      }
    }))
    expect(diagnostics.map((diagnostic) => ({...brief(diagnostic), message: diagnostic.message}))).toEqual(fromCli)
    // The configured preset decided, not `auto` (which picks spec-kit for this plan).
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'plan-required-sections').length).toBeGreaterThan(0)
    expect(await session.stop()).toBe(0)
  })

  it('with `requireConfig`, leaves a workspace without configuration alone', async ({expect}) => {
    const project = tempProject()
    const {session} = await start(project)
    session.settings = {requireConfig: true}
    const uri = pathToFileURL(project.path('plan.md')).href
    await open(session, uri, actionRequired.text)
    expect(await session.diagnostics(uri, 1)).toEqual([])
    expect(await session.stop()).toBe(0)
  })
})

describe('plan-lint-language-server without a transport', () => {
  it('prints its usage and exits 2', async ({expect}) => {
    const child = spawn(process.execPath, [serverBin], {stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code).toBe(2)
    expect(stderr).toMatch(/^Usage: plan-lint-language-server --stdio\n/)
  })
})
