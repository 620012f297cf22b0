#!/usr/bin/env node
import process from 'node:process'
import {createLanguageServer} from '../dist/language-server.js'

process.title = 'plan-lint-language-server'

const transports = ['--stdio', '--node-ipc', '--socket=', '--pipe=']
const args = process.argv.slice(2)

if (args.some((arg) => transports.some((transport) => arg.startsWith(transport)))) {
  createLanguageServer()
} else {
  process.stderr.write(
    'Usage: plan-lint-language-server --stdio\n\n' +
      'Lint Markdown implementation plans in your editor over the Language Server Protocol.\n' +
      'Editor setup: https://github.com/plan-lint/plan-lint/blob/main/docs/editors.md\n'
  )
  process.exitCode = 2
}
