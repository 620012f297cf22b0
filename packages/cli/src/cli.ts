/**
 * The `plan-lint` command: argument parsing, the unified-engine run, the
 * report and the exit status (0 clean, 1 lint errors or too many warnings,
 * 2 usage, configuration or I/O failure).
 */
import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {clearRelatedDocuments, PlanLintConfigError} from '@plan-lint/core'
import remarkParse from 'remark-parse'
import {unified, type Plugin, type PluggableList} from 'unified'
import {engine} from 'unified-engine'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {configFileOf, configLookup} from './config-file.js'
import {discoverFiles, printable, UsageError} from './discover.js'
import {remarkPlanLimits, screenResults, UnlintableFile, type Notice} from './limits.js'
import {MessageStore} from './message-store.js'
import remarkPlanLint, {type PlanLintOptions} from './plugin.js'
import {presetIds} from './presets.js'
import {createProgress, type Progress, type ProgressTarget} from './progress.js'
import {jsonReport, severityOf, stylishReport, summarize} from './report.js'

// `init`, `--fix` and the machine reporters are loaded when a run uses them.

export interface CliIo {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
  color: boolean
  /** Where a long run draws its progress line (`process.stderr`); none when absent. */
  progress?: ProgressTarget | undefined
  /** The environment (`CI` turns the progress line off). */
  env?: Record<string, string | undefined> | undefined
  /**
   * Called once, when the first run of files has been linted (at least one
   * of them without a fatal error). The bundle writes its compile cache
   * then: by the end of a long run, V8 has dropped the compiled code of
   * functions that ran only at start-up, and a cache written then would
   * leave every later start to compile them again.
   */
  firstLinted?: (() => void) | undefined
}

const formats = ['stylish', 'json', 'sarif', 'github'] as const

const help = `Usage: plan-lint [options] [path|dir|glob ...]
       plan-lint init --from-template <template.md> [--output <path>] [--id <id>] [--force]

Lint Markdown implementation plans against their template.
With no path, lints plan.md and *-plan.md files under the current folder.

Options:
  --preset <id>          ${presetIds.join(' | ')} (default: auto, unless a config file decides)
  --format <name>        stylish (default) | json | sarif | github
  --output-file <path>   write the report there instead of stdout
  --max-warnings <n>     exit 1 when warnings exceed n
  --fix                  apply the fixes messages carry, in place; report what remains
  --quiet                report errors only
  --no-config            ignore .remarkrc* and package.json remarkConfig
  --verbose              say which preset linted each file
  -h, --help             show this help
  -v, --version          show the version

Commands:
  init                   write a .remarkrc.mjs derived from your own plan template
                         (see \`plan-lint init --help\`)

Exit status: 0 no errors; 1 lint errors (or warnings over --max-warnings);
2 usage, configuration or I/O failure.
`

interface Settings {
  files: string[]
  preset: string | undefined
  format: (typeof formats)[number]
  outputFile: string | undefined
  maxWarnings: number | undefined
  quiet: boolean
  noConfig: boolean
  verbose: boolean
  fix: boolean
}

function parse(argv: string[]): Settings | 'help' | 'version' {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        preset: {type: 'string'},
        format: {type: 'string'},
        'output-file': {type: 'string'},
        'max-warnings': {type: 'string'},
        quiet: {type: 'boolean'},
        'no-config': {type: 'boolean'},
        verbose: {type: 'boolean'},
        fix: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see \`plan-lint --help\`)`)
  }
  const {values, positionals} = parsed
  if (values.help) return 'help'
  if (values.version) return 'version'
  const preset = values.preset
  if (preset !== undefined && !presetIds.includes(preset)) {
    throw new UsageError(`Unknown preset \`${preset}\`, expected one of ${presetIds.map((id) => `\`${id}\``).join(', ')}`)
  }
  const format = values.format ?? 'stylish'
  if (!(formats as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown format \`${format}\`, expected one of ${formats.map((id) => `\`${id}\``).join(', ')}`)
  }
  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!/^\d+$/.test(values['max-warnings']) || !Number.isSafeInteger(maxWarnings)) {
      throw new UsageError(`Invalid \`--max-warnings\` value \`${values['max-warnings']}\`, expected a whole number`)
    }
  }
  return {
    files: positionals,
    preset,
    format: format as Settings['format'],
    outputFile: values['output-file'],
    maxWarnings,
    quiet: values.quiet ?? false,
    noConfig: values['no-config'] ?? false,
    verbose: values.verbose ?? false,
    fix: values.fix ?? false
  }
}

async function version(): Promise<string> {
  const {readFile} = await import('node:fs/promises')
  const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
  return manifest.version
}

