import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/github/workflow-commands.ts
var ZWSP = "\u200B";
function inertLine(line) {
  let out = line.replace(/##\[/g, `#${ZWSP}#[`);
  const lead = /^\s*/.exec(out)[0].length;
  if (out.startsWith("::", lead)) out = `${out.slice(0, lead)}:${ZWSP}:${out.slice(lead + 2)}`;
  return out;
}
__name(inertLine, "inertLine");
function inertText(text) {
  return text.split(/\r\n|\r|\n/).map(inertLine).join("\n");
}
__name(inertText, "inertText");
function inertOneLine(text) {
  return inertLine(text.replace(/\r\n|\r|\n/g, " "));
}
__name(inertOneLine, "inertOneLine");
function inertStream(stream) {
  return new Proxy(stream, {
    get(target, prop, receiver) {
      if (prop === "write") {
        return (chunk, ...rest) => target.write(typeof chunk === "string" ? inertText(chunk) : chunk, ...rest);
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === "function" ? v.bind(target) : v;
    }
  });
}
__name(inertStream, "inertStream");
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
__name(escapeData, "escapeData");

export {
  inertText,
  inertOneLine,
  inertStream,
  escapeData
};
