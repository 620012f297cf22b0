import {createRequire as __createRequire} from 'node:module';
const require = __createRequire(import.meta.url);
import {
  escapeData,
  escapeProperty,
  githubCommand,
  githubReport
} from "./chunk-JWN6SKV3.mjs";
import "./chunk-ORAIXMX2.mjs";
import "./chunk-XFQNGUVZ.mjs";
import "./chunk-3RFBON4D.mjs";
export {
  escapeData,
  escapeProperty,
  githubCommand,
  githubReport
};
