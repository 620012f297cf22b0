/**
 * `plan-lint-language-server`: plan-lint in the editor, on
 * unified-language-server (the engine behind remark-language-server).
 * Diagnostics carry the rule id as code and the rule docs as description;
 * quick fixes come from each message's `expected`. Configuration is found
 * the way the CLI finds it (`.remarkrc*`, `package.json#remarkConfig`,
 * `.remarkignore`); without one, every Markdown file gets the `auto` preset.
 */
import type {Root} from 'mdast'
import {remark} from 'remark'
import type {Plugin, PluggableList, Processor} from 'unified'
import {createUnifiedLanguageServer, type Options} from 'unified-language-server'
import type {VFile} from 'vfile'
import remarkPlanLint, {type PlanLintOptions} from './plugin.js'

/** The extensions the CLI lints: any other document the client sends is left alone. */
const markdownExtensions = new Set(['.md', '.markdown'])

/**
 * Clients send whatever documents they are configured for; only Markdown is
 * parsed. Any other document is marked ignored for unified-engine, which then
 * skips transforming and stringifying it: no diagnostics, no formatting edits.
 */
function markdownOnly(this: Processor<Root>) {
  const parse = this.parser
  if (!parse) return
  this.parser = (document: string, file: VFile): Root => {
    if (markdownExtensions.has(file.extname?.toLowerCase() ?? '')) return parse(document, file)
    file.data.unifiedEngineIgnored = true
    return {type: 'root', children: []}
  }
}

/**
 * plan-lint reports and offers fixes; it does not restyle a plan. The
 * server inherits a formatting capability from unified-language-server, so an
 * editor's format-on-save would otherwise rewrite the whole plan with
 * remark-stringify: the compiler hands the document back unchanged.
 */
function keepDocumentText(this: Processor<Root>) {
  this.compiler = (_tree: unknown, file: VFile): string => String(file)
}

/**
 * unified-language-server hands the engine two PassThrough streams that
 * nothing reads, one for the report and one for the document. A write over
 * 16 KB to such a stream never completes: a plan with a hundred findings
 * (a report over 16 KB) never got its diagnostics. The server takes the
 * messages from its own files, so the engine need not report or print them:
 * a file not given on a command line is neither reported nor printed.
 */
function noEngineOutput() {
  return (_tree: Root, file: VFile) => {
    file.data.unifiedEngineGiven = false
  }
}

export const languageServerOptions: Options = {
  // The workspace's own remark when it has one, as remark-language-server
  // does; plan-lint's otherwise, so a workspace needs nothing installed.
  processorName: 'remark',
  processorSpecifier: 'remark',
  defaultProcessor: remark,
  configurationSection: 'plan-lint',
  rcName: '.remarkrc',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  ignoreName: '.remarkignore',
  // As in the CLI: `{}` merges into a configuration's own `remarkPlanLint`
  // entry and keeps its preset; the plugin stands aside when the
  // configuration loads plan-lint rules itself. An editor opens every README:
  // "no template style recognised" is said only on files named like plans.
  plugins: [
    [remarkPlanLint as unknown as Plugin<[PlanLintOptions?]>, {unrecognised: 'plans'}],
    markdownOnly as unknown as Plugin,
    keepDocumentText as unknown as Plugin,
    noEngineOutput as unknown as Plugin
  ] as PluggableList
}

/**
 * Start the language server. The transport comes from the command line
 * (`--stdio`, `--node-ipc`, `--socket=<port>`), as in every
 * vscode-languageserver server.
 */
export function createLanguageServer(): void {
  createUnifiedLanguageServer(languageServerOptions)
}
