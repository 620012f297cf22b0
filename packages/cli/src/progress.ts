/**
 * The progress line of a long run: `plan-lint: 120/1229 files, 45 findings`
 * on stderr, redrawn in place while files are linted and erased before the
 * report is printed. Only for a person watching: never in CI (`CI` set),
 * when stderr is not a terminal (a pipe, a file, a pre-commit hook) or when
 * the report is for a machine (`json`, `sarif`, `github`).
 */
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'

/** Where the line is drawn: `process.stderr`, or a stand-in in tests. */
export interface ProgressTarget {
  isTTY?: boolean | undefined
  columns?: number | undefined
  write(text: string): unknown
}

export interface ProgressOptions {
  target: ProgressTarget | undefined
  env: Record<string, string | undefined>
  format: string
  /** Files the run lints. */
  total: number
  /** Milliseconds between redraws (the first and last files are always drawn). */
  interval?: number
  /** Clock, in milliseconds. */
  now?: () => number
}

/** Runs with fewer files finish before a progress line would be read. */
export const progressMinimumFiles = 20

const eraseLine = '\r\u001B[K'

function inCi(env: Record<string, string | undefined>): boolean {
  const value = env.CI
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false'
}

export class Progress {
  done = 0
  findings = 0
  private drawn = false
  private last = Number.NEGATIVE_INFINITY

  constructor(
    private readonly target: ProgressTarget,
    readonly total: number,
    private readonly interval: number,
    private readonly now: () => number
  ) {}

  /** Count a linted file and its findings (errors and warnings). */
  fileDone(file: VFile): void {
    this.done++
    for (const message of file.messages) if (message.fatal === true || message.fatal === false) this.findings++
    const time = this.now()
    if (this.done === 1 || this.done === this.total || time - this.last >= this.interval) {
      this.last = time
      this.draw()
    }
  }

  /** The current line, without control characters. */
  line(): string {
    const noun = this.findings === 1 ? 'finding' : 'findings'
    const text = `plan-lint: ${this.done}/${this.total} files, ${this.findings} ${noun}`
    const width = this.target.columns
    return width && text.length >= width ? text.slice(0, Math.max(0, width - 1)) : text
  }

  private draw(): void {
    this.drawn = true
    this.target.write(`${eraseLine}${this.line()}`)
  }

  /** Erase the line, so the report starts on a clean line. */
  finish(): void {
    if (this.drawn) this.target.write(eraseLine)
    this.drawn = false
  }

  /** A unified plugin counting each file as its linting completes. */
  plugin(): Plugin {
    const progress = this
    function count() {
      return (_tree: unknown, file: VFile) => {
        progress.fileDone(file)
      }
    }
    // Attached from the plugin, so it runs after every other transformer.
    return function (this: import('unified').Processor) {
      this.use(count)
    }
  }
}

/** A progress line for this run, or `undefined` when none is to be shown. */
export function createProgress(options: ProgressOptions): Progress | undefined {
  const {target} = options
  if (!target?.isTTY || inCi(options.env) || options.format !== 'stylish') return undefined
  if (options.total < progressMinimumFiles) return undefined
  return new Progress(target, options.total, options.interval ?? 100, options.now ?? (() => performance.now()))
}
