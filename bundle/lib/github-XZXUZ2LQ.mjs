import {createRequire as __createRequire} from 'node:module';
const require = __createRequire(import.meta.url);
import {
  escapeData,
  escapeProperty,
  githubCommand,
  githubReport
} from "./chunk-RI2JYSKQ.mjs";
import "./chunk-M4OLL36C.mjs";
import "./chunk-E6U4MPQZ.mjs";
import "./chunk-BZDKYO32.mjs";
import "./chunk-3RFBON4D.mjs";
export {
  escapeData,
  escapeProperty,
  githubCommand,
  githubReport
};
