import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);

// src/github/workflow-commands.ts
var ZWSP = "\u200B";
function inertLine(line) {
  let out = line.replace(/##\[/g, `#${ZWSP}#[`);
  const lead = /^\s*/.exec(out)[0].length;
  if (out.startsWith("::", lead)) out = `${out.slice(0, lead)}:${ZWSP}:${out.slice(lead + 2)}`;
  return out;
}
function inertText(text) {
  return text.split(/\r\n|\r|\n/).map(inertLine).join("\n");
}
function inertOneLine(text) {
  return inertLine(text.replace(/\r\n|\r|\n/g, " "));
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export {
  inertText,
  inertOneLine,
  escapeData
};