/** Messages that are not findings but failures to configure or read. */
async function failureOf(files: VFile[], settings: Settings, cwd: string): Promise<string | undefined> {
  for (const file of files) {
    for (const message of file.messages) {
      if (message.cause instanceof UnlintableFile) return `Cannot lint \`${file.path}\`: ${message.cause.message}`
      // Bad options (by name: a configuration may load its own copy of
      // @plan-lint/core) and missing plugins: name the configuration.
      const cause = message.cause
      if (cause instanceof Error && (cause.name === 'PlanLintConfigError' || cause.message.startsWith('Cannot find module `'))) {
        const config = settings.noConfig || settings.preset ? undefined : await configFileOf(file.path, cwd)
        return `${config ? `\`${config}\`: ` : ''}${relativeTo(cwd, describeCause(cause).slice(2))}`
      }
      // The engine names the configuration file that does not load.
      if (cause instanceof Error && cause.message.startsWith('Cannot parse file `')) {
        return relativeTo(cwd, describeCause(cause).slice(2))
      }
      // A rule that throws is a failure of plan-lint, not a finding.
      if (message.ruleId && message.cause instanceof Error && !(message.cause instanceof VFileMessage)) {
        return `Rule \`${message.ruleId}\` failed on \`${file.path}\`: ${message.cause.message.split('\n')[0]}`
      }
      if (severityOf(message) === 'error' && !message.ruleId && message.source !== 'plan-lint') {
        // The engine says "Cannot process file"; the reason is in the cause
        // (EACCES, EISDIR, a plugin that throws, ...).
        const code = (cause as NodeJS.ErrnoException | undefined)?.code
        if (typeof code === 'string' && /^E[A-Z]+$/.test(code) && file.path) return `Cannot read \`${file.path}\`: ${code}`
        const where = file.path ? `${file.path}: ` : ''
        return `${where}${message.reason.split('\n')[0]}${describeCause(message.cause)}`
      }
    }
  }
  return undefined
}

/** A message with the working folder's absolute path (parse errors, module resolution) made relative. */
function relativeTo(cwd: string, text: string): string {
  return text.split(`${cwd}${path.sep}`).join(`.${path.sep}`).trimEnd()
}

function describeCause(cause: unknown): string {
  if (!cause) return ''
  if (cause instanceof PlanLintConfigError) return `: ${cause.message}`
  const text = cause instanceof Error ? cause.message : String(cause)
  const nested = cause instanceof Error && cause.cause ? describeCause(cause.cause) : ''
  return `: ${text.split('\n')[0]}${nested}`
}

async function renderReport(files: VFile[], settings: Settings, io: CliIo): Promise<string> {
  switch (settings.format) {
    case 'json':
      return `${JSON.stringify(jsonReport(files, io.cwd))}\n`
    case 'sarif': {
      const {sarifReport} = await import('./reporters/sarif.js')
      return `${JSON.stringify(sarifReport(files, {cwd: io.cwd, version: await version()}), null, 2)}\n`
    }
    case 'github': {
      const {githubReport} = await import('./reporters/github.js')
      return githubReport(files, io.cwd)
    }
    case 'stylish':
      return stylishReport(files, {color: io.color && !settings.outputFile, verbose: settings.verbose})
  }
}

/**
 * unified-engine reads all the files it is given at once: runs of this many
 * keep open files (no EMFILE under `ulimit -n 256`) and trees in memory bounded.
 */
const engineBatch = 64

/** Whether the engine linted a file: no fatal message of its own (a file it could not read, a configuration that failed). */
function lintedFile(file: VFile): boolean {
  return !file.messages.some((message) => message.fatal === true && !message.ruleId)
}

async function runEngine(
  files: Array<string | VFile>,
  settings: Settings,
  cwd: string,
  progress?: Progress,
  firstLinted?: () => void
): Promise<VFile[]> {
  const linted: VFile[] = []
  const store = new MessageStore()
  let notify = firstLinted
  try {
    for (let start = 0; start < files.length; start += engineBatch) {
      const batch = await runBatch(files.slice(start, start + engineBatch), settings, cwd, progress)
      if (notify && batch.some(lintedFile)) {
        notify()
        notify = undefined
      }
      // What a run needs of a linted file is its path and its messages (the
      // reporters and --fix read nothing else; --fix reads the file again):
      // its text is not kept to the end of a run of thousands of files.
      // Its messages wait compactly for the report while later runs of files
      // are linted (see MessageStore); the last run's go straight to it.
      const more = start + engineBatch < files.length
      for (const file of batch) {
        file.value = ''
        if (more) store.keep(file)
      }
      linted.push(...batch)
      // Files are linted in path order, so a plan and the spec it reads are
      // nearly always in one batch: past a batch, the parsed documents kept
      // for sharing are only memory (the whole corpus of a large run).
      clearRelatedDocuments()
    }
  } finally {
    clearRelatedDocuments()
  }
  store.restore()
  return linted
}

