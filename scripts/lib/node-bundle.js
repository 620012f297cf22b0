import vm from 'node:vm'
import ts from 'typescript'
import {wrap} from '../bundle-entries/load-bundle.js'

/**
 * esbuild settings for a self-contained ESM bundle that runs on Node: the
 * shipped CLI and Action (scripts/bundle.js), the template compiler's
 * scratch bundles (scripts/compile-templates.js) and the benchmark's
 * parse-only floor (bench/src/run.js), so each is built the same way.
 */
export const nodeBundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Node 20 has RegExp `v` flags (V8 11.3); esbuild would rewrite them as
  // `new RegExp(...)`, compiled eagerly at load (string-width's emoji pattern: 15 ms).
  supported: {'regexp-set-notation': true},
  // Dependencies written in CommonJS call `require`: give ESM output one.
  banner: {js: "import {createRequire as __createRequire} from 'node:module';\nconst require = __createRequire(import.meta.url);"},
  logLevel: 'warning'
}

/**
 * esbuild settings (on top of `nodeBundleOptions`) for a CommonJS script
 * that scripts/bundle-entries/load-bundle.js loads: plan-lint's bundle
 * (scripts/bundle.js) and the benchmark's parse-only floor (bench/src/run.js).
 */
export const nodeScriptOptions = {
  format: 'cjs',
  // The sources are ES modules: `import.meta.url` is the script's URL, as it
  // was each module's own before bundling (nothing depends on the difference).
  define: {'import.meta.url': '__planLintScriptUrl'},
  banner: {js: "var __planLintScriptUrl = require('node:url').pathToFileURL(__filename).href;"}
}

/**
 * The text esbuild wrote for such a script, as load-bundle.js loads it:
 * `import()` handed to the entry module, all ASCII; checked to compile.
 */
export function scriptText(text, name) {
  const finished = asciiOnly(hostImports(text, name))
  new vm.Script(wrap(finished), {filename: name})
  return finished
}

/**
 * The script's `import()` expressions (those esbuild leaves: a user's
 * configuration and the plugins it names, a Node module loaded late) as
 * calls of `__planLintImport`, which the entry module passes in as its own
 * `import()`. Node 20 runs `import()` inside a `vm.Script` only through an
 * experimental option that prints a warning, and not at all in a script
 * compiled from a code cache (`ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING`).
 * Found with TypeScript's parser, not by text: only calls, never comments or
 * strings.
 */
function hostImports(text, name) {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS)
  const starts = []
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) starts.push(node.expression.getStart(source))
    ts.forEachChild(node, visit)
  }
  visit(source)
  let result = ''
  let last = 0
  for (const start of starts.sort((a, b) => a - b)) {
    if (text.slice(start, start + 6) !== 'import') throw new Error(`Expected \`import\` at ${start} of the bundle`)
    result += `${text.slice(last, start)}__planLintImport`
    last = start + 6
  }
  return result + text.slice(last)
}

/**
 * The script's text with every character past ASCII written as a `\\u`
 * escape. esbuild escapes strings and templates itself but keeps regular
 * expression literals and some comments as written, and in those an escape
 * means the same character. A text that is all ASCII is read without UTF-8
 * decoding, and V8 keeps it in one byte per character (load-bundle.js):
 * about 6 ms of each run's start. Anywhere else (a tagged template, whose
 * `String.raw` text keeps an escape as written) the build fails instead:
 * outside comments, such a character must follow a `/` on its line, with no
 * backtick between.
 */
function asciiOnly(text) {
  const lines = text.split('\n')
  for (const [index, line] of lines.entries()) {
    const at = line.search(/[^\x00-\x7F]/)
    if (at === -1 || /^\s*(?:\/\/|\/\*|\*)/.test(line)) continue
    const before = line.slice(0, at)
    if (!before.includes('/') || before.slice(before.indexOf('/')).includes('`')) {
      throw new Error(`Line ${index + 1} of the bundle holds text past ASCII outside a regular expression or a comment: ${line.trim().slice(0, 120)}`)
    }
  }
  return text.replace(/[^\x00-\x7F]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

