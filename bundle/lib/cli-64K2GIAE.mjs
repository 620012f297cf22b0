import {createRequire as __createRequire} from 'node:module';
const require = __createRequire(import.meta.url);
import {
  run
} from "./chunk-STPMOZ6U.mjs";
import "./chunk-2LJZVZKE.mjs";
import "./chunk-X2C72NKK.mjs";
import "./chunk-M4OLL36C.mjs";
import "./chunk-WKNXYJCK.mjs";
import "./chunk-E6U4MPQZ.mjs";
import "./chunk-UHKIJ3EP.mjs";
import "./chunk-BZDKYO32.mjs";
import "./chunk-3RFBON4D.mjs";
export {
  run
};
