import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/catalog/hash.ts
import { createHash, hash as oneShot } from "node:crypto";
import fs from "node:fs";
function sha256Bytes(data) {
  return oneShot("sha256", data, "hex");
}
__name(sha256Bytes, "sha256Bytes");
async function sha256File(file, signal) {
  const h = createHash("sha256");
  let size = 0;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024, signal })) {
    h.update(chunk);
    size += chunk.length;
  }
  return { digest: h.digest("hex"), size };
}
__name(sha256File, "sha256File");

export {
  sha256Bytes,
  sha256File
};