function runBatch(
  files: Array<string | VFile>,
  settings: Settings,
  cwd: string,
  progress?: Progress
): Promise<VFile[]> {
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: unified().use(remarkParse).use(remarkPlanLimits),
        cwd,
        // Files, not paths: unified-engine reads a path with glob characters
        // (`[draft].md`) as a pattern, which matches other files or none.
        files: files.map((file) => (typeof file === 'string' ? new VFile({path: file}) : file)),
        extensions: ['md', 'markdown'],
        // An explicit --preset decides alone; otherwise the configuration does.
        detectConfig: !settings.noConfig && settings.preset === undefined,
        ...configLookup,
        ignoreName: '.remarkignore',
        silentlyIgnore: true,
        // Options merge into a configuration's own `remarkPlanLint` entry:
        // `{}` keeps the preset a config chose; `auto` is the plugin's default.
        plugins: [
          [remarkPlanLint as unknown as Plugin<[PlanLintOptions?]>, settings.preset ? {preset: settings.preset} : {}],
          ...(progress ? [progress.plugin()] : [])
        ] as PluggableList,
        out: false,
        output: false,
        quiet: true,
        reporter: () => '',
        streamError: {write: () => true} as unknown as NodeJS.WriteStream
      },
      (error, _code, context) => {
        if (error) reject(error)
        else resolve(context?.files ?? [])
      }
    )
  })
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'init') return (await import('./init.js')).runInit(argv.slice(1), io)
  try {
    const settings = parse(argv)
    if (settings === 'help') {
      io.stdout(help)
      return 0
    }
    if (settings === 'version') {
      io.stdout(`${await version()}\n`)
      return 0
    }
    const files = await discoverFiles(settings.files, io.cwd)
    const progress = createProgress({target: io.progress, env: io.env ?? {}, format: settings.format, total: files.length})
    let linted: VFile[]
    try {
      linted = await runEngine(files, settings, io.cwd, progress, io.firstLinted)
    } finally {
      progress?.finish()
    }
    // A file the user named that the engine skipped was ignored: say so.
    const seen = new Set(linted.map((file) => path.resolve(io.cwd, file.path)))
    for (const named of settings.files) {
      const absolute = path.resolve(io.cwd, named)
      if (files.includes(absolute) && !seen.has(absolute)) {
        io.stderr(`plan-lint: \`${printable(named)}\` is ignored (.remarkignore), not linted\n`)
      }
    }
    const screened = screenResults(linted, io.cwd)
    linted = screened.files
    const announce = (notices: Notice[]) => {
      for (const notice of notices) io.stderr(`plan-lint: ${printable(notice.text)}\n`)
    }
    // Under --fix, a file that is not valid UTF-8 is announced once, by --fix.
    announce(screened.notices.filter((notice) => !settings.fix || !notice.invalidUtf8))
    let failure = await failureOf(linted, settings, io.cwd)
    if (failure) throw new UsageError(failure)
    let notWritten = false
    if (settings.fix) {
      const lint = (inputs: VFile[]) => runEngine(inputs, settings, io.cwd)
      const {fixFiles} = await import('./fix.js')
      const fixed = await fixFiles(linted, {cwd: io.cwd, lint, stderr: io.stderr})
      notWritten = fixed.failed
      announce(screened.notices.filter((notice) => notice.invalidUtf8 && fixed.outcomes.get(notice.file) !== 'not-utf8'))
      // The report shows what remains, as the files are now.
      linted = screenResults(await runEngine(files, settings, io.cwd), io.cwd).files
      failure = await failureOf(linted, settings, io.cwd)
      if (failure) throw new UsageError(failure)
    }

    if (settings.quiet) {
      for (const file of linted) file.messages = file.messages.filter((message) => severityOf(message) === 'error')
    }
    const summary = summarize(linted)
    const output = await renderReport(linted, settings, io)
    if (settings.outputFile) {
      const target = path.resolve(io.cwd, settings.outputFile)
      try {
        await mkdir(path.dirname(target), {recursive: true})
        await writeFile(target, output.endsWith('\n') || output === '' ? output : `${output}\n`)
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
        throw new UsageError(`Cannot write the report to \`${settings.outputFile}\`: ${reason}`)
      }
    } else if (output) {
      io.stdout(output.endsWith('\n') ? output : `${output}\n`)
    }
    if (notWritten) return 2
    if (summary.errors > 0) return 1
    if (settings.maxWarnings !== undefined && summary.warnings > settings.maxWarnings) {
      const noun = summary.warnings === 1 ? 'warning exceeds' : 'warnings exceed'
      io.stderr(`plan-lint: ${summary.warnings} ${noun} --max-warnings ${settings.maxWarnings}\n`)
      return 1
    }
    return 0
  } catch (error) {
    io.stderr(`plan-lint: ${printable(oneLine(error))}\n`)
    return 2
  }
}

function oneLine(error: unknown): string {
  if (error instanceof UsageError || error instanceof PlanLintConfigError) return error.message
  const text = error instanceof Error ? error.message : String(error)
  const code = (error as NodeJS.ErrnoException)?.code
  const first = text.split('\n')[0] ?? ''
  return code && !first.startsWith(code) ? `${code}: ${first}` : first
}
