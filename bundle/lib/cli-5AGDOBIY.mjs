import {createRequire as __createRequire} from 'node:module';
const require = __createRequire(import.meta.url);
import {
  run
} from "./chunk-SQG2ZQTB.mjs";
import "./chunk-2LJZVZKE.mjs";
import "./chunk-WASSYTPG.mjs";
import "./chunk-M4OLL36C.mjs";
import "./chunk-C7VJKDTQ.mjs";
import "./chunk-E6U4MPQZ.mjs";
import "./chunk-FJ2HTWLU.mjs";
import "./chunk-BZDKYO32.mjs";
import "./chunk-3RFBON4D.mjs";
export {
  run
};
