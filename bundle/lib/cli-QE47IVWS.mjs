import {createRequire as __createRequire} from 'node:module';
const require = __createRequire(import.meta.url);
import {
  run
} from "./chunk-EE6FDGFB.mjs";
import "./chunk-2LJZVZKE.mjs";
import "./chunk-TAEIWIYL.mjs";
import "./chunk-EVNM3IY7.mjs";
import "./chunk-ORAIXMX2.mjs";
import "./chunk-6ZCFAPQF.mjs";
import "./chunk-7QP3ABYK.mjs";
import "./chunk-BZDKYO32.mjs";
import "./chunk-XFQNGUVZ.mjs";
import "./chunk-3RFBON4D.mjs";
export {
  run
};
