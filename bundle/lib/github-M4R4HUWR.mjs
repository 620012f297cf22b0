import {createRequire as __createRequire} from 'node:module';
const require = __createRequire(import.meta.url);
import {
  escapeData,
  escapeProperty,
  githubCommand,
  githubReport
} from "./chunk-ORTHP6XQ.mjs";
import "./chunk-FH7TC5GH.mjs";
import "./chunk-E6U4MPQZ.mjs";
import "./chunk-3RFBON4D.mjs";
export {
  escapeData,
  escapeProperty,
  githubCommand,
  githubReport
};
