#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);

// lib/findings/inline-allow.ts
var RULE_ID = /^[a-z0-9]+\/[a-z0-9][a-z0-9-]*$/;
function idsAfter(text, at) {
  let ids = [];
  for (let word of text.slice(at).split(/[\s,]+/))
    if (word) {
      if (RULE_ID.test(word)) ids.push(word);
      else if (ids.length || word !== "") break;
    }
  return ids;
}
function allows(text, marker, ruleId) {
  let at = text.indexOf(marker);
  if (at < 0) return !1;
  let ids = idsAfter(text, at + marker.length);
  return ids.length === 0 || ids.includes(ruleId);
}
var WHOLE_LINE_COMMENT = /^\s*(#|\/\/|--|;|<!--|\/\*|\*)/;
function isAllowedInline(file, line, ruleId, aboveLine) {
  let text = file.lineText(line);
  if (text.includes("stowaway:allow") && !text.includes("stowaway:allow-next-line") && allows(text, "stowaway:allow", ruleId) || text.includes("gitleaks:allow") || text.includes("pragma: allowlist secret")) return !0;
  let above = file.lineText((aboveLine ?? line) - 1);
  return above.includes("stowaway:allow-next-line") ? allows(above, "stowaway:allow-next-line", ruleId) : above.includes("stowaway:allow") && WHOLE_LINE_COMMENT.test(above) ? allows(above, "stowaway:allow", ruleId) : !1;
}

export {
  isAllowedInline
};
