import {createRequire as __createRequire} from 'node:module';
const require = __createRequire(import.meta.url);
import {
  sarifReport
} from "./chunk-25J3EQNG.mjs";
import "./chunk-T4KCR3QG.mjs";
import "./chunk-ORAIXMX2.mjs";
import "./chunk-BRDX5OTR.mjs";
import "./chunk-H65FHRHO.mjs";
import "./chunk-BZDKYO32.mjs";
import "./chunk-XFQNGUVZ.mjs";
import "./chunk-3RFBON4D.mjs";
export {
  sarifReport
};
