#!/usr/bin/env node
import {createRequire as __createRequire} from 'node:module';
const require = __createRequire(import.meta.url);

// plan-lint-entry:plan-lint
import { existsSync } from "node:fs";
var workspaceCli = new URL("../packages/cli/dist/cli.js", import.meta.url);
var { run } = existsSync(workspaceCli) ? await import(workspaceCli.href) : await import("./lib/cli-GHBX46AY.mjs");
process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: Boolean(process.stdout.isTTY) && !("NO_COLOR" in process.env),
  progress: process.stderr,
  env: process.env
});
