import {createRequire as __createRequire} from 'node:module';
const require = __createRequire(import.meta.url);
import {
  run
} from "./chunk-3K5V3ZBZ.mjs";
import "./chunk-2LJZVZKE.mjs";
import "./chunk-TAEIWIYL.mjs";
import "./chunk-466D2MHP.mjs";
import "./chunk-FH7TC5GH.mjs";
import "./chunk-FMGJOT43.mjs";
import "./chunk-E6U4MPQZ.mjs";
import "./chunk-T3SXVBNR.mjs";
import "./chunk-BZDKYO32.mjs";
import "./chunk-3RFBON4D.mjs";
export {
  run
};
