#!/usr/bin/env node
/**
 * Language-server latency: `plan-lint-language-server --stdio` driven the
 * way an editor drives it (initialize with a workspace, open a 100 KB plan,
 * then edit it), timing each `didChange` to the diagnostics published for
 * that version. The same plan's in-process parse time (remark-parse alone,
 * warm, in this process) is the yardstick.
 *
 * Usage: node language-server.js <work folder> <bytes> <edits>; prints JSON.
 */
import {spawn} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import protocol from 'vscode-languageserver-protocol/node'
import {generatePlan, repoRoot} from './corpus.js'
import {summary} from './measure.js'

const {createProtocolConnection, StreamMessageReader, StreamMessageWriter} = protocol
const [folder, bytesArgument, editsArgument] = process.argv.slice(2)
const size = Number(bytesArgument)
const edits = Number(editsArgument)

const {plan, spec, planName, specName} = generatePlan(size)
const project = path.join(folder, `language-server-${size}`)
const planPath = path.join(project, 'specs', '001-latency', planName)
mkdirSync(path.dirname(planPath), {recursive: true})
writeFileSync(path.join(path.dirname(planPath), specName), spec)
writeFileSync(planPath, plan)

// The yardstick: parsing this plan in-process, warm.
const parser = unified().use(remarkParse).freeze()
for (let index = 0; index < 5; index++) parser.parse(plan)
const parses = []
for (let index = 0; index < 9; index++) {
  const started = performance.now()
  parser.parse(plan)
  parses.push(performance.now() - started)
}

const serverBin = path.join(repoRoot, 'packages', 'cli', 'bin', 'plan-lint-language-server.js')
const child = spawn(process.execPath, [serverBin, '--stdio'], {cwd: project, stdio: ['pipe', 'pipe', 'pipe']})
let stderr = ''
child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk))
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
const waiting = new Map()
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  if (process.env.DEBUG_LSP) process.stderr.write(`published ${params.uri} ${params.version}\n`)
  const resolve = waiting.get(params.version)
  if (resolve) {
    waiting.delete(params.version)
    resolve(params.diagnostics)
  }
})
connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})))
connection.onRequest('client/registerCapability', () => null)
connection.onNotification('window/logMessage', () => {})
connection.listen()

function diagnosticsFor(version) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version}: ${stderr}`)), Number(process.env.LSP_WAIT ?? 120_000))
    waiting.set(version, (diagnostics) => {
      clearTimeout(timer)
      resolve(diagnostics)
    })
  })
}

const rootUri = pathToFileURL(project).href
await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri,
  workspaceFolders: [{uri: rootUri, name: 'latency'}],
  capabilities: {
    workspace: {configuration: true, workspaceFolders: true},
    textDocument: {publishDiagnostics: {versionSupport: true}, synchronization: {dynamicRegistration: false}}
  }
})
await connection.sendNotification('initialized', {})

const uri = pathToFileURL(planPath).href
let text = plan
let version = 1
const opened = diagnosticsFor(version)
await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version, text}})
const first = await opened

// Each edit changes one word in the middle of the plan (the whole text is
// sent, as a client with full sync does) and waits for its diagnostics.
const latencies = []
let diagnostics = first.length
for (let index = 0; index < edits; index++) {
  version++
  const at = text.indexOf(' the ', Math.floor(text.length / 2))
  text = `${text.slice(0, at)} ${index % 2 ? 'the' : 'a'} ${text.slice(at + 5)}`
  const published = diagnosticsFor(version)
  const started = performance.now()
  await connection.sendNotification('textDocument/didChange', {
    textDocument: {uri, version},
    contentChanges: [{text}]
  })
  diagnostics = (await published).length
  latencies.push(performance.now() - started)
}

await connection.sendRequest('shutdown')
await connection.sendNotification('exit')
connection.dispose()
child.kill()

const latency = summary(latencies)
const parse = summary(parses)
process.stdout.write(
  `${JSON.stringify({bytes: Buffer.byteLength(plan), edits, diagnostics, firstDiagnostics: first.length, latencyMs: latency, parseMs: parse, ratio: latency.median / parse.median})}\n`
)
