import {createRequire as __createRequire} from 'node:module';
const require = __createRequire(import.meta.url);
import {
  sarifReport
} from "./chunk-43QCD74O.mjs";
import "./chunk-H52ODYLZ.mjs";
import "./chunk-ORAIXMX2.mjs";
import "./chunk-WNMIOWVO.mjs";
import "./chunk-FOCHGUSW.mjs";
import "./chunk-BZDKYO32.mjs";
import "./chunk-XFQNGUVZ.mjs";
import "./chunk-3RFBON4D.mjs";
export {
  sarifReport
};
