#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  isAllowedInline
} from "./chunk-HLJLOOH4.mjs";
import {
  isDockerfilePath
} from "./chunk-RBNL6D7Y.mjs";
import {
  isPlaceholder
} from "./chunk-OIW3BP32.mjs";
import "./chunk-3IKRVYFW.mjs";
import {
  alnum,
  base64,
  chars,
  checksummedToken,
  digits,
  hex
} from "./chunk-ODEGJGZB.mjs";
import {
  __commonJS,
  __esm,
  __export,
  __require,
  __toCommonJS,
  __toESM
} from "./chunk-OIENDWQO.mjs";

// node_modules/@balena/dockerignore/ignore.js
var require_ignore = __commonJS({
  "node_modules/@balena/dockerignore/ignore.js"(exports, module) {
    "use strict";
    var path = __require("path"), factory = (options) => new IgnoreBase(options);
    factory.default = factory;
    module.exports = factory;
    function make_array(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var REGEX_TRAILING_SLASH = /(?<=.)\/$/, REGEX_TRAILING_BACKSLASH = /(?<=.)\\$/, REGEX_TRAILING_PATH_SEP = path.sep === "\\" ? REGEX_TRAILING_BACKSLASH : REGEX_TRAILING_SLASH, KEY_IGNORE = typeof Symbol < "u" ? /* @__PURE__ */ Symbol.for("dockerignore") : "dockerignore";
    function cleanPath(file) {
      return path.normalize(file).replace(REGEX_TRAILING_PATH_SEP, "");
    }
    function toSlash(file) {
      return path.sep === "/" ? file : file.replace(/\\/g, "/");
    }
    function fromSlash(file) {
      return path.sep === "/" ? file : file.replace(/\//g, path.sep);
    }
    var IgnoreBase = class {
      constructor({
        // https://github.com/kaelzhang/node-ignore/blob/5.1.4/index.js#L372
        ignorecase = !0
      } = {}) {
        this._rules = [], this._ignorecase = ignorecase, this[KEY_IGNORE] = !0, this._initCache();
      }
      _initCache() {
        this._cache = {};
      }
      // @param {Array.<string>|string|Ignore} pattern
      add(pattern) {
        return this._added = !1, typeof pattern == "string" && (pattern = pattern.split(/\r?\n/g)), make_array(pattern).forEach(this._addPattern, this), this._added && this._initCache(), this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      _addPattern(pattern) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules), this._added = !0;
          return;
        }
        if (this._checkPattern(pattern)) {
          let rule = this._createRule(pattern.trim());
          rule !== null && (this._added = !0, this._rules.push(rule));
        }
      }
      _checkPattern(pattern) {
        return pattern && typeof pattern == "string" && pattern.indexOf("#") !== 0 && pattern.trim() !== "";
      }
      filter(paths) {
        return make_array(paths).filter((path2) => this._filter(path2));
      }
      createFilter() {
        return (path2) => this._filter(path2);
      }
      ignores(path2) {
        return !this._filter(path2);
      }
      // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L41-L53
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L29-L55
      _createRule(pattern) {
        let origin = pattern, negative = !1;
        if (pattern[0] === "!" && (negative = !0, pattern = pattern.substring(1).trim()), pattern.length > 0 && (pattern = cleanPath(pattern), pattern = toSlash(pattern), pattern.length > 1 && pattern[0] === "/" && (pattern = pattern.slice(1))), negative && (pattern = "!" + pattern), pattern = pattern.trim(), pattern === "")
          return null;
        if (pattern = cleanPath(pattern), pattern[0] === "!") {
          if (pattern.length === 1)
            return null;
          negative = !0, pattern = pattern.substring(1);
        } else
          negative = !1;
        return {
          origin,
          pattern,
          // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L54
          dirs: pattern.split(path.sep),
          negative
        };
      }
      // @returns `Boolean` true if the `path` is NOT ignored
      _filter(path2) {
        return path2 ? path2 in this._cache ? this._cache[path2] : this._cache[path2] = this._test(path2) : !1;
      }
      // @returns {Boolean} true if a file is NOT ignored
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L62
      _test(file) {
        file = fromSlash(file);
        let parentPath = cleanPath(path.dirname(file)), parentPathDirs = parentPath.split(path.sep), matched = !1;
        return this._rules.forEach((rule) => {
          let match = this._match(file, rule);
          if (!match && parentPath !== ".")
            if (rule.dirs.includes("**"))
              for (let i = rule.dirs.filter((x) => x !== "**").length; i <= parentPathDirs.length; i++)
                match = match || this._match(parentPathDirs.slice(0, i).join(path.sep), rule);
            else rule.dirs.length <= parentPathDirs.length && (match = this._match(parentPathDirs.slice(0, rule.dirs.length).join(path.sep), rule));
          match && (matched = !rule.negative);
        }), !matched;
      }
      // @returns {Boolean} true if a file is matched by a rule
      _match(file, rule) {
        return this._compile(rule).regexp.test(file);
      }
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L139
      _compile(rule) {
        if (rule.regexp)
          return rule;
        let regStr = "^", escapedSlash = path.sep === "\\" ? "\\\\" : path.sep;
        for (let i = 0; i < rule.pattern.length; i++) {
          let ch = rule.pattern[i];
          if (ch === "*")
            rule.pattern[i + 1] === "*" ? (i++, rule.pattern[i + 1] === path.sep && i++, rule.pattern[i + 1] === void 0 ? regStr += ".*" : regStr += `(.*${escapedSlash})?`) : regStr += `[^${escapedSlash}]*`;
          else if (ch === "?")
            regStr += `[^${escapedSlash}]`;
          else if (ch === "." || ch === "$")
            regStr += `\\${ch}`;
          else if (ch === "\\") {
            if (path.sep === "\\") {
              regStr += escapedSlash;
              continue;
            }
            rule.pattern[i + 1] !== void 0 ? (regStr += "\\" + rule.pattern[i + 1], i++) : regStr += "\\";
          } else
            regStr += ch;
        }
        return regStr += "$", rule.regexp = new RegExp(regStr, this._ignorecase ? "i" : ""), rule;
      }
    };
  }
});

// node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "node_modules/dockerfile-ast/lib/argument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Argument = void 0;
    var Argument = class {
      constructor(value, range) {
        this.value = value, this.range = range;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position) {
        return this.range.end.line < position.line ? !1 : this.range.start.line > position.line ? !0 : this.range.start.character > position.character;
      }
      isBefore(position) {
        return this.range.start.line < position.line ? !0 : this.range.end.line > position.line ? !1 : this.range.end.character < position.character;
      }
    };
    exports.Argument = Argument;
  }
});

// node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonArgument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.JSONArgument = void 0;
    var argument_1 = require_argument(), JSONArgument = class extends argument_1.Argument {
      constructor(value, range, jsonRange) {
        super(value, range), this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value = super.getValue();
        return value = value.substring(1, value.length - 1), value;
      }
    };
    exports.JSONArgument = JSONArgument;
  }
});

// node_modules/vscode-languageserver-types/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  AnnotatedTextEdit: () => AnnotatedTextEdit,
  ApplyKind: () => ApplyKind,
  ChangeAnnotation: () => ChangeAnnotation,
  ChangeAnnotationIdentifier: () => ChangeAnnotationIdentifier,
  CodeAction: () => CodeAction,
  CodeActionContext: () => CodeActionContext,
  CodeActionKind: () => CodeActionKind,
  CodeActionTag: () => CodeActionTag,
  CodeActionTriggerKind: () => CodeActionTriggerKind,
  CodeDescription: () => CodeDescription,
  CodeLens: () => CodeLens,
  Color: () => Color,
  ColorInformation: () => ColorInformation,
  ColorPresentation: () => ColorPresentation,
  Command: () => Command,
  CompletionItem: () => CompletionItem,
  CompletionItemKind: () => CompletionItemKind,
  CompletionItemLabelDetails: () => CompletionItemLabelDetails,
  CompletionItemTag: () => CompletionItemTag,
  CompletionList: () => CompletionList,
  CreateFile: () => CreateFile,
  DeleteFile: () => DeleteFile,
  Diagnostic: () => Diagnostic,
  DiagnosticRelatedInformation: () => DiagnosticRelatedInformation,
  DiagnosticSeverity: () => DiagnosticSeverity,
  DiagnosticTag: () => DiagnosticTag,
  DocumentHighlight: () => DocumentHighlight,
  DocumentHighlightKind: () => DocumentHighlightKind,
  DocumentLink: () => DocumentLink,
  DocumentSymbol: () => DocumentSymbol,
  DocumentUri: () => DocumentUri,
  EOL: () => EOL,
  FoldingRange: () => FoldingRange,
  FoldingRangeKind: () => FoldingRangeKind,
  FormattingOptions: () => FormattingOptions,
  Hover: () => Hover,
  InlayHint: () => InlayHint,
  InlayHintKind: () => InlayHintKind,
  InlayHintLabelPart: () => InlayHintLabelPart,
  InlineCompletionContext: () => InlineCompletionContext,
  InlineCompletionItem: () => InlineCompletionItem,
  InlineCompletionList: () => InlineCompletionList,
  InlineCompletionTriggerKind: () => InlineCompletionTriggerKind,
  InlineValueContext: () => InlineValueContext,
  InlineValueEvaluatableExpression: () => InlineValueEvaluatableExpression,
  InlineValueText: () => InlineValueText,
  InlineValueVariableLookup: () => InlineValueVariableLookup,
  InsertReplaceEdit: () => InsertReplaceEdit,
  InsertTextFormat: () => InsertTextFormat,
  InsertTextMode: () => InsertTextMode,
  LanguageKind: () => LanguageKind,
  Location: () => Location,
  LocationLink: () => LocationLink,
  MarkedString: () => MarkedString,
  MarkupContent: () => MarkupContent,
  MarkupKind: () => MarkupKind,
  OptionalVersionedTextDocumentIdentifier: () => OptionalVersionedTextDocumentIdentifier,
  ParameterInformation: () => ParameterInformation,
  Position: () => Position,
  Range: () => Range,
  RenameFile: () => RenameFile,
  SelectedCompletionInfo: () => SelectedCompletionInfo,
  SelectionRange: () => SelectionRange,
  SemanticTokenModifiers: () => SemanticTokenModifiers,
  SemanticTokenTypes: () => SemanticTokenTypes,
  SemanticTokens: () => SemanticTokens,
  SignatureInformation: () => SignatureInformation,
  SnippetTextEdit: () => SnippetTextEdit,
  StringValue: () => StringValue,
  SymbolInformation: () => SymbolInformation,
  SymbolKind: () => SymbolKind,
  SymbolTag: () => SymbolTag,
  TextDocument: () => TextDocument,
  TextDocumentEdit: () => TextDocumentEdit,
  TextDocumentIdentifier: () => TextDocumentIdentifier,
  TextDocumentItem: () => TextDocumentItem,
  TextEdit: () => TextEdit,
  URI: () => URI,
  VersionedTextDocumentIdentifier: () => VersionedTextDocumentIdentifier,
  WorkspaceChange: () => WorkspaceChange,
  WorkspaceEdit: () => WorkspaceEdit,
  WorkspaceFolder: () => WorkspaceFolder,
  WorkspaceSymbol: () => WorkspaceSymbol,
  integer: () => integer,
  uinteger: () => uinteger
});
var DocumentUri, URI, integer, uinteger, Position, Range, Location, LocationLink, Color, ColorInformation, ColorPresentation, FoldingRangeKind, FoldingRange, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, CodeDescription, Diagnostic, Command, TextEdit, ChangeAnnotation, ChangeAnnotationIdentifier, AnnotatedTextEdit, TextDocumentEdit, CreateFile, RenameFile, DeleteFile, WorkspaceEdit, TextEditChangeImpl, SnippetTextEdit, ChangeAnnotations, WorkspaceChange, TextDocumentIdentifier, VersionedTextDocumentIdentifier, OptionalVersionedTextDocumentIdentifier, LanguageKind, TextDocumentItem, MarkupKind, MarkupContent, CompletionItemKind, InsertTextFormat, CompletionItemTag, InsertReplaceEdit, InsertTextMode, ApplyKind, CompletionItemLabelDetails, CompletionItem, CompletionList, MarkedString, Hover, ParameterInformation, SignatureInformation, DocumentHighlightKind, DocumentHighlight, SymbolKind, SymbolTag, SymbolInformation, WorkspaceSymbol, DocumentSymbol, CodeActionKind, CodeActionTriggerKind, CodeActionContext, CodeActionTag, CodeAction, CodeLens, FormattingOptions, DocumentLink, SelectionRange, SemanticTokenTypes, SemanticTokenModifiers, SemanticTokens, InlineValueText, InlineValueVariableLookup, InlineValueEvaluatableExpression, InlineValueContext, InlayHintKind, InlayHintLabelPart, InlayHint, StringValue, InlineCompletionItem, InlineCompletionList, InlineCompletionTriggerKind, SelectedCompletionInfo, InlineCompletionContext, WorkspaceFolder, EOL, TextDocument, FullTextDocument, Is, init_main = __esm({
  "node_modules/vscode-languageserver-types/lib/esm/main.js"() {
    "use strict";
    (function(DocumentUri2) {
      function is(value) {
        return typeof value == "string";
      }
      DocumentUri2.is = is;
    })(DocumentUri || (DocumentUri = {}));
    (function(URI2) {
      function is(value) {
        return typeof value == "string";
      }
      URI2.is = is;
    })(URI || (URI = {}));
    (function(integer2) {
      integer2.MIN_VALUE = -2147483648, integer2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value == "number" && integer2.MIN_VALUE <= value && value <= integer2.MAX_VALUE;
      }
      integer2.is = is;
    })(integer || (integer = {}));
    (function(uinteger2) {
      uinteger2.MIN_VALUE = 0, uinteger2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value == "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
      }
      uinteger2.is = is;
    })(uinteger || (uinteger = {}));
    (function(Position2) {
      function create(line, character) {
        return line === Number.MAX_VALUE && (line = uinteger.MAX_VALUE), character === Number.MAX_VALUE && (character = uinteger.MAX_VALUE), { line, character };
      }
      Position2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
      }
      Position2.is = is;
    })(Position || (Position = {}));
    (function(Range2) {
      function create(one, two, three, four) {
        if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four))
          return { start: Position.create(one, two), end: Position.create(three, four) };
        if (Position.is(one) && Position.is(two))
          return { start: one, end: two };
        throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
      }
      Range2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
      }
      Range2.is = is;
    })(Range || (Range = {}));
    (function(Location2) {
      function create(uri, range) {
        return { uri, range };
      }
      Location2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
      }
      Location2.is = is;
    })(Location || (Location = {}));
    (function(LocationLink2) {
      function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
        return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
      }
      LocationLink2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
      }
      LocationLink2.is = is;
    })(LocationLink || (LocationLink = {}));
    (function(Color2) {
      function create(red, green, blue, alpha) {
        return {
          red,
          green,
          blue,
          alpha
        };
      }
      Color2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
      }
      Color2.is = is;
    })(Color || (Color = {}));
    (function(ColorInformation2) {
      function create(range, color) {
        return {
          range,
          color
        };
      }
      ColorInformation2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
      }
      ColorInformation2.is = is;
    })(ColorInformation || (ColorInformation = {}));
    (function(ColorPresentation2) {
      function create(label, textEdit, additionalTextEdits) {
        return {
          label,
          textEdit,
          additionalTextEdits
        };
      }
      ColorPresentation2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
      }
      ColorPresentation2.is = is;
    })(ColorPresentation || (ColorPresentation = {}));
    (function(FoldingRangeKind2) {
      FoldingRangeKind2.Comment = "comment", FoldingRangeKind2.Imports = "imports", FoldingRangeKind2.Region = "region";
    })(FoldingRangeKind || (FoldingRangeKind = {}));
    (function(FoldingRange2) {
      function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
        let result = {
          startLine,
          endLine
        };
        return Is.defined(startCharacter) && (result.startCharacter = startCharacter), Is.defined(endCharacter) && (result.endCharacter = endCharacter), Is.defined(kind) && (result.kind = kind), Is.defined(collapsedText) && (result.collapsedText = collapsedText), result;
      }
      FoldingRange2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
      }
      FoldingRange2.is = is;
    })(FoldingRange || (FoldingRange = {}));
    (function(DiagnosticRelatedInformation2) {
      function create(location, message) {
        return {
          location,
          message
        };
      }
      DiagnosticRelatedInformation2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
      }
      DiagnosticRelatedInformation2.is = is;
    })(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
    (function(DiagnosticSeverity2) {
      DiagnosticSeverity2.Error = 1, DiagnosticSeverity2.Warning = 2, DiagnosticSeverity2.Information = 3, DiagnosticSeverity2.Hint = 4;
    })(DiagnosticSeverity || (DiagnosticSeverity = {}));
    (function(DiagnosticTag2) {
      DiagnosticTag2.Unnecessary = 1, DiagnosticTag2.Deprecated = 2;
    })(DiagnosticTag || (DiagnosticTag = {}));
    (function(CodeDescription2) {
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.href);
      }
      CodeDescription2.is = is;
    })(CodeDescription || (CodeDescription = {}));
    (function(Diagnostic2) {
      function create(range, message, severity, code, source, relatedInformation) {
        let result = { range, message };
        return Is.defined(severity) && (result.severity = severity), Is.defined(code) && (result.code = code), Is.defined(source) && (result.source = source), Is.defined(relatedInformation) && (result.relatedInformation = relatedInformation), result;
      }
      Diagnostic2.create = create;
      function is(value) {
        var _a;
        let candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
      }
      Diagnostic2.is = is;
      function is3_17(value) {
        return Is.string(value.message);
      }
      Diagnostic2.is3_17 = is3_17;
      function getMessageString(diagnostic) {
        if (Is.string(diagnostic.message))
          return diagnostic.message;
        if (MarkupContent.is(diagnostic.message))
          return diagnostic.message.value;
        throw new Error(`Unknown message type ${typeof diagnostic.message}`);
      }
      Diagnostic2.getMessageString = getMessageString;
    })(Diagnostic || (Diagnostic = {}));
    (function(Command2) {
      function create(title, command, ...args2) {
        let result = { title, command };
        return Is.defined(args2) && args2.length > 0 && (result.arguments = args2), result;
      }
      Command2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
      }
      Command2.is = is;
    })(Command || (Command = {}));
    (function(TextEdit2) {
      function replace(range, newText) {
        return { range, newText };
      }
      TextEdit2.replace = replace;
      function insert(position, newText) {
        return { range: { start: position, end: position }, newText };
      }
      TextEdit2.insert = insert;
      function del(range) {
        return { range, newText: "" };
      }
      TextEdit2.del = del;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
      }
      TextEdit2.is = is;
    })(TextEdit || (TextEdit = {}));
    (function(ChangeAnnotation2) {
      function create(label, needsConfirmation, description) {
        let result = { label };
        return needsConfirmation !== void 0 && (result.needsConfirmation = needsConfirmation), description !== void 0 && (result.description = description), result;
      }
      ChangeAnnotation2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      ChangeAnnotation2.is = is;
    })(ChangeAnnotation || (ChangeAnnotation = {}));
    (function(ChangeAnnotationIdentifier2) {
      function is(value) {
        let candidate = value;
        return Is.string(candidate);
      }
      ChangeAnnotationIdentifier2.is = is;
    })(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
    (function(AnnotatedTextEdit2) {
      function replace(range, newText, annotation) {
        return { range, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.replace = replace;
      function insert(position, newText, annotation) {
        return { range: { start: position, end: position }, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.insert = insert;
      function del(range, annotation) {
        return { range, newText: "", annotationId: annotation };
      }
      AnnotatedTextEdit2.del = del;
      function is(value) {
        let candidate = value;
        return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      AnnotatedTextEdit2.is = is;
    })(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
    (function(TextDocumentEdit2) {
      function create(textDocument, edits) {
        return { textDocument, edits };
      }
      TextDocumentEdit2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
      }
      TextDocumentEdit2.is = is;
    })(TextDocumentEdit || (TextDocumentEdit = {}));
    (function(CreateFile2) {
      function create(uri, options, annotation) {
        let result = {
          kind: "create",
          uri
        };
        return options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0) && (result.options = options), annotation !== void 0 && (result.annotationId = annotation), result;
      }
      CreateFile2.create = create;
      function is(value) {
        let candidate = value;
        return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      CreateFile2.is = is;
    })(CreateFile || (CreateFile = {}));
    (function(RenameFile2) {
      function create(oldUri, newUri, options, annotation) {
        let result = {
          kind: "rename",
          oldUri,
          newUri
        };
        return options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0) && (result.options = options), annotation !== void 0 && (result.annotationId = annotation), result;
      }
      RenameFile2.create = create;
      function is(value) {
        let candidate = value;
        return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      RenameFile2.is = is;
    })(RenameFile || (RenameFile = {}));
    (function(DeleteFile2) {
      function create(uri, options, annotation) {
        let result = {
          kind: "delete",
          uri
        };
        return options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0) && (result.options = options), annotation !== void 0 && (result.annotationId = annotation), result;
      }
      DeleteFile2.create = create;
      function is(value) {
        let candidate = value;
        return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      DeleteFile2.is = is;
    })(DeleteFile || (DeleteFile = {}));
    (function(WorkspaceEdit2) {
      function is(value) {
        let candidate = value;
        return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => Is.string(change.kind) ? CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change) : TextDocumentEdit.is(change)));
      }
      WorkspaceEdit2.is = is;
    })(WorkspaceEdit || (WorkspaceEdit = {}));
    TextEditChangeImpl = class {
      constructor(edits, changeAnnotations) {
        this.edits = edits, this.changeAnnotations = changeAnnotations;
      }
      insert(position, newText, annotation) {
        let edit, id;
        if (annotation === void 0 ? edit = TextEdit.insert(position, newText) : ChangeAnnotationIdentifier.is(annotation) ? (id = annotation, edit = AnnotatedTextEdit.insert(position, newText, annotation)) : (this.assertChangeAnnotations(this.changeAnnotations), id = this.changeAnnotations.manage(annotation), edit = AnnotatedTextEdit.insert(position, newText, id)), this.edits.push(edit), id !== void 0)
          return id;
      }
      replace(range, newText, annotation) {
        let edit, id;
        if (annotation === void 0 ? edit = TextEdit.replace(range, newText) : ChangeAnnotationIdentifier.is(annotation) ? (id = annotation, edit = AnnotatedTextEdit.replace(range, newText, annotation)) : (this.assertChangeAnnotations(this.changeAnnotations), id = this.changeAnnotations.manage(annotation), edit = AnnotatedTextEdit.replace(range, newText, id)), this.edits.push(edit), id !== void 0)
          return id;
      }
      delete(range, annotation) {
        let edit, id;
        if (annotation === void 0 ? edit = TextEdit.del(range) : ChangeAnnotationIdentifier.is(annotation) ? (id = annotation, edit = AnnotatedTextEdit.del(range, annotation)) : (this.assertChangeAnnotations(this.changeAnnotations), id = this.changeAnnotations.manage(annotation), edit = AnnotatedTextEdit.del(range, id)), this.edits.push(edit), id !== void 0)
          return id;
      }
      add(edit) {
        this.edits.push(edit);
      }
      all() {
        return this.edits;
      }
      clear() {
        this.edits.splice(0, this.edits.length);
      }
      assertChangeAnnotations(value) {
        if (value === void 0)
          throw new Error("Text edit change is not configured to manage change annotations.");
      }
    };
    (function(SnippetTextEdit2) {
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      SnippetTextEdit2.is = is;
    })(SnippetTextEdit || (SnippetTextEdit = {}));
    ChangeAnnotations = class {
      constructor(annotations) {
        this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations, this._counter = 0, this._size = 0;
      }
      all() {
        return this._annotations;
      }
      get size() {
        return this._size;
      }
      manage(idOrAnnotation, annotation) {
        let id;
        if (ChangeAnnotationIdentifier.is(idOrAnnotation) ? id = idOrAnnotation : (id = this.nextId(), annotation = idOrAnnotation), this._annotations[id] !== void 0)
          throw new Error(`Id ${id} is already in use.`);
        if (annotation === void 0)
          throw new Error(`No annotation provided for id ${id}`);
        return this._annotations[id] = annotation, this._size++, id;
      }
      nextId() {
        return this._counter++, this._counter.toString();
      }
    }, WorkspaceChange = class {
      constructor(workspaceEdit) {
        this._textEditChanges = /* @__PURE__ */ Object.create(null), workspaceEdit !== void 0 ? (this._workspaceEdit = workspaceEdit, workspaceEdit.documentChanges ? (this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations), workspaceEdit.changeAnnotations = this._changeAnnotations.all(), workspaceEdit.documentChanges.forEach((change) => {
          if (TextDocumentEdit.is(change)) {
            let textEditChange = new TextEditChangeImpl(change.edits, this._changeAnnotations);
            this._textEditChanges[change.textDocument.uri] = textEditChange;
          }
        })) : workspaceEdit.changes && Object.keys(workspaceEdit.changes).forEach((key) => {
          let textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
          this._textEditChanges[key] = textEditChange;
        })) : this._workspaceEdit = {};
      }
      /**
       * Returns the underlying {@link WorkspaceEdit} literal
       * use to be returned from a workspace edit operation like rename.
       */
      get edit() {
        return this.initDocumentChanges(), this._changeAnnotations !== void 0 && (this._changeAnnotations.size === 0 ? this._workspaceEdit.changeAnnotations = void 0 : this._workspaceEdit.changeAnnotations = this._changeAnnotations.all()), this._workspaceEdit;
      }
      getTextEditChange(key) {
        if (OptionalVersionedTextDocumentIdentifier.is(key)) {
          if (this.initDocumentChanges(), this._workspaceEdit.documentChanges === void 0)
            throw new Error("Workspace edit is not configured for document changes.");
          let textDocument = { uri: key.uri, version: key.version }, result = this._textEditChanges[textDocument.uri];
          if (!result) {
            let edits = [], textDocumentEdit = {
              textDocument,
              edits
            };
            this._workspaceEdit.documentChanges.push(textDocumentEdit), result = new TextEditChangeImpl(edits, this._changeAnnotations), this._textEditChanges[textDocument.uri] = result;
          }
          return result;
        } else {
          if (this.initChanges(), this._workspaceEdit.changes === void 0)
            throw new Error("Workspace edit is not configured for normal text edit changes.");
          let result = this._textEditChanges[key];
          if (!result) {
            let edits = [];
            this._workspaceEdit.changes[key] = edits, result = new TextEditChangeImpl(edits), this._textEditChanges[key] = result;
          }
          return result;
        }
      }
      initDocumentChanges() {
        this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0 && (this._changeAnnotations = new ChangeAnnotations(), this._workspaceEdit.documentChanges = [], this._workspaceEdit.changeAnnotations = this._changeAnnotations.all());
      }
      initChanges() {
        this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0 && (this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null));
      }
      createFile(uri, optionsOrAnnotation, options) {
        if (this.initDocumentChanges(), this._workspaceEdit.documentChanges === void 0)
          throw new Error("Workspace edit is not configured for document changes.");
        let annotation;
        ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation) ? annotation = optionsOrAnnotation : options = optionsOrAnnotation;
        let operation, id;
        if (annotation === void 0 ? operation = CreateFile.create(uri, options) : (id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation), operation = CreateFile.create(uri, options, id)), this._workspaceEdit.documentChanges.push(operation), id !== void 0)
          return id;
      }
      renameFile(oldUri, newUri, optionsOrAnnotation, options) {
        if (this.initDocumentChanges(), this._workspaceEdit.documentChanges === void 0)
          throw new Error("Workspace edit is not configured for document changes.");
        let annotation;
        ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation) ? annotation = optionsOrAnnotation : options = optionsOrAnnotation;
        let operation, id;
        if (annotation === void 0 ? operation = RenameFile.create(oldUri, newUri, options) : (id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation), operation = RenameFile.create(oldUri, newUri, options, id)), this._workspaceEdit.documentChanges.push(operation), id !== void 0)
          return id;
      }
      deleteFile(uri, optionsOrAnnotation, options) {
        if (this.initDocumentChanges(), this._workspaceEdit.documentChanges === void 0)
          throw new Error("Workspace edit is not configured for document changes.");
        let annotation;
        ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation) ? annotation = optionsOrAnnotation : options = optionsOrAnnotation;
        let operation, id;
        if (annotation === void 0 ? operation = DeleteFile.create(uri, options) : (id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation), operation = DeleteFile.create(uri, options, id)), this._workspaceEdit.documentChanges.push(operation), id !== void 0)
          return id;
      }
    };
    (function(TextDocumentIdentifier2) {
      function create(uri) {
        return { uri };
      }
      TextDocumentIdentifier2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri);
      }
      TextDocumentIdentifier2.is = is;
    })(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
    (function(VersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      VersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
      }
      VersionedTextDocumentIdentifier2.is = is;
    })(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
    (function(OptionalVersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      OptionalVersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
      }
      OptionalVersionedTextDocumentIdentifier2.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
    (function(LanguageKind2) {
      LanguageKind2.ABAP = "abap", LanguageKind2.WindowsBat = "bat", LanguageKind2.BibTeX = "bibtex", LanguageKind2.Clojure = "clojure", LanguageKind2.Coffeescript = "coffeescript", LanguageKind2.C = "c", LanguageKind2.CPP = "cpp", LanguageKind2.CSharp = "csharp", LanguageKind2.CSS = "css", LanguageKind2.D = "d", LanguageKind2.Delphi = "pascal", LanguageKind2.Diff = "diff", LanguageKind2.Dart = "dart", LanguageKind2.Dockerfile = "dockerfile", LanguageKind2.Elixir = "elixir", LanguageKind2.Erlang = "erlang", LanguageKind2.FSharp = "fsharp", LanguageKind2.GitCommit = "git-commit", LanguageKind2.GitRebase = "git-rebase", LanguageKind2.Go = "go", LanguageKind2.Groovy = "groovy", LanguageKind2.Handlebars = "handlebars", LanguageKind2.Haskell = "haskell", LanguageKind2.HTML = "html", LanguageKind2.Ini = "ini", LanguageKind2.Java = "java", LanguageKind2.JavaScript = "javascript", LanguageKind2.JavaScriptReact = "javascriptreact", LanguageKind2.JSON = "json", LanguageKind2.LaTeX = "latex", LanguageKind2.Less = "less", LanguageKind2.Lua = "lua", LanguageKind2.Makefile = "makefile", LanguageKind2.Markdown = "markdown", LanguageKind2.ObjectiveC = "objective-c", LanguageKind2.ObjectiveCPP = "objective-cpp", LanguageKind2.Pascal = "pascal", LanguageKind2.Perl = "perl", LanguageKind2.Perl6 = "perl6", LanguageKind2.PHP = "php", LanguageKind2.Plaintext = "plaintext", LanguageKind2.Powershell = "powershell", LanguageKind2.Pug = "jade", LanguageKind2.Python = "python", LanguageKind2.R = "r", LanguageKind2.Razor = "razor", LanguageKind2.Ruby = "ruby", LanguageKind2.Rust = "rust", LanguageKind2.SCSS = "scss", LanguageKind2.SASS = "sass", LanguageKind2.Scala = "scala", LanguageKind2.ShaderLab = "shaderlab", LanguageKind2.ShellScript = "shellscript", LanguageKind2.SQL = "sql", LanguageKind2.Swift = "swift", LanguageKind2.TypeScript = "typescript", LanguageKind2.TypeScriptReact = "typescriptreact", LanguageKind2.TeX = "tex", LanguageKind2.VisualBasic = "vb", LanguageKind2.XML = "xml", LanguageKind2.XSL = "xsl", LanguageKind2.YAML = "yaml";
    })(LanguageKind || (LanguageKind = {}));
    (function(TextDocumentItem2) {
      function create(uri, languageId, version, text) {
        return { uri, languageId, version, text };
      }
      TextDocumentItem2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
      }
      TextDocumentItem2.is = is;
    })(TextDocumentItem || (TextDocumentItem = {}));
    (function(MarkupKind2) {
      MarkupKind2.PlainText = "plaintext", MarkupKind2.Markdown = "markdown";
      function is(value) {
        let candidate = value;
        return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
      }
      MarkupKind2.is = is;
    })(MarkupKind || (MarkupKind = {}));
    (function(MarkupContent2) {
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
      }
      MarkupContent2.is = is;
    })(MarkupContent || (MarkupContent = {}));
    (function(CompletionItemKind2) {
      CompletionItemKind2.Text = 1, CompletionItemKind2.Method = 2, CompletionItemKind2.Function = 3, CompletionItemKind2.Constructor = 4, CompletionItemKind2.Field = 5, CompletionItemKind2.Variable = 6, CompletionItemKind2.Class = 7, CompletionItemKind2.Interface = 8, CompletionItemKind2.Module = 9, CompletionItemKind2.Property = 10, CompletionItemKind2.Unit = 11, CompletionItemKind2.Value = 12, CompletionItemKind2.Enum = 13, CompletionItemKind2.Keyword = 14, CompletionItemKind2.Snippet = 15, CompletionItemKind2.Color = 16, CompletionItemKind2.File = 17, CompletionItemKind2.Reference = 18, CompletionItemKind2.Folder = 19, CompletionItemKind2.EnumMember = 20, CompletionItemKind2.Constant = 21, CompletionItemKind2.Struct = 22, CompletionItemKind2.Event = 23, CompletionItemKind2.Operator = 24, CompletionItemKind2.TypeParameter = 25;
    })(CompletionItemKind || (CompletionItemKind = {}));
    (function(InsertTextFormat2) {
      InsertTextFormat2.PlainText = 1, InsertTextFormat2.Snippet = 2;
    })(InsertTextFormat || (InsertTextFormat = {}));
    (function(CompletionItemTag2) {
      CompletionItemTag2.Deprecated = 1;
    })(CompletionItemTag || (CompletionItemTag = {}));
    (function(InsertReplaceEdit2) {
      function create(newText, insert, replace) {
        return { newText, insert, replace };
      }
      InsertReplaceEdit2.create = create;
      function is(value) {
        let candidate = value;
        return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
      }
      InsertReplaceEdit2.is = is;
    })(InsertReplaceEdit || (InsertReplaceEdit = {}));
    (function(InsertTextMode2) {
      InsertTextMode2.asIs = 1, InsertTextMode2.adjustIndentation = 2;
    })(InsertTextMode || (InsertTextMode = {}));
    (function(ApplyKind2) {
      ApplyKind2.Replace = 1, ApplyKind2.Merge = 2;
    })(ApplyKind || (ApplyKind = {}));
    (function(CompletionItemLabelDetails2) {
      function is(value) {
        let candidate = value;
        return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      CompletionItemLabelDetails2.is = is;
    })(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
    (function(CompletionItem2) {
      function create(label) {
        return { label };
      }
      CompletionItem2.create = create;
    })(CompletionItem || (CompletionItem = {}));
    (function(CompletionList2) {
      function create(items, isIncomplete) {
        return { items: items || [], isIncomplete: !!isIncomplete };
      }
      CompletionList2.create = create;
    })(CompletionList || (CompletionList = {}));
    (function(MarkedString2) {
      function fromPlainText(plainText) {
        return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
      }
      MarkedString2.fromPlainText = fromPlainText;
      function is(value) {
        let candidate = value;
        return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
      }
      MarkedString2.is = is;
    })(MarkedString || (MarkedString = {}));
    (function(Hover2) {
      function is(value) {
        let candidate = value;
        return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
      }
      Hover2.is = is;
    })(Hover || (Hover = {}));
    (function(ParameterInformation2) {
      function create(label, documentation) {
        return documentation ? { label, documentation } : { label };
      }
      ParameterInformation2.create = create;
    })(ParameterInformation || (ParameterInformation = {}));
    (function(SignatureInformation2) {
      function create(label, documentation, ...parameters) {
        let result = { label };
        return Is.defined(documentation) && (result.documentation = documentation), Is.defined(parameters) ? result.parameters = parameters : result.parameters = [], result;
      }
      SignatureInformation2.create = create;
    })(SignatureInformation || (SignatureInformation = {}));
    (function(DocumentHighlightKind2) {
      DocumentHighlightKind2.Text = 1, DocumentHighlightKind2.Read = 2, DocumentHighlightKind2.Write = 3;
    })(DocumentHighlightKind || (DocumentHighlightKind = {}));
    (function(DocumentHighlight2) {
      function create(range, kind) {
        let result = { range };
        return Is.number(kind) && (result.kind = kind), result;
      }
      DocumentHighlight2.create = create;
    })(DocumentHighlight || (DocumentHighlight = {}));
    (function(SymbolKind2) {
      SymbolKind2.File = 1, SymbolKind2.Module = 2, SymbolKind2.Namespace = 3, SymbolKind2.Package = 4, SymbolKind2.Class = 5, SymbolKind2.Method = 6, SymbolKind2.Property = 7, SymbolKind2.Field = 8, SymbolKind2.Constructor = 9, SymbolKind2.Enum = 10, SymbolKind2.Interface = 11, SymbolKind2.Function = 12, SymbolKind2.Variable = 13, SymbolKind2.Constant = 14, SymbolKind2.String = 15, SymbolKind2.Number = 16, SymbolKind2.Boolean = 17, SymbolKind2.Array = 18, SymbolKind2.Object = 19, SymbolKind2.Key = 20, SymbolKind2.Null = 21, SymbolKind2.EnumMember = 22, SymbolKind2.Struct = 23, SymbolKind2.Event = 24, SymbolKind2.Operator = 25, SymbolKind2.TypeParameter = 26;
    })(SymbolKind || (SymbolKind = {}));
    (function(SymbolTag2) {
      SymbolTag2.Deprecated = 1;
    })(SymbolTag || (SymbolTag = {}));
    (function(SymbolInformation2) {
      function create(name, kind, range, uri, containerName) {
        let result = {
          name,
          kind,
          location: { uri, range }
        };
        return containerName && (result.containerName = containerName), result;
      }
      SymbolInformation2.create = create;
    })(SymbolInformation || (SymbolInformation = {}));
    (function(WorkspaceSymbol2) {
      function create(name, kind, uri, range) {
        return range !== void 0 ? { name, kind, location: { uri, range } } : { name, kind, location: { uri } };
      }
      WorkspaceSymbol2.create = create;
    })(WorkspaceSymbol || (WorkspaceSymbol = {}));
    (function(DocumentSymbol2) {
      function create(name, detail, kind, range, selectionRange, children) {
        let result = {
          name,
          detail,
          kind,
          range,
          selectionRange
        };
        return children !== void 0 && (result.children = children), result;
      }
      DocumentSymbol2.create = create;
      function is(value) {
        let candidate = value;
        return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
      }
      DocumentSymbol2.is = is;
    })(DocumentSymbol || (DocumentSymbol = {}));
    (function(CodeActionKind2) {
      CodeActionKind2.Empty = "", CodeActionKind2.QuickFix = "quickfix", CodeActionKind2.Refactor = "refactor", CodeActionKind2.RefactorExtract = "refactor.extract", CodeActionKind2.RefactorInline = "refactor.inline", CodeActionKind2.RefactorMove = "refactor.move", CodeActionKind2.RefactorRewrite = "refactor.rewrite", CodeActionKind2.Source = "source", CodeActionKind2.SourceOrganizeImports = "source.organizeImports", CodeActionKind2.SourceFixAll = "source.fixAll", CodeActionKind2.Notebook = "notebook";
    })(CodeActionKind || (CodeActionKind = {}));
    (function(CodeActionTriggerKind2) {
      CodeActionTriggerKind2.Invoked = 1, CodeActionTriggerKind2.Automatic = 2;
    })(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
    (function(CodeActionContext2) {
      function create(diagnostics, only, triggerKind) {
        let result = { diagnostics };
        return only != null && (result.only = only), triggerKind != null && (result.triggerKind = triggerKind), result;
      }
      CodeActionContext2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
      }
      CodeActionContext2.is = is;
    })(CodeActionContext || (CodeActionContext = {}));
    (function(CodeActionTag2) {
      CodeActionTag2.LLMGenerated = 1;
      function is(value) {
        return Is.defined(value) && value === CodeActionTag2.LLMGenerated;
      }
      CodeActionTag2.is = is;
    })(CodeActionTag || (CodeActionTag = {}));
    (function(CodeAction2) {
      function create(title, kindOrCommandOrEdit, kind) {
        let result = { title }, checkKind = !0;
        return typeof kindOrCommandOrEdit == "string" ? (checkKind = !1, result.kind = kindOrCommandOrEdit) : Command.is(kindOrCommandOrEdit) ? result.command = kindOrCommandOrEdit : result.edit = kindOrCommandOrEdit, checkKind && kind !== void 0 && (result.kind = kind), result;
      }
      CodeAction2.create = create;
      function is(value) {
        let candidate = value;
        return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
      }
      CodeAction2.is = is;
    })(CodeAction || (CodeAction = {}));
    (function(CodeLens2) {
      function create(range, data) {
        let result = { range };
        return Is.defined(data) && (result.data = data), result;
      }
      CodeLens2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
      }
      CodeLens2.is = is;
    })(CodeLens || (CodeLens = {}));
    (function(FormattingOptions2) {
      function create(tabSize, insertSpaces) {
        return { tabSize, insertSpaces };
      }
      FormattingOptions2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
      }
      FormattingOptions2.is = is;
    })(FormattingOptions || (FormattingOptions = {}));
    (function(DocumentLink2) {
      function create(range, target, data) {
        return { range, target, data };
      }
      DocumentLink2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
      }
      DocumentLink2.is = is;
    })(DocumentLink || (DocumentLink = {}));
    (function(SelectionRange2) {
      function create(range, parent) {
        return { range, parent };
      }
      SelectionRange2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
      }
      SelectionRange2.is = is;
    })(SelectionRange || (SelectionRange = {}));
    (function(SemanticTokenTypes2) {
      SemanticTokenTypes2.namespace = "namespace", SemanticTokenTypes2.type = "type", SemanticTokenTypes2.class = "class", SemanticTokenTypes2.enum = "enum", SemanticTokenTypes2.interface = "interface", SemanticTokenTypes2.struct = "struct", SemanticTokenTypes2.typeParameter = "typeParameter", SemanticTokenTypes2.parameter = "parameter", SemanticTokenTypes2.variable = "variable", SemanticTokenTypes2.property = "property", SemanticTokenTypes2.enumMember = "enumMember", SemanticTokenTypes2.event = "event", SemanticTokenTypes2.function = "function", SemanticTokenTypes2.method = "method", SemanticTokenTypes2.macro = "macro", SemanticTokenTypes2.keyword = "keyword", SemanticTokenTypes2.modifier = "modifier", SemanticTokenTypes2.comment = "comment", SemanticTokenTypes2.string = "string", SemanticTokenTypes2.number = "number", SemanticTokenTypes2.regexp = "regexp", SemanticTokenTypes2.operator = "operator", SemanticTokenTypes2.decorator = "decorator", SemanticTokenTypes2.label = "label";
    })(SemanticTokenTypes || (SemanticTokenTypes = {}));
    (function(SemanticTokenModifiers2) {
      SemanticTokenModifiers2.declaration = "declaration", SemanticTokenModifiers2.definition = "definition", SemanticTokenModifiers2.readonly = "readonly", SemanticTokenModifiers2.static = "static", SemanticTokenModifiers2.deprecated = "deprecated", SemanticTokenModifiers2.abstract = "abstract", SemanticTokenModifiers2.async = "async", SemanticTokenModifiers2.modification = "modification", SemanticTokenModifiers2.documentation = "documentation", SemanticTokenModifiers2.defaultLibrary = "defaultLibrary";
    })(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
    (function(SemanticTokens2) {
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId == "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] == "number");
      }
      SemanticTokens2.is = is;
    })(SemanticTokens || (SemanticTokens = {}));
    (function(InlineValueText2) {
      function create(range, text) {
        return { range, text };
      }
      InlineValueText2.create = create;
      function is(value) {
        let candidate = value;
        return candidate != null && Range.is(candidate.range) && Is.string(candidate.text);
      }
      InlineValueText2.is = is;
    })(InlineValueText || (InlineValueText = {}));
    (function(InlineValueVariableLookup2) {
      function create(range, variableName, caseSensitiveLookup) {
        return { range, variableName, caseSensitiveLookup };
      }
      InlineValueVariableLookup2.create = create;
      function is(value) {
        let candidate = value;
        return candidate != null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
      }
      InlineValueVariableLookup2.is = is;
    })(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
    (function(InlineValueEvaluatableExpression2) {
      function create(range, expression) {
        return { range, expression };
      }
      InlineValueEvaluatableExpression2.create = create;
      function is(value) {
        let candidate = value;
        return candidate != null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
      }
      InlineValueEvaluatableExpression2.is = is;
    })(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
    (function(InlineValueContext2) {
      function create(frameId, stoppedLocation) {
        return { frameId, stoppedLocation };
      }
      InlineValueContext2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Range.is(value.stoppedLocation);
      }
      InlineValueContext2.is = is;
    })(InlineValueContext || (InlineValueContext = {}));
    (function(InlayHintKind2) {
      InlayHintKind2.Type = 1, InlayHintKind2.Parameter = 2;
      function is(value) {
        return value === 1 || value === 2;
      }
      InlayHintKind2.is = is;
    })(InlayHintKind || (InlayHintKind = {}));
    (function(InlayHintLabelPart2) {
      function create(value) {
        return { value };
      }
      InlayHintLabelPart2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
      }
      InlayHintLabelPart2.is = is;
    })(InlayHintLabelPart || (InlayHintLabelPart = {}));
    (function(InlayHint2) {
      function create(position, label, kind) {
        let result = { position, label };
        return kind !== void 0 && (result.kind = kind), result;
      }
      InlayHint2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
      }
      InlayHint2.is = is;
    })(InlayHint || (InlayHint = {}));
    (function(StringValue2) {
      function createSnippet(value) {
        return { kind: "snippet", value };
      }
      StringValue2.createSnippet = createSnippet;
      function isSnippet(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
      }
      StringValue2.isSnippet = isSnippet;
    })(StringValue || (StringValue = {}));
    (function(InlineCompletionItem2) {
      function create(insertText, filterText, range, command) {
        return { insertText, filterText, range, command };
      }
      InlineCompletionItem2.create = create;
    })(InlineCompletionItem || (InlineCompletionItem = {}));
    (function(InlineCompletionList2) {
      function create(items) {
        return { items };
      }
      InlineCompletionList2.create = create;
    })(InlineCompletionList || (InlineCompletionList = {}));
    (function(InlineCompletionTriggerKind2) {
      InlineCompletionTriggerKind2.Invoked = 1, InlineCompletionTriggerKind2.Automatic = 2;
    })(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
    (function(SelectedCompletionInfo2) {
      function create(range, text) {
        return { range, text };
      }
      SelectedCompletionInfo2.create = create;
    })(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
    (function(InlineCompletionContext2) {
      function create(triggerKind, selectedCompletionInfo) {
        return { triggerKind, selectedCompletionInfo };
      }
      InlineCompletionContext2.create = create;
    })(InlineCompletionContext || (InlineCompletionContext = {}));
    (function(WorkspaceFolder2) {
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
      }
      WorkspaceFolder2.is = is;
    })(WorkspaceFolder || (WorkspaceFolder = {}));
    EOL = [`
`, `\r
`, "\r"];
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function is(value) {
        let candidate = value;
        return !!(Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt));
      }
      TextDocument3.is = is;
      function applyEdits(document, edits) {
        let text = document.getText(), sortedEdits = mergeSort2(edits, (a, b) => {
          let diff = a.range.start.line - b.range.start.line;
          return diff === 0 ? a.range.start.character - b.range.start.character : diff;
        }), lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
          let e = sortedEdits[i], startOffset = document.offsetAt(e.range.start), endOffset = document.offsetAt(e.range.end);
          if (endOffset <= lastModifiedOffset)
            text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
          else
            throw new Error("Overlapping edit");
          lastModifiedOffset = startOffset;
        }
        return text;
      }
      TextDocument3.applyEdits = applyEdits;
      function mergeSort2(data, compare) {
        if (data.length <= 1)
          return data;
        let p = data.length / 2 | 0, left = data.slice(0, p), right = data.slice(p);
        mergeSort2(left, compare), mergeSort2(right, compare);
        let leftIdx = 0, rightIdx = 0, i = 0;
        for (; leftIdx < left.length && rightIdx < right.length; )
          compare(left[leftIdx], right[rightIdx]) <= 0 ? data[i++] = left[leftIdx++] : data[i++] = right[rightIdx++];
        for (; leftIdx < left.length; )
          data[i++] = left[leftIdx++];
        for (; rightIdx < right.length; )
          data[i++] = right[rightIdx++];
        return data;
      }
    })(TextDocument || (TextDocument = {}));
    FullTextDocument = class {
      constructor(uri, languageId, version, content) {
        this._uri = uri, this._languageId = languageId, this._version = version, this._content = content, this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          let start = this.offsetAt(range.start), end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(event, version) {
        this._content = event.text, this._version = version, this._lineOffsets = void 0;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          let lineOffsets = [], text = this._content, isLineStart = !0;
          for (let i = 0; i < text.length; i++) {
            isLineStart && (lineOffsets.push(i), isLineStart = !1);
            let ch = text.charAt(i);
            isLineStart = ch === "\r" || ch === `
`, ch === "\r" && i + 1 < text.length && text.charAt(i + 1) === `
` && i++;
          }
          isLineStart && text.length > 0 && lineOffsets.push(text.length), this._lineOffsets = lineOffsets;
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        let lineOffsets = this.getLineOffsets(), low = 0, high = lineOffsets.length;
        if (high === 0)
          return Position.create(0, offset);
        for (; low < high; ) {
          let mid = Math.floor((low + high) / 2);
          lineOffsets[mid] > offset ? high = mid : low = mid + 1;
        }
        let line = low - 1;
        return Position.create(line, offset - lineOffsets[line]);
      }
      offsetAt(position) {
        let lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length)
          return this._content.length;
        if (position.line < 0)
          return 0;
        let lineOffset = lineOffsets[position.line], nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
    };
    (function(Is2) {
      let toString = Object.prototype.toString;
      function defined(value) {
        return typeof value < "u";
      }
      Is2.defined = defined;
      function undefined2(value) {
        return typeof value > "u";
      }
      Is2.undefined = undefined2;
      function boolean(value) {
        return value === !0 || value === !1;
      }
      Is2.boolean = boolean;
      function string(value) {
        return toString.call(value) === "[object String]";
      }
      Is2.string = string;
      function number(value) {
        return toString.call(value) === "[object Number]";
      }
      Is2.number = number;
      function numberRange(value, min, max) {
        return toString.call(value) === "[object Number]" && min <= value && value <= max;
      }
      Is2.numberRange = numberRange;
      function integer2(value) {
        return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
      }
      Is2.integer = integer2;
      function uinteger2(value) {
        return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
      }
      Is2.uinteger = uinteger2;
      function func(value) {
        return toString.call(value) === "[object Function]";
      }
      Is2.func = func;
      function objectLiteral(value) {
        return value !== null && typeof value == "object";
      }
      Is2.objectLiteral = objectLiteral;
      function typedArray(value, check) {
        return Array.isArray(value) && value.every(check);
      }
      Is2.typedArray = typedArray;
    })(Is || (Is = {}));
  }
});

// node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "node_modules/dockerfile-ast/lib/line.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Line = void 0;
    var Line = class {
      constructor(document, range) {
        this.document = document, this.range = range;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line) {
        return this.range.start.line > line.range.start.line;
      }
      isBefore(line) {
        return this.range.start.line < line;
      }
    };
    exports.Line = Line;
  }
});

// node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "node_modules/dockerfile-ast/lib/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        let uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === `
`;
      }
      static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++)
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case escapeChar:
              escapeCheck: for (let j = i + 1; j < content.length; j++)
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i = j + 1;
                    continue whitespaceCheck;
                  case `
`:
                    i = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              return -1;
            default:
              return i;
          }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position, range) {
        return range.start.line === range.end.line ? range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character : range.start.line === position.line ? range.start.character <= position.character : range.end.line === position.line ? position.character <= range.end.character : range.start.line < position.line && position.line < range.end.line;
      }
      static parseHeredocName(value) {
        if (value = value.substring(2), value.charAt(0) === "-" && (value = value.substring(1)), value.charAt(0) === '"') {
          if (value.charAt(value.length - 1) !== '"')
            return null;
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "'") {
          if (value.charAt(value.length - 1) !== "'")
            return null;
          value = value.substring(1, value.length - 1);
        }
        return value.charAt(0) === "<" ? null : value;
      }
    };
    exports.Util = Util;
  }
});

// node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "node_modules/dockerfile-ast/lib/comment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Comment = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), line_1 = require_line(), util_1 = require_util(), Comment = class extends line_1.Line {
      constructor(document, range) {
        super(document, range);
      }
      toString() {
        let content = this.getContent();
        return content ? "# " + content : "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range = this.getContentRange();
        return range === null ? "" : this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range = this.getRange(), startOffset = this.document.offsetAt(range.start), raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end)), start = -1, end = -1;
        for (let i = 1; i < raw.length; i++)
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            start = i;
            break;
          }
        if (start === -1)
          return null;
        for (let i = raw.length - 1; i >= 1; i--)
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            end = i + 1;
            break;
          }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
      }
    };
    exports.Comment = Comment;
  }
});

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var main_exports2 = {};
__export(main_exports2, {
  TextDocument: () => TextDocument2
});
function mergeSort(data, compare) {
  if (data.length <= 1)
    return data;
  let p = data.length / 2 | 0, left = data.slice(0, p), right = data.slice(p);
  mergeSort(left, compare), mergeSort(right, compare);
  let leftIdx = 0, rightIdx = 0, i = 0;
  for (; leftIdx < left.length && rightIdx < right.length; )
    compare(left[leftIdx], right[rightIdx]) <= 0 ? data[i++] = left[leftIdx++] : data[i++] = right[rightIdx++];
  for (; leftIdx < left.length; )
    data[i++] = left[leftIdx++];
  for (; rightIdx < right.length; )
    data[i++] = right[rightIdx++];
  return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  let result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    let ch = text.charCodeAt(i);
    isEOL(ch) && (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10 && i++, result.push(textOffset + i + 1));
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  let start = range.start, end = range.end;
  return start.line > end.line || start.line === end.line && start.character > end.character ? { start: end, end: start } : range;
}
function getWellformedEdit(textEdit) {
  let range = getWellformedRange(textEdit.range);
  return range !== textEdit.range ? { newText: textEdit.newText, range } : textEdit;
}
var FullTextDocument2, TextDocument2, init_main2 = __esm({
  "node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    FullTextDocument2 = class _FullTextDocument {
      constructor(uri, languageId, version, content) {
        this._uri = uri, this._languageId = languageId, this._version = version, this._content = content, this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          let start = this.offsetAt(range.start), end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(changes, version) {
        for (let change of changes)
          if (_FullTextDocument.isIncremental(change)) {
            let range = getWellformedRange(change.range), startOffset = this.offsetAt(range.start), endOffset = this.offsetAt(range.end);
            this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
            let insertedEndOffset = startOffset + change.text.length, crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10, crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
            if (crlfAtStart || crlfAtEnd) {
              this._lineOffsets = void 0;
              continue;
            }
            let startLine = Math.max(range.start.line, 0), endLine = Math.max(range.end.line, 0), lineOffsets = this._lineOffsets, addedLineOffsets = computeLineOffsets(change.text, !1, startOffset);
            if (endLine - startLine === addedLineOffsets.length)
              for (let i = 0, len = addedLineOffsets.length; i < len; i++)
                lineOffsets[i + startLine + 1] = addedLineOffsets[i];
            else
              addedLineOffsets.length < 1e4 ? lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets) : this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
            let diff = change.text.length - (endOffset - startOffset);
            if (diff !== 0)
              for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++)
                lineOffsets[i] = lineOffsets[i] + diff;
          } else if (_FullTextDocument.isFull(change))
            this._content = change.text, this._lineOffsets = void 0;
          else
            throw new Error("Unknown change event received");
        this._version = version;
      }
      getLineOffsets() {
        return this._lineOffsets === void 0 && (this._lineOffsets = computeLineOffsets(this._content, !0)), this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        let lineOffsets = this.getLineOffsets(), low = 0, high = lineOffsets.length;
        if (high === 0)
          return { line: 0, character: offset };
        for (; low < high; ) {
          let mid = Math.floor((low + high) / 2);
          lineOffsets[mid] > offset ? high = mid : low = mid + 1;
        }
        let line = low - 1;
        return offset = this.ensureBeforeEOL(offset, lineOffsets[line]), { line, character: offset - lineOffsets[line] };
      }
      offsetAt(position) {
        let lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length)
          return this._content.length;
        if (position.line < 0)
          return 0;
        let lineOffset = lineOffsets[position.line];
        if (position.character <= 0)
          return lineOffset;
        let nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length, offset = Math.min(lineOffset + position.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
      }
      getLineRange(line) {
        let lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          let lastLine = lineOffsets.length - 1;
          return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
        } else if (line < 0)
          return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        let startOffset = lineOffsets[line], nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length, endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
      }
      getEOLCharacters(line) {
        let lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length)
          return "";
        if (line < 0)
          return "";
        let nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length, eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
        return this._content.substring(eolOffset, nextLineOffset);
      }
      ensureBeforeEOL(offset, lineOffset) {
        for (; offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1)); )
          offset--;
        return offset;
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
      static isIncremental(event) {
        let candidate = event;
        return candidate != null && typeof candidate.text == "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength == "number");
      }
      static isFull(event) {
        let candidate = event;
        return candidate != null && typeof candidate.text == "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
    };
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument2(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function update(document, changes, version) {
        if (document instanceof FullTextDocument2)
          return document.update(changes, version), document;
        throw new Error("TextDocument.update: document must be created by TextDocument.create");
      }
      TextDocument3.update = update;
      function applyEdits(document, edits) {
        let text = document.getText(), sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
          let diff = a.range.start.line - b.range.start.line;
          return diff === 0 ? a.range.start.character - b.range.start.character : diff;
        }), lastModifiedOffset = 0, spans = [];
        for (let e of sortedEdits) {
          let startOffset = document.offsetAt(e.range.start);
          if (startOffset < lastModifiedOffset)
            throw new Error("Overlapping edit");
          startOffset > lastModifiedOffset && spans.push(text.substring(lastModifiedOffset, startOffset)), e.newText.length && spans.push(e.newText), lastModifiedOffset = document.offsetAt(e.range.end);
        }
        return spans.push(text.substr(lastModifiedOffset)), spans.join("");
      }
      TextDocument3.applyEdits = applyEdits;
    })(TextDocument2 || (TextDocument2 = {}));
  }
});

// node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "node_modules/dockerfile-ast/lib/parserDirective.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ParserDirective = void 0;
    var main_1 = require_main(), line_1 = require_line(), ParserDirective = class extends line_1.Line {
      constructor(document, range, nameRange, valueRange) {
        super(document, range), this.nameRange = nameRange, this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        let directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports.ParserDirective = ParserDirective;
  }
});

// node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "node_modules/dockerfile-ast/lib/heredoc.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange, this.name = name, this.nameRange = nameRange, this.contentRange = contentRange, this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports.Heredoc = Heredoc;
  }
});

// node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "node_modules/dockerfile-ast/lib/variable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Variable = void 0;
    var Variable = class {
      constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name, this.nameRange = nameRange, this.range = range, this.modifier = modifier, this.modifierRange = modifierRange, this.substitutionParameter = substitutionParameter, this.substitutionRange = substitutionRange, this.defined = defined, this.buildVariable = buildVariable, this.stringValue = stringValue;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === !0;
      }
      isEnvironmentVariable() {
        return this.buildVariable === !1;
      }
    };
    exports.Variable = Variable;
  }
});

// node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "node_modules/dockerfile-ast/lib/instruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Instruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), util_1 = require_util(), line_1 = require_line(), argument_1 = require_argument(), heredoc_1 = require_heredoc(), variable_1 = require_variable(), main_1 = require_main(), Instruction = class extends line_1.Line {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range), this.dockerfile = dockerfile, this.escapeChar = escapeChar, this.instruction = instruction, this.instructionRange = instructionRange;
      }
      toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments())
          value += " ", value += arg.getValue();
        return value;
      }
      getRangeContent(range) {
        return range === null ? null : this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args2 = this.getArguments();
        return args2.length === 0 ? null : vscode_languageserver_types_1.Range.create(args2[0].getRange().start, args2[args2.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args2 = this.getArguments();
        if (args2.length === 0)
          return [];
        if (args2[0].getRange().start.line === args2[args2.length - 1].getRange().end.line)
          return [vscode_languageserver_types_1.Range.create(args2[0].getRange().start, args2[args2.length - 1].getRange().end)];
        let ranges = [], end = -1, startPosition = args2[0].getRange().start, range = this.getInstructionRange(), extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start), fullArgs = this.getTextContent().substring(extra, this.document.offsetAt(args2[args2.length - 1].getRange().end) - this.document.offsetAt(range.start)), offset = this.document.offsetAt(range.start) + extra, start = !1, comment = !1;
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	")
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++)
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case `
`:
                    startPosition !== null && ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1))), startPosition = null, start = !0, comment = !1, i = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
            else next === "\r" ? (startPosition !== null && (ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1))), startPosition = null), start = !0, comment = !1, i += 2) : (next === `
` && (startPosition !== null && ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1))), startPosition = null, start = !0, comment = !1), i++);
          } else if (util_1.Util.isNewline(char))
            comment && (startPosition = null, start = !0, comment = !1);
          else if (!comment) {
            if (startPosition === null) {
              if (char === "#") {
                comment = !0;
                continue;
              }
              let position = this.document.positionAt(offset + i);
              position.character !== 0 && (startPosition = vscode_languageserver_types_1.Position.create(position.line, 0));
            }
            end = i;
          }
        }
        return startPosition === null ? ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1))) : ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1))), ranges;
      }
      getRawArgumentsContent() {
        let args2 = this.getArguments();
        return args2.length === 0 ? null : this.getRangeContent(vscode_languageserver_types_1.Range.create(args2[0].getRange().start, args2[args2.length - 1].getRange().end));
      }
      getArgumentsContent() {
        if (this.getArguments().length === 0)
          return null;
        let content = "", ranges = this.getArgumentsRanges(), documentText = this.document.getText();
        for (let range of ranges)
          content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        let args2 = [], range = this.getInstructionRange(), extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start), fullArgs = this.getTextContent().substring(extra), offset = this.document.offsetAt(range.start) + extra, start = !1, comment = !1, found = -1, escapedWhitespaceDetected = !1, escaping = !1, escapeMarker = -1, escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (util_1.Util.isWhitespace(char))
            if (escaping) {
              escapedWhitespaceDetected = !0, util_1.Util.isNewline(char) && (escapedWhitespaceDetected = !1, comment && (comment = !1, start = !0));
              continue;
            } else found !== -1 && (escapeMarker === -1 ? args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i)))) : args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker)))), escapeMarker = -1, escapedArg = "", found = -1);
          else if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	")
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++)
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case `
`:
                    comment = !1, escaping = !0, start = !0, found !== -1 && (escapeMarker = i), i = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i, found === -1 && (i = j - 1);
                    break whitespaceCheck;
                }
            else if (next === "\r")
              comment = !1, escaping = !0, start = !0, found !== -1 && escapeMarker === -1 && (escapeMarker = i), i += 2;
            else if (next === `
`)
              comment = !1, escaping = !0, start = !0, found !== -1 && escapeMarker === -1 && (escapeMarker = i), i++;
            else {
              if (escapedWhitespaceDetected && escapeMarker !== -1 && (args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker)))), escapedArg = "", found = -1), escapeMarker = -1, escapedWhitespaceDetected = !1, escaping = !1, next === "$")
                escapedArg = escapedArg + char + next;
              else {
                if (next === "")
                  break;
                escapedArg = escapedArg + next;
              }
              found === -1 && (found = i), i++;
            }
          } else comment || (start && char === "#" ? comment = !0 : (escapedWhitespaceDetected && escapeMarker !== -1 && (args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker)))), escapedArg = "", found = -1), escapedWhitespaceDetected = !1, escaping = !1, escapeMarker = -1, escapedArg = escapedArg + char, found === -1 && (found = i)), start = !1);
        }
        return found !== -1 && (escapeMarker === -1 ? args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length)))) : args2.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))))), args2;
      }
      getExpandedArguments() {
        let args2 = this.getArguments();
        for (let i = 0; i < args2.length; i++) {
          let argRange = args2[i].getRange(), offset = this.document.offsetAt(argRange.start), variables = this.parseVariables(offset, args2[i].getValue()), swaps = [], requiresExpansion = !1;
          for (let variable of variables) {
            let value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value), requiresExpansion = requiresExpansion || value !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              let variableRange = variables[j].getRange(), start = this.document.offsetAt(variableRange.start), end = this.document.offsetAt(variableRange.end);
              swaps[j] ? (expanded += this.document.getText().substring(offset, start), expanded += swaps[j], offset = end) : (expanded += this.document.getText().substring(offset, end), offset = end);
            }
            let argEnd = this.document.offsetAt(argRange.end);
            argEnd !== offset && (expanded += this.document.getText().substring(offset, argEnd)), args2[i] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args2;
      }
      getVariables() {
        let variables = [], args2 = this.getRawArguments();
        for (let arg of args2) {
          let range = arg.getRange(), rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end)), parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (let parsedVariable of parsedVariables)
            variables.push(parsedVariable);
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++)
          switch (arg.charAt(i)) {
            case this.escapeChar:
              arg.charAt(i + 1) === "$" && i++;
              break;
            case "$":
              if (arg.charAt(i + 1) === "{") {
                let escapedString = "${", escapedName = "", nameEnd = -1, escapedSubstitutionParameter = "", substitutionStart = -1, substitutionEnd = -1, modifierRead = -1;
                nameLoop: for (let j = i + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++)
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case `
`:
                            j = k;
                            continue nameLoop;
                        }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null, modifierRange = null, substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null, substitutionRange = null;
                      nameEnd === -1 ? nameEnd = j : nameEnd + 1 === j ? (modifier = "", modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1))) : (substitutionStart === -1 ? (substitutionStart = modifierRead + 1, substitutionEnd = modifierRead + 1) : substitutionEnd = substitutionEnd + 1, modifier = arg.substring(modifierRead, modifierRead + 1), modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1)), substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd)));
                      let start = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), escapedString)), i = j;
                      continue variableLoop;
                    case ":":
                      nameEnd === -1 ? nameEnd = j : modifierRead !== -1 ? (substitutionStart === -1 && (substitutionStart = j), substitutionEnd = j, escapedSubstitutionParameter += ":") : modifierRead = j, escapedString += ":";
                      break;
                    case `
`:
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      nameEnd === -1 ? escapedName += char : modifierRead !== -1 ? (substitutionStart === -1 && (substitutionStart = j), substitutionEnd = j, escapedSubstitutionParameter += char) : modifierRead = j, escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else {
                if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1)
                  continue;
                {
                  let escapedName = "";
                  nameLoop: for (let j = i + 1; j < arg.length; j++) {
                    let char = arg.charAt(j);
                    switch (char) {
                      case "\r":
                      case `
`:
                      case " ":
                      case "	":
                        continue;
                      case "$":
                      case "'":
                      case '"':
                        let varStart = this.document.positionAt(offset + i);
                        variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName)), i = j - 1;
                        continue variableLoop;
                      case this.escapeChar:
                        for (let k = j + 1; k < arg.length; k++)
                          switch (arg.charAt(k)) {
                            case " ":
                            case "	":
                            case "\r":
                              continue;
                            case `
`:
                              j = k;
                              continue nameLoop;
                          }
                        let start2 = this.document.positionAt(offset + i);
                        variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
                        break variableLoop;
                    }
                    if (char.match(/^[a-z0-9_]+$/i) === null) {
                      let varStart = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName)), i = j - 1;
                      continue variableLoop;
                    }
                    escapedName += char;
                  }
                  let start = this.document.positionAt(offset + i);
                  variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
                }
              }
              break variableLoop;
          }
        return variables;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (let initialArg of this.dockerfile.getInitialARGs()) {
            let property = initialArg.getProperty();
            if (property && variable === property.getName())
              return !0;
          }
          return;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0)), envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--)
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties())
              if (property.getName() === variable)
                return !1;
          }
        let args2 = image.getARGs();
        for (let i = args2.length - 1; i >= 0; i--)
          if (args2[i].isBefore(line)) {
            let property = args2[i].getProperty();
            if (property && property.getName() === variable)
              return !0;
          }
      }
      createSingleLineHeredocs(args2) {
        let heredocs = [];
        for (let arg of args2) {
          let value = arg.getValue();
          if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
            let startRange = arg.getRange(), nameRange = this.getNameRange(startRange), name = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        let content = this.document.getText(nameRange), escaping = !1, name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
          let ch = content.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaping = !0;
              for (let j = i + 1; j < content.length; j++)
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i = j + 1;
                    continue nameLoop;
                  case `
`:
                    i = j;
                    continue nameLoop;
                  default:
                    name += content.charAt(j), i = j;
                    continue nameLoop;
                }
              break;
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++)
                  if (content.charAt(j) === `
`) {
                    i = j;
                    continue nameLoop;
                  }
              }
            case " ":
            case "	":
            case "\r":
            case `
`:
              if (escaping)
                break;
            default:
              name += ch;
              break;
          }
        }
        return name;
      }
      getNameRange(startRange) {
        let content = this.document.getText(startRange), endFound = !1, searchHyphen = !1, start = -1, end = -1, escaping = !1, quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
          let ch = content.charAt(i);
          switch (ch) {
            case '"':
            case "'":
              if (quote === ch)
                break contentLoop;
              quote = ch;
              continue;
            case this.escapeChar:
              for (let j = i + 1; j < content.length; j++)
                if (content.charAt(j) === `
`) {
                  escaping = !0, j = i;
                  continue contentLoop;
                }
              break;
            case " ":
            case "	":
            case "\r":
            case `
`:
              break;
            case "<":
              endFound ? searchHyphen = !0 : endFound = !0;
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = !1;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++)
                  if (content.charAt(j) === `
`) {
                    i = j;
                    continue contentLoop;
                  }
              }
            default:
              if (start === -1 && (start = i), quote !== null) {
                end = i + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start === -1)
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        let nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start), nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
      }
      getHeredocs() {
        let args2 = this.getArguments();
        if (args2.length === 0)
          return [];
        let heredocs = [], range = this.getRange();
        if (range.start.line === range.end.line)
          return this.createSingleLineHeredocs(args2);
        let heredocDefinitions = [], heredocsProcessed = !1, escaping = !1, contentStart = -1, contentEnd = -1, lineStart = -1, currentHeredoc = 0, startOffset = this.document.offsetAt(args2[0].getRange().start), content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args2[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++)
          switch (content.charAt(i)) {
            case this.escapeChar:
              escaping = !0;
              for (let j = i + 1; j < content.length; j++)
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case `
`:
                    i = j;
                    continue contentLoop;
                  default:
                    i = j;
                    continue contentLoop;
                }
              break;
            case "\r":
              break;
            case `
`:
              if (escaping)
                break;
              if (heredocsProcessed) {
                contentStart === -1 && (contentStart = i), contentEnd = i;
                let arg = heredocDefinitions[currentHeredoc], startRange = arg.getRange(), nameRange = this.getNameRange(startRange), name = this.getName(nameRange), delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                if (delimiterRange !== null) {
                  let contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange)), contentStart = -1, currentHeredoc++;
                }
                lineStart = -1;
              } else {
                let offsetLimit = startOffset + i;
                for (let arg of args2)
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit)
                    arg.getValue().startsWith("<<") && heredocDefinitions.push(arg);
                  else
                    break;
                heredocsProcessed = !0, lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping)
                break;
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++)
                  if (content.charAt(j) === `
`) {
                    i = j;
                    continue contentLoop;
                  }
              }
            default:
              escaping && (escaping = !1), heredocsProcessed && (contentStart === -1 && (contentStart = i), lineStart === -1 && (lineStart = i));
              break;
          }
        if (heredocsProcessed) {
          let arg = heredocDefinitions[currentHeredoc], startRange = arg.getRange(), nameRange = this.getNameRange(startRange), name = this.getName(nameRange), contentRange = null, delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
          delimiterRange === null ? contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end) : contentEnd !== -1 && (contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd))), heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange)), currentHeredoc++;
          for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
            let startRange2 = heredocDefinitions[currentHeredoc].getRange(), nameRange2 = this.getNameRange(startRange2), name2 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name2, nameRange2, null, null)), currentHeredoc++;
          }
        } else
          return this.createSingleLineHeredocs(args2);
        return heredocs;
      }
      getDelimiterRange(startArg, name, candidateRange) {
        let text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          for (; text.charAt(index) === "	"; )
            index++;
          return text.substring(index) === name ? vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end) : null;
        }
        return text === name ? candidateRange : null;
      }
    };
    exports.Instruction = Instruction;
  }
});

// node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "node_modules/dockerfile-ast/lib/flagOption.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.FlagOption = void 0;
    var FlagOption = class {
      constructor(range, name, nameRange, value, valueRange) {
        this.range = range, this.name = name, this.nameRange = nameRange, this.value = value, this.valueRange = valueRange;
      }
      toString() {
        return this.valueRange !== null ? this.name + "=" + this.value : this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports.FlagOption = FlagOption;
  }
});

// node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "node_modules/dockerfile-ast/lib/flag.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Flag = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), flagOption_1 = require_flagOption(), Flag = class {
      constructor(document, range, name, nameRange, value, valueRange) {
        if (this.options = [], this.range = range, this.name = name, this.nameRange = nameRange, this.value = value, this.valueRange = valueRange, this.value !== null) {
          let offset = document.offsetAt(valueRange.start), nameStart = -1, valueStart = -1, hasOptions = !1;
          for (let i = 0; i < value.length; i++)
            switch (value.charAt(i)) {
              case "=":
                if (hasOptions = !0, valueStart === -1) {
                  valueStart = i + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i)), nameStart = -1, valueStart = -1;
                break;
              default:
                nameStart === -1 && (nameStart = i);
                break;
            }
          hasOptions && nameStart !== -1 && this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
        }
      }
      createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        let optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        return valueStart === -1 ? new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null) : new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        return this.valueRange ? "--" + this.name + "=" + this.value : "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name) {
        for (let option of this.options)
          if (option.getName() === name)
            return option;
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports.Flag = Flag;
  }
});

// node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), flag_1 = require_flag(), instruction_1 = require_instruction(), ModifiableInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value = arg.getValue();
            if (this.stopSearchingForFlags(value))
              return this.flags;
            if (value.indexOf("--") === 0) {
              let range = arg.getRange(), rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end)), nameIndex = value.indexOf("="), index = rawValue.indexOf("="), firstMatch = !1, secondMatch = !1, startIndex = -1;
              nameSearchLoop: for (let i = 0; i < rawValue.length; i++)
                switch (rawValue.charAt(i)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case `
`:
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i;
                      break nameSearchLoop;
                    } else firstMatch ? secondMatch = !0 : firstMatch = !0;
                    break;
                  default:
                    startIndex = i;
                    break nameSearchLoop;
                }
              let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
              if (index === -1)
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
              else if (index === value.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        let args2 = super.getArguments(), flags = this.getFlags();
        if (flags.length === 0)
          return args2;
        for (let i = 0; i < flags.length; i++)
          args2.shift();
        return args2;
      }
    };
    exports.ModifiableInstruction = ModifiableInstruction;
  }
});

// node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), argument_1 = require_argument(), jsonArgument_1 = require_jsonArgument(), modifiableInstruction_1 = require_modifiableInstruction(), JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange), this.openingBracket = null, this.closingBracket = null, this.jsonStrings = [];
        let argsContent = this.getRawArgumentsContent();
        if (argsContent === null)
          return;
        let args2 = this.getArguments();
        if (args2.length === 1 && args2[0].getValue() === "[]") {
          let argRange = args2[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1)), this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args2.length === 2 && args2[0].getValue() === "[" && args2[1].getValue() === "]") {
          this.openingBracket = args2[0], this.closingBracket = args2[1];
          return;
        }
        let argsOffset = document.offsetAt(this.getArgumentsRange().start), start = -1, last = "", quoted = !1, escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
          let char = argsContent.charAt(i);
          switch (char) {
            case "[":
              if (last === "")
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1))), last = "[";
              else if (quoted)
                escapedArg = escapedArg + char;
              else
                break argsCheck;
              break;
            case '"':
              if (last === "[" || last === ",") {
                start = i, quoted = !0, last = '"', escapedArg = escapedArg + char;
                continue;
              } else if (last === '"')
                if (quoted)
                  escapedArg = escapedArg + char, quoted = !1, this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i)))), escapedArg = "";
                else
                  break argsCheck;
              else
                break argsCheck;
              break;
            case ",":
              if (quoted)
                escapedArg = escapedArg + char;
              else if (last === '"')
                last = ",";
              else
                break argsCheck;
              break;
            case "]":
              if (quoted)
                escapedArg = escapedArg + char;
              else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted)
                switch (argsContent.charAt(i + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i + 1), i++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i + 2; j < argsContent.length; j++)
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case `
`:
                          i = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    break;
                  case "\r":
                    i++;
                  default:
                    i++;
                    continue;
                }
              else
                escapeCheck: for (let j = i + 1; j < argsContent.length; j++)
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case `
`:
                      i = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
              break argsCheck;
            default:
              if (!quoted)
                break argsCheck;
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return !0;
      }
      getOpeningBracket() {
        return this.openingBracket;
      }
      getJSONStrings() {
        return this.jsonStrings;
      }
      getClosingBracket() {
        return this.closingBracket;
      }
    };
    exports.JSONInstruction = JSONInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/add.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction(), Add = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports.Add = Add;
  }
});

// node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "node_modules/dockerfile-ast/lib/property.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Property = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), util_1 = require_util(), Property = class _Property {
      constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null, this.assignmentOperator = null, this.valueRange = null, this.value = null, this.document = document, this.escapeChar = escapeChar, this.nameRange = _Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        if (this.name = _Property.getValue(value, escapeChar), arg2)
          this.valueRange = arg2.getRange(), value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end)), this.value = _Property.getValue(value, escapeChar), this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        else {
          let argRange = arg.getRange();
          this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character || (this.valueRange = _Property.getValueRange(document, arg), value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end)), this.value = _Property.getValue(value, escapeChar), this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start), this.assignmentOperator = "="), this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null)
          return null;
        let escaped = !1, rawValue = "", value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case this.escapeChar:
              for (let j = i + 1; j < value.length; j++)
                switch (value.charAt(j)) {
                  case "\r":
                    j++;
                  case `
`:
                    escaped = !0, i = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              rawValue = rawValue + char;
              break;
            case "\r":
            case `
`:
              break;
            case " ":
            case "	":
              escaped || (rawValue = rawValue + char);
              break;
            case "#":
              if (escaped)
                for (let j = i + 1; j < value.length; j++)
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case `
`:
                      i = j;
                      continue rawLoop;
                  }
              else
                rawValue = rawValue + char;
              break;
            default:
              rawValue = rawValue + char, escaped = !1;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document, arg) {
        let value = arg.getValue(), index = value.indexOf("=");
        if (index !== -1) {
          let initial = value.charAt(0), before = value.charAt(index - 1);
          if (initial === '"' && before === '"' || initial === "'" && before === "'" || initial !== '"' && initial !== "'")
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
        }
        return arg.getRange();
      }
      static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value, escapeChar) {
        let escaped = !1, skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        skip !== 0 && value.charAt(skip) === "#" && (escaped = !0), value = value.substring(skip);
        let first = value.charAt(0), last = value.charAt(value.length - 1), literal = first === "'" || first === '"', inSingle = first === "'" && last === "'", inDouble = !1;
        if (first === '"')
          for (let i = 1; i < value.length; i++)
            value.charAt(i) === escapeChar ? i++ : value.charAt(i) === '"' && i === value.length - 1 && (inDouble = !0);
        (inSingle || inDouble) && (value = value.substring(1, value.length - 1));
        let commentCheck = -1, escapedValue = "", start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case escapeChar:
              if (i + 1 === value.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              if (char = value.charAt(i + 1), char === " " || char === "	")
                whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                  let char2 = value.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case `
`:
                      escaped = !0, i = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal) {
                        char2 === escapeChar ? (escapedValue = escapedValue + char, i = i + 1) : (escapedValue = escapedValue + char + char2, i = j);
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              if (inDouble) {
                char === "\r" ? (escaped = !0, i = i + 2) : char === `
` ? (escaped = !0, i++) : char !== '"' && (char === escapeChar && i++, escapedValue = escapedValue + escapeChar);
                continue parseValue;
              } else if (inSingle || literal) {
                char === "\r" ? (escaped = !0, i = i + 2) : char === `
` ? (escaped = !0, i++) : escapedValue = escapedValue + escapeChar;
                continue parseValue;
              } else char === escapeChar ? (escapedValue = escapedValue + escapeChar, i++) : char === "\r" ? (escaped = !0, i = i + 2) : char === `
` ? (escaped = !0, i++, start = i) : (escapedValue = escapedValue + char, i++);
              break;
            case " ":
            case "	":
              escaped && commentCheck === -1 && (commentCheck = i), escapedValue = escapedValue + char;
              break;
            case "\r":
              i++;
            case `
`:
              escaped && commentCheck !== -1 && (escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1)), commentCheck = -1);
              break;
            case "#":
              if (escaped) {
                commentCheck !== -1 && (escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck)), commentCheck = -1);
                newlineCheck: for (let j = i + 1; j < value.length; j++)
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case `
`:
                      i = j;
                      break newlineCheck;
                  }
                continue parseValue;
              }
            default:
              escaped && (escaped = !1, commentCheck = -1), escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports.Property = Property;
  }
});

// node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), instruction_1 = require_instruction(), property_1 = require_property(), argument_1 = require_argument(), util_1 = require_util(), PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange), this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args2 = this.getPropertyArguments();
          if (args2.length === 0)
            this.properties = [];
          else if (args2.length === 1)
            this.properties = [new property_1.Property(this.document, this.escapeChar, args2[0])];
          else if (args2.length === 2)
            args2[0].getValue().indexOf("=") === -1 ? this.properties = [new property_1.Property(this.document, this.escapeChar, args2[0], args2[1])] : this.properties = [
              new property_1.Property(this.document, this.escapeChar, args2[0]),
              new property_1.Property(this.document, this.escapeChar, args2[1])
            ];
          else if (args2[0].getValue().indexOf("=") === -1) {
            let text = this.document.getText(), start = args2[1].getRange().start, end = args2[args2.length - 1].getRange().end;
            text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end)), this.properties = [new property_1.Property(this.document, this.escapeChar, args2[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args2[1].getRange().start, args2[args2.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i = 0; i < args2.length; i++)
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args2[i]));
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--)
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case `
`:
              content.charAt(i - 1) === "\r" && (i = i - 1);
            case "\r":
              newlineCheck: for (let j = i - 1; j >= 0; j--)
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case `
`:
                  case this.escapeChar:
                    continue;
                  default:
                    index = j;
                    break newlineCheck;
                }
              break whitespaceCheck;
            default:
              index = i;
              break whitespaceCheck;
          }
        return index;
      }
      getPropertyArguments() {
        let args2 = [], range = this.getInstructionRange(), instructionNameEndOffset = this.document.offsetAt(range.end), extra = instructionNameEndOffset - this.document.offsetAt(range.start), content = this.getTextContent(), fullArgs = content.substring(extra), start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1)
          return [];
        let startPosition = this.document.positionAt(instructionNameEndOffset + start), escaped = range.start.line !== startPosition.line, endingEscape = !1, mark = -1, end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0, spaced = !1;
        argumentLoop: for (let i = 0; i < content.length; i++) {
          let char = content.charAt(i);
          switch (char) {
            case this.escapeChar:
              if (i + 1 === content.length) {
                endingEscape = !0;
                break argumentLoop;
              }
              switch (escaped || (mark = i), content.charAt(i + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                    i = i + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i + 2; j < content.length; j++)
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case `
`:
                        escaped = !0, i = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args2.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2)))), argStart = j;
                        break whitespaceCheck;
                    }
                  i = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i++;
                case `
`:
                  escaped = !0, i = i + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  argStart === -1 && (argStart = i), i = i + 1;
                  continue argumentLoop;
                default:
                  argStart === -1 && (argStart = i);
                  continue argumentLoop;
              }
            case "'":
            case '"':
              spaced && (this.createSpacedArgument(argStart, args2, content, mark, instructionNameEndOffset, start), argStart = i, spaced = !1), argStart === -1 && (argStart = i);
              for (let j = i + 1; j < content.length; j++)
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i = j;
                      continue argumentLoop;
                    }
                    args2.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1)))), i = j, argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              break argumentLoop;
            case " ":
            case "	":
              escaped ? argStart !== -1 && (spaced = !0) : argStart !== -1 && (args2.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i)))), argStart = -1);
              break;
            case "\r":
              i++;
            case `
`:
              spaced = !1;
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < content.length; j++)
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case `
`:
                      i = j, spaced = !1;
                      continue argumentLoop;
                  }
                if (argStart !== -1) {
                  let value = content.substring(argStart, mark);
                  args2.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark)))), argStart = -1;
                }
                break argumentLoop;
              } else argStart === -1 && (argStart = i);
              break;
            default:
              if (spaced && (this.createSpacedArgument(argStart, args2, content, mark, instructionNameEndOffset, start), argStart = i, spaced = !1), escaped = !1, argStart === -1 && (argStart = i), char === "$" && content.charAt(i + 1) === "{") {
                let singleQuotes = !1, doubleQuotes = !1, escaped2 = !1;
                for (let j = i + 1; j < content.length; j++)
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = !0;
                      break;
                    case "\r":
                    case `
`:
                      break;
                    case "'":
                      singleQuotes = !singleQuotes, escaped2 = !1;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes, escaped2 = !1;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes)
                        break;
                      i = j - 1;
                      continue argumentLoop;
                    case "}":
                      i = j;
                      continue argumentLoop;
                    default:
                      escaped2 = !1;
                      break;
                  }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length, value = content.substring(argStart, end2);
          args2.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end2))));
        }
        return args2;
      }
      createSpacedArgument(argStart, args2, content, mark, instructionNameEndOffset, start) {
        argStart !== -1 && args2.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
      }
    };
    exports.PropertyInstruction = PropertyInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/arg.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Arg = void 0;
    var property_1 = require_property(), propertyInstruction_1 = require_propertyInstruction(), Arg = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange), this.property = null;
        let args2 = this.getPropertyArguments();
        args2.length === 1 ? this.property = new property_1.Property(this.document, this.escapeChar, args2[0]) : this.property = null;
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports.Arg = Arg;
  }
});

// node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction(), Cmd = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Cmd = Cmd;
  }
});

// node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/copy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction(), Copy = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Copy = Copy;
  }
});

// node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/env.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction(), Env = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Env = Env;
  }
});

// node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction(), Entrypoint = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Entrypoint = Entrypoint;
  }
});

// node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/from.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.From = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), modifiableInstruction_1 = require_modifiableInstruction(), From = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        let args2 = this.getArguments();
        return args2.length > 0 ? args2[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        let imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null)
          return null;
        let commented = !1, escaped = !1, name = "";
        for (let i = 0; i < imageName.length; i++) {
          let ch = imageName.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaped = !0;
              break;
            case "\r":
              continue;
            case `
`:
              commented = !1;
              break;
            case " ":
            case "	":
              break;
            case "#":
              escaped ? commented = !0 : (name = name + ch, escaped = !1);
              break;
            default:
              commented || (name = name + ch, escaped = !1);
              break;
          }
        }
        return name;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
          let registryRange = this.getRegistryRange();
          registryRange && (range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1));
          let tagRange = this.getImageTagRange(), digestRange = this.getImageDigestRange();
          return tagRange === null ? digestRange !== null && (range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1)) : range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1), range;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args2 = this.getArguments();
        return args2.length !== 0 ? args2[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        let range = this.getImageRange();
        if (range) {
          let rangeStartOffset = this.document.offsetAt(range.start), content = this.getRangeContent(range), atIndex = this.indexOf(rangeStartOffset, content, "@"), slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            let colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex)
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
          }
          let subcontent = content.substring(0, atIndex), subcolonIndex = subcontent.indexOf(":");
          return subcolonIndex === -1 ? null : slashIndex === -1 ? vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex)) : subcolonIndex < slashIndex ? null : vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
          let content = this.getRangeContent(range), index = this.lastIndexOf(this.document.offsetAt(range.start), content, "@");
          if (index !== -1)
            return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString), variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          let position = documentOffset + index, variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            let offset = this.document.offsetAt(variableRange.end) - documentOffset, subIndex = content.substring(offset).indexOf(searchString);
            if (subIndex === -1)
              return -1;
            index = subIndex + offset, i = -1;
            continue;
          }
        }
        return index;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString), variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          let position = documentOffset + index, variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            if (index = content.substring(0, index).lastIndexOf(searchString), index === -1)
              return -1;
            i = -1;
            continue;
          }
        }
        return index;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        let range = this.getImageRange();
        if (range) {
          let tagRange = this.getImageTagRange(), digestRange = this.getImageDigestRange();
          tagRange === null ? digestRange !== null && (range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1)) : range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          let content = this.getRangeContent(range), rangeStart = this.document.offsetAt(range.start), startingSlashIndex = this.indexOf(rangeStart, content, "/");
          if (startingSlashIndex === -1)
            return null;
          let portIndex = this.indexOf(rangeStart, content, ":"), dotIndex = this.indexOf(rangeStart, content, ".");
          if (portIndex !== -1 || dotIndex !== -1)
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          if (content.substring(0, startingSlashIndex) === "localhost")
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
        }
        return null;
      }
      getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
      }
      getBuildStageRange() {
        let args2 = this.getArguments();
        return args2.length > 2 && args2[1].getValue().toUpperCase() === "AS" ? args2[2].getRange() : null;
      }
      getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
      }
    };
    exports.From = From;
  }
});

// node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction(), Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument = argument.toUpperCase(), argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args2 = this.getArguments();
        return args2.length !== 0 ? args2[0] : null;
      }
    };
    exports.Healthcheck = Healthcheck;
  }
});

// node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/label.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction(), util_1 = require_util(), Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getVariables() {
        let variables = super.getVariables(), properties = this.getProperties();
        for (let property of properties) {
          let value = property.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
            let range = property.getValueRange();
            for (let i = 0; i < variables.length; i++)
              util_1.Util.isInsideRange(variables[i].getRange().start, range) && (variables.splice(i, 1), i--);
          }
        }
        return variables;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Label = Label;
  }
});

// node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Onbuild = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), parser_1 = require_parser(), instruction_1 = require_instruction(), Onbuild = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args2 = this.getArguments();
        return args2.length > 0 ? args2[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null)
          return null;
        let args2 = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args2[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports.Onbuild = Onbuild;
  }
});

// node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/run.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction(), Run = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Run = Run;
  }
});

// node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/shell.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction(), Shell = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Shell = Shell;
  }
});

// node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Stopsignal = void 0;
    var instruction_1 = require_instruction(), Stopsignal = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Stopsignal = Stopsignal;
  }
});

// node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Workdir = void 0;
    var instruction_1 = require_instruction(), Workdir = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        let path = this.getPath();
        if (path === null || path.startsWith("/"))
          return path;
        let startLine = this.getRange().start.line, hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
          let workdirs2 = hierarchy[i].getWORKDIRs();
          for (let j = workdirs2.length - 1; j >= 0; j--)
            if (workdirs2[j].getRange().start.line < startLine) {
              let parent = workdirs2[j].getAbsolutePath();
              return parent == null ? void 0 : parent.endsWith("/") ? parent + path : parent + "/" + path;
            }
        }
      }
    };
    exports.Workdir = Workdir;
  }
});

// node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/user.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.User = void 0;
    var instruction_1 = require_instruction(), User = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.User = User;
  }
});

// node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/volume.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction(), Volume = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Volume = Volume;
  }
});

// node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "node_modules/dockerfile-ast/lib/imageTemplate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), arg_1 = require_arg(), cmd_1 = require_cmd(), copy_1 = require_copy(), env_1 = require_env(), entrypoint_1 = require_entrypoint(), from_1 = require_from(), healthcheck_1 = require_healthcheck(), onbuild_1 = require_onbuild(), util_1 = require_util(), workdir_1 = require_workdir(), ImageTemplate = class {
      constructor() {
        this.comments = [], this.instructions = [];
      }
      addComment(comment) {
        this.comments.push(comment);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line) {
        for (let instruction of this.instructions)
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange()))
            return instruction;
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args2 = [];
        for (let instruction of this.instructions)
          instruction instanceof arg_1.Arg && args2.push(instruction);
        return args2;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions)
          instruction instanceof cmd_1.Cmd && cmds.push(instruction);
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions)
          instruction instanceof copy_1.Copy && copies.push(instruction);
        return copies;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions)
          instruction instanceof entrypoint_1.Entrypoint && froms.push(instruction);
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args2 = [];
        for (let instruction of this.instructions)
          instruction instanceof env_1.Env && args2.push(instruction);
        return args2;
      }
      getFROM() {
        for (let instruction of this.instructions)
          if (instruction instanceof from_1.From)
            return instruction;
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions)
          instruction instanceof from_1.From && froms.push(instruction);
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions)
          instruction instanceof healthcheck_1.Healthcheck && froms.push(instruction);
        return froms;
      }
      getWORKDIRs() {
        let workdirs2 = [];
        for (let instruction of this.instructions)
          instruction instanceof workdir_1.Workdir && workdirs2.push(instruction);
        return workdirs2;
      }
      getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions)
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            trigger && triggers.push(trigger);
          }
        return triggers;
      }
      getAvailableVariables(currentLine) {
        let variables = [];
        for (let arg of this.getARGs())
          if (arg.isBefore(currentLine)) {
            let property = arg.getProperty();
            if (property) {
              let variable = property.getName();
              variables.indexOf(variable) === -1 && variables.push(variable);
            }
          }
        for (let env of this.getENVs())
          if (env.isBefore(currentLine))
            for (let property of env.getProperties()) {
              let variable = property.getName();
              variables.indexOf(variable) === -1 && variables.push(variable);
            }
        return variables;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--)
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties())
              if (property.getName() === variable)
                return property.getValue();
          }
        let args2 = this.getARGs();
        for (let i = args2.length - 1; i >= 0; i--)
          if (args2[i].isBefore(line)) {
            let property = args2[i].getProperty();
            if (property && property.getName() === variable)
              return property.getValue();
          }
      }
      getRange() {
        let instructions = this.getInstructions();
        if (instructions.length === 0)
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        let instructionStart = instructions[0].getRange().start, instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position) {
        let range = this.getRange();
        return range === null ? !1 : util_1.Util.isInsideRange(position, range);
      }
    };
    exports.ImageTemplate = ImageTemplate;
  }
});

// node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "node_modules/dockerfile-ast/lib/dockerfile.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Dockerfile = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), ast = require_main(), imageTemplate_1 = require_imageTemplate(), from_1 = require_from(), util_1 = require_util(), main_1 = require_main(), Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document) {
        super(), this.initialInstructions = new imageTemplate_1.ImageTemplate(), this.buildStages = [], this.directives = [], this.foundFrom = !1, this.document = document;
      }
      getEscapeCharacter() {
        for (let directive of this.directives)
          if (directive.getDirective() === ast.Directive.escape) {
            let value = directive.getValue();
            if (value === "\\" || value === "`")
              return value;
          }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range))
          return null;
        if ((this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) && util_1.Util.isInsideRange(position, this.initialInstructions.getRange()))
          return this.initialInstructions;
        for (let buildStage of this.buildStages)
          if (util_1.Util.isInsideRange(position, buildStage.getRange()))
            return buildStage;
        return this;
      }
      addInstruction(instruction) {
        instruction.getKeyword() === main_1.Keyword.FROM ? (this.currentBuildStage = new imageTemplate_1.ImageTemplate(), this.buildStages.push(this.currentBuildStage), this.foundFrom = !0) : this.foundFrom || this.initialInstructions.addInstruction(instruction), this.foundFrom && this.currentBuildStage.addInstruction(instruction), super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
          let range = from.getRange();
          if (range.start.line <= line && line <= range.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs())
              initialARGs.addInstruction(instruction);
            return initialARGs.resolveVariable(variable, line);
          }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null)
          return;
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs())
            initialARGs.addInstruction(instruction);
          return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            property && variables.push(property.getName());
          }
          return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image) {
        let templateFrom = image.getFROM(), imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null)
          return null;
        for (let from of this.getFROMs())
          if (from.getBuildStage() === imageName) {
            let range = from.getRange();
            return range.start.line === templateFrom.getRange().start.line ? null : this.getContainingImage(range.start);
          }
        return null;
      }
      getStageHierarchy(line) {
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null)
          return [];
        let stages = [image], stage = this.getParentStage(image);
        for (; stage !== null; )
          stages.splice(0, 0, stage), stage = this.getParentStage(stage);
        return stages;
      }
      getAvailableWorkingDirectories(line) {
        let availableDirectories = /* @__PURE__ */ new Set();
        for (let image of this.getStageHierarchy(line))
          for (let workdir of image.getWORKDIRs())
            if (workdir.getRange().end.line < line) {
              let directory = workdir.getAbsolutePath();
              directory != null && (directory.endsWith("/") || (directory += "/"), availableDirectories.add(directory));
            }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        let comments = this.getComments();
        for (let i = 0; i < comments.length; i++)
          if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange()))
            this.initialInstructions.addComment(comments[i]);
          else
            for (let buildStage of this.buildStages)
              util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange()) && buildStage.addComment(comments[i]);
      }
      getRange() {
        let comments = this.getComments(), instructions = this.getInstructions(), range = null;
        if (comments.length === 0)
          instructions.length > 0 && (range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end));
        else if (instructions.length === 0)
          range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        else {
          let commentStart = comments[0].getRange().start, commentEnd = comments[comments.length - 1].getRange().end, instructionStart = instructions[0].getRange().start, instructionEnd = instructions[instructions.length - 1].getRange().end;
          commentStart.line < instructionStart.line ? (commentEnd.line < instructionEnd.line && (range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd)), range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd)) : commentEnd.line < instructionEnd.line ? range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd) : range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
        }
        return range === null ? this.directives.length === 0 ? null : this.directives[0].getRange() : this.directives.length === 0 ? range : vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
      }
    };
    exports.Dockerfile = Dockerfile;
  }
});

// node_modules/dockerfile-ast/lib/parser.js
var require_parser = __commonJS({
  "node_modules/dockerfile-ast/lib/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.Parser = void 0;
    var vscode_languageserver_textdocument_1 = (init_main2(), __toCommonJS(main_exports2)), vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), comment_1 = require_comment(), parserDirective_1 = require_parserDirective(), instruction_1 = require_instruction(), add_1 = require_add(), arg_1 = require_arg(), cmd_1 = require_cmd(), copy_1 = require_copy(), env_1 = require_env(), entrypoint_1 = require_entrypoint(), from_1 = require_from(), healthcheck_1 = require_healthcheck(), label_1 = require_label(), onbuild_1 = require_onbuild(), run_1 = require_run(), shell_1 = require_shell(), stopsignal_1 = require_stopsignal(), workdir_1 = require_workdir(), user_1 = require_user(), volume_1 = require_volume(), dockerfile_1 = require_dockerfile(), util_1 = require_util(), main_1 = require_main(), Parser = class _Parser {
      constructor() {
        this.escapeChar = null;
      }
      static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "USER":
            return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
      }
      getParserDirectives(document, buffer) {
        let directives = [];
        this.escapeChar = "";
        let offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++)
          switch (buffer.charAt(i)) {
            case " ":
            case "	":
              break;
            case "\r":
            case `
`:
              break directiveCheck;
            case "#":
              let directiveStart = -1, directiveEnd = -1;
              for (let j = i + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    directiveStart !== -1 && directiveEnd === -1 && (directiveEnd = j);
                    break;
                  case "\r":
                  case `
`:
                    break directiveCheck;
                  case "=":
                    let valueStart = -1, valueEnd = -1;
                    directiveEnd === -1 && (directiveEnd = j);
                    let lineEnd = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++)
                      switch (char = buffer.charAt(k), char) {
                        case "\r":
                        case `
`:
                          valueStart !== -1 && valueEnd === -1 && (valueEnd = k), lineEnd = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          valueStart !== -1 && valueEnd === -1 && (valueEnd = k);
                          continue;
                        default:
                          valueStart === -1 && (valueStart = k);
                          break;
                      }
                    if (directiveStart === -1)
                      break directiveCheck;
                    valueStart === -1 ? (valueStart = j + 1, valueEnd = lineEnd) : valueEnd === -1 && (valueEnd = buffer.length);
                    let lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd)), nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd)), valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange)), directiveStart = -1, buffer.charAt(valueEnd) === "\r" ? i = valueEnd + 1 : i = valueEnd;
                    continue directiveCheck;
                  default:
                    directiveStart === -1 && (directiveStart = j);
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        return directives;
      }
      parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer), this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document), directives = this.getParserDirectives(this.document, this.buffer), offset = 0;
        this.escapeChar = "\\", directives.length > 0 ? (dockerfile.setDirectives(directives), this.escapeChar = dockerfile.getEscapeCharacter(), offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0))) : util_1.Util.isUTF8BOM(buffer.substring(0, 1)) && (offset = 1);
        for (let i = offset; i < this.buffer.length; i++) {
          let char = this.buffer.charAt(i);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case `
`:
              break;
            case "#":
              i = this.processComment(dockerfile, i);
              break;
            default:
              i = this.processInstruction(dockerfile, char, i);
              break;
          }
        }
        return dockerfile.organizeComments(), dockerfile;
      }
      processInstruction(dockerfile, char, start) {
        let instruction = char, instructionEnd = -1, escapedInstruction = !1;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++)
          switch (char = this.buffer.charAt(i), char) {
            case this.escapeChar:
              if (escapedInstruction = !0, char = this.buffer.charAt(i + 1), char === "\r" || char === `
`)
                instructionEnd === -1 && (instructionEnd = i), i++;
              else if (char === " " || char === "	") {
                for (let j = i + 2; j < this.buffer.length; j++)
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case `
`:
                      i = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i + 1, instruction = instruction + this.escapeChar, i = j - 2;
                      continue instructionCheck;
                  }
                instructionEnd = i + 1, instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else
                instructionEnd = i + 1, instruction = instruction + this.escapeChar, escapedInstruction = !1;
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i + 1; j < this.buffer.length; j++)
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case `
`:
                      i = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                escapedInstruction = !1;
              }
              return instructionEnd === -1 && (instructionEnd = i), i = this.processArguments(dockerfile, instruction, instructionEnd, start, i), dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i)), i;
            case "\r":
            case `
`:
              if (escapedInstruction)
                continue;
              return instructionEnd === -1 && (instructionEnd = i), dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i)), i;
            case "#":
              if (escapedInstruction)
                continue;
            default:
              instructionEnd = i + 1, instruction = instruction + char, escapedInstruction = !1;
              break;
          }
        return instructionEnd === -1 && (instructionEnd = this.buffer.length), dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length)), this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
          if (instruction = instruction.getTriggerInstruction(), instruction === null)
            return offset;
          keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN)
          return offset;
        let heredocs = [], tabbed = !1;
        for (let arg of instruction.getArguments()) {
          let value = arg.getValue();
          if (value.startsWith("<<") && value.length > 2) {
            value.startsWith("<<-") && (tabbed = !0);
            let name = util_1.Util.parseHeredocName(value);
            name !== null && heredocs.push(name);
          }
        }
        if (heredocs.length > 0)
          for (let heredoc of heredocs)
            offset = this.parseHeredoc(heredoc, offset, tabbed);
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = !1;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++)
          switch (this.buffer.charAt(i)) {
            case "\r":
            case `
`:
              if (escaped)
                continue;
              return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
            case this.escapeChar:
              let next = this.buffer.charAt(i + 1);
              if (next === `
` || next === "\r")
                escaped = !0, i++;
              else if (next === " " || next === "	") {
                for (let j = i + 2; j < this.buffer.length; j++)
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case `
`:
                      escaped = !0;
                    default:
                      i = j;
                      continue argumentsCheck;
                  }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i = this.processComment(dockerfile, i);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              escaped && (escaped = !1);
              break;
          }
        return this.buffer.length;
      }
      processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++)
          switch (this.buffer.charAt(i)) {
            case "\r":
            case `
`:
              end = i;
              break commentLoop;
          }
        let range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        return dockerfile.addComment(new comment_1.Comment(this.document, range)), end;
      }
      parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1, lineStart = !0;
        for (let i = offset; i < this.buffer.length; i++)
          switch (this.buffer.charAt(i)) {
            case " ":
              lineStart = !1;
              break;
            case "	":
              tabbed || (lineStart = !1);
              break;
            case "\r":
            case `
`:
              if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i))
                return i;
              startWord = -1, lineStart = !0;
              break;
            default:
              lineStart && (startWord = i, lineStart = !1);
              break;
          }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        let startPosition = this.document.positionAt(start), instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd)), lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/dockerfile-ast/lib/main.js
var require_main = __commonJS({
  "node_modules/dockerfile-ast/lib/main.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
    var argument_1 = require_argument();
    Object.defineProperty(exports, "Argument", { enumerable: !0, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports, "JSONArgument", { enumerable: !0, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports, "Comment", { enumerable: !0, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser(), flag_1 = require_flag();
    Object.defineProperty(exports, "Flag", { enumerable: !0, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports, "Instruction", { enumerable: !0, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports, "Line", { enumerable: !0, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports, "ParserDirective", { enumerable: !0, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports, "Property", { enumerable: !0, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports, "Variable", { enumerable: !0, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports, "Add", { enumerable: !0, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports, "Arg", { enumerable: !0, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports, "Cmd", { enumerable: !0, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports, "Copy", { enumerable: !0, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports, "Entrypoint", { enumerable: !0, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports, "Env", { enumerable: !0, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports, "From", { enumerable: !0, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports, "Healthcheck", { enumerable: !0, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports, "Heredoc", { enumerable: !0, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports, "JSONInstruction", { enumerable: !0, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports, "Label", { enumerable: !0, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports, "ModifiableInstruction", { enumerable: !0, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports, "Onbuild", { enumerable: !0, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports, "PropertyInstruction", { enumerable: !0, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports, "Run", { enumerable: !0, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports, "Shell", { enumerable: !0, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports, "Stopsignal", { enumerable: !0, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports, "User", { enumerable: !0, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports, "Volume", { enumerable: !0, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports, "Workdir", { enumerable: !0, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2.ADD = "ADD", Keyword2.ARG = "ARG", Keyword2.CMD = "CMD", Keyword2.COPY = "COPY", Keyword2.ENTRYPOINT = "ENTRYPOINT", Keyword2.ENV = "ENV", Keyword2.EXPOSE = "EXPOSE", Keyword2.FROM = "FROM", Keyword2.HEALTHCHECK = "HEALTHCHECK", Keyword2.LABEL = "LABEL", Keyword2.MAINTAINER = "MAINTAINER", Keyword2.ONBUILD = "ONBUILD", Keyword2.RUN = "RUN", Keyword2.SHELL = "SHELL", Keyword2.STOPSIGNAL = "STOPSIGNAL", Keyword2.USER = "USER", Keyword2.VOLUME = "VOLUME", Keyword2.WORKDIR = "WORKDIR";
    })(Keyword || (exports.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2.escape = "escape", Directive2.syntax = "syntax";
    })(Directive || (exports.Directive = Directive = {}));
    exports.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser2;
    (function(DockerfileParser3) {
      function parse(content) {
        return new parser_1.Parser().parse(content);
      }
      DockerfileParser3.parse = parse;
    })(DockerfileParser2 || (exports.DockerfileParser = DockerfileParser2 = {}));
  }
});

// lib/dockerfile/mapped-text.ts
var MappedText = class _MappedText {
  text;
  offsets;
  /** File offset just past the last source character, for empty spans at the end. */
  endOffset;
  constructor(text, offsets, endOffset) {
    this.text = text, this.offsets = offsets, this.endOffset = endOffset;
  }
  static empty(at2) {
    return new _MappedText("", [], at2);
  }
  /** A contiguous slice of the file. */
  static slice(source, start, end) {
    let offsets = new Array(end - start);
    for (let i = 0; i < offsets.length; i++) offsets[i] = start + i;
    return new _MappedText(source.slice(start, end), offsets, end);
  }
  /** File offset of character `i` (clamped). */
  offsetAt(i) {
    return this.offsets.length === 0 ? this.endOffset : i >= this.offsets.length ? this.endOffset : this.offsets[Math.max(0, i)];
  }
  /** File span [start, end) covering characters [from, to) of this text. */
  span(from, to) {
    let start = this.offsetAt(from), end = to > from ? this.offsetAt(to - 1) + 1 : start;
    return { start, end: Math.max(start, end) };
  }
  /**
   * Text derived from characters [from, to) whose characters do not line up one
   * to one (a decoded quoted string): character k maps to from + k, clamped.
   */
  derive(text, from, to) {
    let offsets = new Array(text.length), last = Math.max(from, to - 1);
    for (let k = 0; k < text.length; k++) offsets[k] = this.offsetAt(Math.min(from + k, last));
    return new _MappedText(text, offsets, this.offsetAt(to));
  }
  /** Concatenation, separated by `sep` (mapped to the end of the left part). */
  static join(parts, sep, fallbackAt) {
    if (!parts.length) return _MappedText.empty(fallbackAt);
    let text = "", offsets = [];
    return parts.forEach((p, i) => {
      if (i > 0) {
        text += sep;
        let at2 = parts[i - 1].offsetAt(parts[i - 1].text.length);
        for (let k = 0; k < sep.length; k++) offsets.push(at2);
      }
      text += p.text;
      for (let k = 0; k < p.text.length; k++) offsets.push(p.offsetAt(k));
    }), new _MappedText(text, offsets, parts[parts.length - 1].offsetAt(parts[parts.length - 1].text.length));
  }
}, MappedTextBuilder = class {
  text = "";
  offsets = [];
  lastEnd;
  constructor(start) {
    this.lastEnd = start;
  }
  appendSource(source, start, end) {
    this.text += source.slice(start, end);
    for (let i = start; i < end; i++) this.offsets.push(i);
    end > start && (this.lastEnd = end);
  }
  appendSynthetic(s) {
    this.text += s;
    for (let i = 0; i < s.length; i++) this.offsets.push(this.lastEnd);
  }
  build() {
    return new MappedText(this.text, this.offsets, this.lastEnd);
  }
};

// lib/dockerfile/shell.ts
var MAX_DEPTH = 6, SHELLS = /^(?:\/(?:usr\/)?(?:local\/)?bin\/)?(?:sh|bash|ash|dash|zsh|ksh|su|runuser)$/;
function readCommands(script) {
  let out = [];
  return readInto(script, null, 0, out), out;
}
function readInto(script, parent, depth, out, scriptBody = !1) {
  if (depth > MAX_DEPTH) return;
  let s = script.text, n = s.length, i = 0, pipeline = [], cmd = newCommand(), nested = [];
  function newCommand() {
    return { assignments: [], words: [], redirects: [], pipeline: [], pipeIndex: 0, script, parent, scriptBody, order: 0, from: -1, to: -1 };
  }
  function endCommand() {
    if (cmd.words.length || cmd.assignments.length || cmd.redirects.length) {
      cmd.pipeIndex = pipeline.length, cmd.pipeline = pipeline, pipeline.push(cmd), cmd.order = out.length, out.push(cmd);
      let body;
      if (cmd.words.length >= 3 && SHELLS.test(cmd.words[0].text)) {
        let c = cmd.words.findIndex((w, k) => k > 0 && /^-[a-z]*c[a-z]*$/.test(w.text));
        body = c > 0 ? cmd.words[c + 1] : void 0;
      }
      for (let x of nested.splice(0)) (!body || x.from < body.from || x.to > body.to) && readInto(script.derive(x.text, x.from, x.to), x.owner, depth + 1, out);
      body && readInto(script.derive(body.text, body.from + (body.quoted ? 1 : 0), body.to), cmd, depth + 1, out, !0);
    }
    cmd = newCommand();
  }
  function endPipeline() {
    endCommand(), pipeline = [];
  }
  let pendingRedirect = null;
  for (; i < n; ) {
    let c = s[i];
    if (c === " " || c === "	" || c === "\r") {
      i++;
      continue;
    }
    if (c === `
` || c === ";" || c === "&" || c === "(" || c === ")" || c === "{" || c === "}") {
      if (c === "&" && s[i + 1] === ">") {
        pendingRedirect = { op: s[i + 2] === ">" ? "&>>" : "&>", target: null }, i += pendingRedirect.op.length;
        continue;
      }
      if (c === "{" || c === "}") {
        let next = s[i + 1];
        if (!(next !== void 0 && !/[\s;]/.test(next) && c === "{")) {
          endPipeline(), i++;
          continue;
        }
      } else {
        endPipeline(), i += c === "&" && s[i + 1] === "&" || c === ";" && s[i + 1] === ";" ? 2 : 1;
        continue;
      }
    }
    if (c === "|") {
      s[i + 1] === "|" ? (endPipeline(), i += 2) : (endCommand(), i += s[i + 1] === "&" ? 2 : 1);
      continue;
    }
    if (c === "#") {
      for (; i < n && s[i] !== `
`; ) i++;
      continue;
    }
    let redirect = /^(?:[0-9]*(?:>>|>\||>&|<<<|<<-|<<|<>|<&|>|<))/.exec(s.slice(i, i + 6));
    if (redirect && !(s[i] === "<" && s[i + 1] === "(") && !(s[i] === ">" && s[i + 1] === "(")) {
      pendingRedirect = { op: redirect[0].replace(/^[0-9]+/, ""), target: null }, cmd.redirects.push(pendingRedirect), cmd.from < 0 && (cmd.from = i), i += redirect[0].length;
      continue;
    }
    let from = i, text = "", quoted = !1;
    for (; i < n; ) {
      let ch = s[i];
      if (ch === " " || ch === "	" || ch === `
` || ch === "\r" || ch === ";" || ch === "|" || ch === "&" && s[i + 1] !== ">" || ch === ")" || ch === "&" || (ch === ">" || ch === "<") && s[i + 1] !== "(" || ch === "(" && !(i > from && (s[i - 1] === "<" || s[i - 1] === ">" || s[i - 1] === "$")) && i === from)
        break;
      if (ch === "\\") {
        text += s[i + 1] ?? "", i += 2;
        continue;
      }
      if (ch === "'") {
        quoted = !0;
        let end = s.indexOf("'", i + 1), stop = end < 0 ? n : end;
        text += s.slice(i + 1, stop), i = stop + 1;
        continue;
      }
      if (ch === '"') {
        for (quoted = !0, i++; i < n && s[i] !== '"'; )
          if (s[i] === "\\" && i + 1 < n)
            text += s[i + 1], i += 2;
          else if (s[i] === "$" && s[i + 1] === "(") {
            let end = matchParen(s, i + 1);
            nested.push({ text: s.slice(i + 2, end), from: i + 2, to: end, owner: cmd }), text += s.slice(i, Math.min(n, end + 1)), i = end + 1;
          } else if (s[i] === "`") {
            let end = s.indexOf("`", i + 1), stop = end < 0 ? n : end;
            nested.push({ text: s.slice(i + 1, stop), from: i + 1, to: stop, owner: cmd }), text += s.slice(i, Math.min(n, stop + 1)), i = stop + 1;
          } else text += s[i++];
        i++;
        continue;
      }
      if ((ch === "$" || ch === "<" || ch === ">") && s[i + 1] === "(") {
        let end = matchParen(s, i + 1);
        nested.push({ text: s.slice(i + 2, end), from: i + 2, to: end, owner: cmd }), text += s.slice(i, Math.min(n, end + 1)), i = end + 1;
        continue;
      }
      if (ch === "`") {
        let end = s.indexOf("`", i + 1), stop = end < 0 ? n : end;
        nested.push({ text: s.slice(i + 1, stop), from: i + 1, to: stop, owner: cmd }), text += s.slice(i, Math.min(n, stop + 1)), i = stop + 1;
        continue;
      }
      text += ch, i++;
    }
    if (i === from) {
      i++;
      continue;
    }
    let word = { text, from, to: i, quoted };
    cmd.from < 0 && (cmd.from = from), cmd.to = i, pendingRedirect ? (pendingRedirect.target = word, cmd.redirects.includes(pendingRedirect) || cmd.redirects.push(pendingRedirect), pendingRedirect = null) : !cmd.words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(text) ? cmd.assignments.push(word) : cmd.words.push(word);
  }
  endPipeline();
}
function matchParen(s, open) {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    let c = s[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "'") {
      let end = s.indexOf("'", i + 1);
      if (end < 0) return s.length;
      i = end;
      continue;
    }
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return s.length;
}
function commandName(cmd) {
  let first = effectiveWords(cmd)[0];
  return first ? first.text.replace(/^.*\//, "") : "";
}
var WRAPPERS = /* @__PURE__ */ new Set(["sudo", "env", "exec", "time", "nice", "nohup", "command", "xargs", "then", "do", "else", "if", "while", "until", "!", "eval"]);
function effectiveWords(cmd) {
  let w = cmd.words, k = 0;
  for (; k < w.length; ) {
    let name = w[k].text.replace(/^.*\//, "");
    if (!WRAPPERS.has(name)) break;
    for (k++; k < w.length && (w[k].text.startsWith("-") || /^[A-Za-z_][A-Za-z0-9_]*=/.test(w[k].text)); )
      (name === "sudo" && /^-[ugCDhprt]$/.test(w[k].text) || name === "xargs" && /^-[IdEnLPs]$/.test(w[k].text)) && k++, k++;
  }
  return w.slice(k);
}
function assignmentsOf(cmd) {
  let first = effectiveWords(cmd)[0], lead = first ? cmd.words.slice(0, cmd.words.indexOf(first)) : cmd.words;
  return [...cmd.assignments, ...lead.filter((w) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(w.text))];
}
function runScript(ins) {
  let main = ins.args;
  if (ins.json) {
    main = ins.args.derive(ins.json.map(shellQuote).join(" "), 0, ins.args.text.length);
    let script = SHELLS.test(ins.json[0]) ? scriptIndex(ins.json) : -1;
    if (script > 0) {
      let at2 = Math.max(0, ins.args.text.indexOf(JSON.stringify(ins.json[script]).slice(0, 12)));
      main = ins.args.derive(ins.json.slice(script).join(" "), at2 + 1, ins.args.text.length);
    }
  }
  let parts = [main, ...ins.heredocs.filter((h) => h.isScript).map((h) => h.body)];
  return MappedText.join(parts, `
`, main.offsetAt(main.text.length));
}
function scriptIndex(argv) {
  for (let k = 1; k < argv.length - 1; k++) {
    let a = argv[k];
    if (/^-[A-Za-z]*c[A-Za-z]*$/.test(a)) return k + 1;
    if (a === "-o" || a === "+o" || a === "-O" || a === "+O") k++;
    else if (!/^[-+][A-Za-z]+$/.test(a)) return -1;
  }
  return -1;
}
function shellQuote(s) {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}

// lib/dockerfile/check.ts
var commandCache = /* @__PURE__ */ new WeakMap();
function commandsOf(ins) {
  let cmds = commandCache.get(ins);
  return cmds || (cmds = ins.keyword === "RUN" ? readCommands(runScript(ins)) : [], commandCache.set(ins, cmds)), cmds;
}
function wordSpan(cmd, word) {
  return cmd.script.span(word.from, word.to);
}
function argsSpan(ins) {
  let t = ins.args.text, lead = t.length - t.trimStart().length, trail = t.trimEnd().length;
  return trail <= lead ? { start: ins.start, end: Math.max(ins.start + ins.keyword.length, ins.start + 1) } : ins.args.span(lead, trail);
}
function stageChain(stage) {
  let out = [];
  for (let s = stage; s && !out.includes(s); s = s.base) out.push(s);
  return out;
}
function rootImage(stage) {
  let chain = stageChain(stage), last = chain[chain.length - 1];
  return { image: last.image, unresolved: last.imageUnresolved };
}
function isWindowsStage(stage) {
  for (let s of stageChain(stage))
    if (s.image && /windows|nanoserver|servercore|ltsc20\d\d|(?:^|[:-])(?:1809|20h2|21h2)(?:$|-)/i.test(s.image) || s.instructions.some((i) => i.keyword === "SHELL" && /powershell|pwsh|cmd(?:\.exe)?"/i.test(i.args.text))) return !0;
  return !1;
}
function finalStage(df) {
  return df.stages.length ? df.stages[df.stages.length - 1] : null;
}
function at(ins, span, message, secret, extra = {}) {
  return { start: span.start, end: Math.max(span.end, span.start + 1), anchor: ins.start, message, secret, ...extra };
}
function laterInStage(stage, ins) {
  let k = stage.instructions.indexOf(ins);
  return k < 0 ? [] : stage.instructions.slice(k + 1);
}

// lib/dockerfile/secret-names.ts
var SECRET_WORDS = /* @__PURE__ */ new Set([
  "PASSWORD",
  "PASSWD",
  "PASSPHRASE",
  "PASS",
  "PWD",
  "SECRET",
  "SECRETS",
  "TOKEN",
  "TOKENS",
  "CREDENTIAL",
  "CREDENTIALS",
  "CREDS",
  "APIKEY",
  "AUTHKEY",
  "PRIVATEKEY",
  "ACCESSKEY",
  "SECRETKEY",
  "AUTHTOKEN",
  "ACCESSTOKEN",
  "PAT",
  "DSN"
]), KEY_WORDS = /* @__PURE__ */ new Set(["KEY"]), NOT_A_CREDENTIAL_KEY = /* @__PURE__ */ new Set(["CACHE", "SORT", "PARTITION", "PRIMARY", "FOREIGN", "ROUTING", "LOOKUP", "INDEX", "MAP", "HOT", "SHORTCUT", "PUBLISHABLE", "SITE", "IDEMPOTENCY", "DEDUP", "GROUP", "SHARD"]), DESCRIBING_WORDS = /* @__PURE__ */ new Set([
  "FILE",
  "FILES",
  "PATH",
  "DIR",
  "URL",
  "URI",
  "VERSION",
  "MODE",
  "ID",
  "IDS",
  "KEYS",
  "USER",
  "USERNAME",
  "NAME",
  "LENGTH",
  "LEN",
  "TTL",
  "TIMEOUT",
  "EXPIRY",
  "EXPIRES",
  "EXPIRATION",
  "HEADER",
  "ENDPOINT",
  "HOST",
  "PORT",
  "TYPE",
  "ENABLED",
  "REQUIRED",
  "POLICY",
  "LOCATION",
  "REF",
  "ARN",
  "PREFIX",
  "SUFFIX",
  "FORMAT",
  "METHOD",
  "PROVIDER",
  "STORE",
  "HASH"
]), PUBLIC_MATERIAL = /^(?:GPG|GNUPG|PGP|FINGERPRINTS?|PUBLIC|PUBKEY|PUBKEYS|KEYSERVER|KEYRING|SHA[0-9]*|CHECKSUMS?|SHASUMS?|DIGEST|MD5|SIGNING_?PUBKEY)$/, NOT_SECRET = /* @__PURE__ */ new Set(["PWD", "OLDPWD", "PASS", "KEY", "TOKEN_TYPE"]);
function nameWords(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
}
function isSecretName(name) {
  let upper = name.toUpperCase();
  if (NOT_SECRET.has(upper)) return !1;
  let words = nameWords(name);
  if (!words.length || words.some((w) => PUBLIC_MATERIAL.test(w) || /^(?:GPG|PGP|GNUPG)|(?:GPG|PGP)$/.test(w) && !/^PGPASS/.test(w) || w.includes("FINGERPRINT") || w.includes("PUBKEY") || w.includes("KEYSERVER") || w.includes("CHECKSUM"))) return !1;
  let lastSecret = -1;
  return words.forEach((w, i) => {
    (SECRET_WORDS.has(w) || KEY_WORDS.has(w) && i > 0 && !NOT_A_CREDENTIAL_KEY.has(words[i - 1]) || w.length > 6 && /(?:PASSWORD|PASSWD|SECRET|TOKEN|APIKEY)$/.test(w)) && (lastSecret = i);
  }), lastSecret < 0 || words[lastSecret] === "PASS" && words.length === 1 ? !1 : !words.slice(lastSecret + 1).some((w) => DESCRIBING_WORDS.has(w));
}
var PLACEHOLDER_VALUE = /^(?:change[-_ ]?(?:me|it|this)|replace[-_ ]?(?:me|this)?|to[-_ ]?do|tbd|fixme|placeholder|dummy|redacted|unset|n\/a|your[-_ .a-z0-9]*|[-_a-z0-9]*[-_](?:here|goes[-_]here))$/i;
function isNonSecretValue(value) {
  let v = value.trim().replace(/^(['"])(.*)\1$/, "$2").trim();
  if (v === "" || /\$\{?[A-Za-z_]/.test(v)) return !0;
  let awsSecretShape = /^[A-Za-z0-9+/]{40}$/.test(v) && /[0-9]/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v);
  return !!(/^(?:\/|~\/)[^\s]*$/.test(v) && !awsSecretShape || /^[A-Za-z]:\\/.test(v) || /^(?:[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128})$/.test(v) || /^(?:(?:0x)?[0-9A-Fa-f]{16,40}[\s,]*)+$/.test(v) && v.replace(/[^0-9A-Fa-f]/g, "").length >= 32 && /\s|,/.test(v) || /^(?:true|false|yes|no|on|off|0|1|none|null|nil|disabled|enabled)$/i.test(v) || isPlaceholder(v, !0) || PLACEHOLDER_VALUE.test(v));
}

// lib/dockerfile/checks/pair-secrets.ts
function pairSecrets(ins, ctx, describe) {
  let out = [];
  for (let pair of ins.pairs) {
    if (pair.value === null) continue;
    let valueText = /^\$\{[A-Za-z_][A-Za-z0-9_]*:?-(.*)\}$/s.exec(pair.value)?.[1] ?? pair.value, hits = ctx.findSecrets(valueText);
    if (hits.length) {
      for (let h of hits) {
        let span = locate(ins, pair, h.secret);
        out.push({ pair, finding: at(ins, span, describe(pair, `a ${h.description}`), h.secret) });
      }
      continue;
    }
    isSecretName(pair.name) && !isNonSecretValue(valueText) && out.push({ pair, finding: at(ins, { start: pair.valueStart, end: pair.valueEnd }, describe(pair, "a literal value"), valueText) });
  }
  return out;
}
function locate(ins, pair, secret) {
  let k = ins.args.text.indexOf(secret);
  if (k >= 0) {
    let span = ins.args.span(k, k + secret.length);
    if (span.start >= pair.valueStart && span.start <= pair.valueEnd) return span;
  }
  return { start: pair.valueStart, end: pair.valueEnd };
}

// lib/dockerfile/checks/env-secret.ts
var ID = "dockerfile/env-secret", WHY = "ENV values are stored in the image config: anyone who can pull the image reads them with `docker inspect`, and every container started from it inherits them.", FIX = "Rotate the credential. Pass it at run time (`docker run -e NAME` / an orchestrator secret), or for build steps use `RUN --mount=type=secret,id=NAME cmd` and read /run/secrets/NAME inside that one RUN.", envSecret = {
  id: ID,
  severity: "high",
  description: "ENV whose value is a credential, or a secret-named key with a literal value",
  why: WHY,
  fix: FIX,
  check(df, ctx) {
    let out = [];
    for (let ins of df.instructions)
      if (ins.keyword === "ENV")
        for (let { finding } of pairSecrets(ins, ctx, (p, what) => `ENV ${p.name} holds ${what}: it is baked into the image config`)) out.push(finding);
    return out;
  },
  examples: {
    valid: [
      { code: `FROM postgres:16
ENV POSTGRES_PASSWORD_FILE=/run/secrets/db_password
` },
      { code: `FROM php:8.3
ENV GPG_KEYS 1198C0117593497A5EC5C199286AF1F9897469DC 39B641343D8C104B2B146DC3F9C39DC0B9698544
` },
      { code: `FROM python:3.12
ENV PYTHON_VERSION=3.12.4 PYTHON_SHA256=f6d419a6d8743ab26700801b4908d26d97e8b986e14f95de31b32de2b0e79554
` },
      { code: `FROM node:20
ARG NPM_TOKEN
ENV NPM_TOKEN=\${NPM_TOKEN}
` },
      { code: "FROM node:20\nENV DB_PASSWORD=${DB_PASSWORD:-} API_KEY=${API_KEY:-changeme} SECRET_KEY=${SECRET_KEY:-$DEFAULT_KEY}\n" },
      { code: `FROM alpine:3.19
ENV TOKEN_TTL=3600 DB_USER=app SECRET_KEY_FILE=/run/secrets/key DEBUG=false
` },
      { code: `FROM alpine:3.19
ENV NODE_PGP_KEY_ID=4ED778F539E3634C779C87C6D7062848A1AB005C
` },
      { code: `FROM alpine:3.19
ENV DB_PASSWORD=<your-password> API_KEY=changeme \\
    GITHUB_TOKEN=REPLACE_ME SECRET_KEY=your-secret-here AUTH_TOKEN=xxxxxxxx
` }
    ],
    invalid: [
      { code: `FROM alpine:3.19
ENV DB_PASSWORD=hunter2
`, line: 2 },
      { code: `FROM alpine:3.19
ENV APP=1 \\
    STRIPE_SECRET_KEY="sk_live_not_a_real_value"
`, line: 3 },
      { code: () => `FROM alpine:3.19
ENV GH=${checksummedToken("ghp_")}
`, line: 2 },
      { code: () => `FROM alpine:3.19 AS build
ENV AWS_ACCESS_KEY_ID AKIA${chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}
FROM alpine:3.19
`, line: 2 },
      { code: `from alpine:3.19
env api_key=abc123def456
`, line: 2 },
      { code: () => `FROM alpine:3.19
ENV ADMIN_PASSWORD=Admin${digits(4)}!${alnum(2)}
`, line: 2 },
      { code: () => `FROM python:3.12
ENV PORT=\${PORT:-8000} \\
    DJANGO_SECRET_KEY=\${DJANGO_SECRET_KEY:-${alnum(40)}}
`, line: 3 },
      { code: () => `FROM alpine:3.19
ENV AWS_REGION=eu-west-1 \\
    AWS_SECRET_ACCESS_KEY=/${base64(39).replace(/\+/g, "x")}
`, line: 3 }
    ]
  }
};

// lib/dockerfile/checks/arg-secret.ts
var ID2 = "dockerfile/arg-secret", WHY2 = "Build arguments are not secret: BuildKit records ARG values in the history of every later RUN (`docker history --no-trunc`), and a default value is in the Dockerfile for everyone.", FIX2 = "Use a build secret instead: `RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci` and build with `docker build --secret id=npm_token,env=NPM_TOKEN .`", argSecret = {
  id: ID2,
  severity: "high",
  description: "secret-named ARG with a default, or used by a later RUN (BuildKit writes ARG values into history)",
  why: WHY2,
  fix: FIX2,
  check(df, ctx) {
    let out = [], flagged = /* @__PURE__ */ new Set();
    for (let ins of df.instructions)
      if (ins.keyword === "ARG")
        for (let { pair, finding } of pairSecrets(ins, ctx, (p, what) => `ARG ${p.name} has ${what} as its default`))
          flagged.add(pair), out.push(finding);
    for (let stage of df.stages)
      for (let ins of stage.instructions) {
        if (ins.keyword !== "ARG" || ins.onbuild) continue;
        let laterRun = laterInStage(stage, ins).find((i) => i.keyword === "RUN" && !i.onbuild);
        if (laterRun)
          for (let pair of ins.pairs)
            flagged.has(pair) || !isSecretName(pair.name) || out.push(
              at(ins, { start: pair.nameStart, end: pair.nameEnd }, `ARG ${pair.name} is a secret build argument, and the RUN on line ${laterRun.line} records its value in the image history`, `ARG ${pair.name}`, { plainMatch: !0 })
            );
      }
    return out;
  },
  examples: {
    valid: [
      { code: `FROM node:20
ARG NODE_VERSION=20.11.1
RUN echo $NODE_VERSION
` },
      { code: `FROM node:20
RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
` },
      { code: `ARG NPM_TOKEN
FROM node:20
RUN npm ci
` },
      { code: `FROM alpine:3.19
ARG GPG_KEYS="0x1234567890ABCDEF1234567890ABCDEF12345678"
ARG TOKEN_URL=https://example.com/token
RUN true
` },
      { code: `FROM alpine:3.19
ARG DB_PASSWORD
COPY . /app
` },
      { code: `FROM alpine:3.19
ARG DB_PASSWORD=changeme
ARG API_KEY=<your-api-key>
COPY . /app
` }
    ],
    invalid: [
      { code: `FROM node:20
ARG NPM_TOKEN
RUN echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc
`, line: 2 },
      // Built at run time: a literal password here would be a finding when stowaway scans itself.
      { code: () => `FROM alpine:3.19
ARG DB_PASSWORD=Pg-${digits(4)}-${alnum(6)}!
`, line: 2 },
      { code: `FROM alpine:3.19
ARG VERSION=1 \\
    GITHUB_TOKEN
RUN make
`, line: 3 },
      { code: () => `FROM alpine:3.19
ARG RELEASE=${checksummedToken("ghp_")}
`, line: 2 }
    ]
  }
};

// lib/dockerfile/checks/label-secret.ts
var ID3 = "dockerfile/label-secret", WHY3 = "Labels are image metadata: registries, `docker inspect` and every scanner show them to anyone who can see the image.", FIX3 = "Rotate the credential and remove it from the LABEL. Labels are for public metadata (source URL, version, licence); pass credentials at run time or with `RUN --mount=type=secret,id=\u2026` at build time.", labelSecret = {
  id: ID3,
  severity: "high",
  description: "LABEL carrying a credential",
  why: WHY3,
  fix: FIX3,
  check(df, ctx) {
    let out = [];
    for (let ins of df.instructions)
      if (ins.keyword === "LABEL")
        for (let { finding } of pairSecrets(ins, ctx, (p, what) => `LABEL ${p.name} carries ${what}`)) out.push(finding);
    return out;
  },
  examples: {
    valid: [
      { code: `FROM alpine:3.19
LABEL org.opencontainers.image.source="https://github.com/example/app" maintainer="team@example.com"
` },
      { code: `FROM alpine:3.19
LABEL org.opencontainers.image.revision=0123456789abcdef0123456789abcdef01234567
` },
      { code: `FROM alpine:3.19
LABEL com.example.gpg-key-id="0x1234ABCD"
` }
    ],
    invalid: [
      { code: () => `FROM alpine:3.19
LABEL deploy.token="${checksummedToken("ghp_")}"
`, line: 2 },
      { code: `FROM alpine:3.19
LABEL version=1 \\
      registry.password=s3cr3tvalue
`, line: 3 }
    ]
  }
};

// lib/dockerfile/variables.ts
var REF = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;
function substitute(text, scope, escape = "\\") {
  let unresolved = !1, out = "", last = 0;
  REF.lastIndex = 0;
  let m;
  for (; m = REF.exec(text); ) {
    if (m.index > 0 && text[m.index - 1] === escape) continue;
    let name = m[1] ?? m[4], op = m[2], word = m[3] ?? "", known = scope.get(name), has = known != null, replacement;
    op === ":-" || op === "-" ? replacement = has && (op === "-" || known !== "") ? known : word : op === ":+" || op === "+" ? replacement = has && (op === "+" || known !== "") ? word : "" : has ? replacement = known : (unresolved = !0, replacement = m[0]), out += text.slice(last, m.index) + replacement, last = m.index + m[0].length;
  }
  return out += text.slice(last), { value: out, unresolved };
}

// lib/dockerfile/paths.ts
function normalizePath(p, cwd) {
  let path = p.replace(/^["']|["']$/g, "");
  (path.startsWith("~/") || path === "~") && (path = "/root" + path.slice(1)), path.startsWith("/") || (path = (cwd.endsWith("/") ? cwd : cwd + "/") + path);
  let parts = [];
  for (let part of path.split("/"))
    !part || part === "." || (part === ".." ? parts.pop() : parts.push(part));
  return "/" + parts.join("/");
}
var basename = (p) => p.replace(/\/+$/, "").replace(/^.*\//, "");
function workdirs(stage, escape) {
  let out = /* @__PURE__ */ new Map(), cwd = "/";
  for (let ins of stage.instructions) {
    if (ins.keyword === "WORKDIR" && !ins.onbuild) {
      let dir = substitute(ins.args.text.trim(), ins.scope, escape).value;
      dir && (cwd = normalizePath(dir, cwd));
    }
    out.set(ins, cwd);
  }
  return out;
}
function copySpec(ins, escape) {
  if (ins.keyword !== "COPY" && ins.keyword !== "ADD") return null;
  let fromOther = ins.flags.some((f) => f.name === "from"), words;
  if (ins.json)
    words = ins.json.map((t) => {
      let k = ins.args.text.indexOf(JSON.stringify(t)), span = k >= 0 ? ins.args.span(k, k + JSON.stringify(t).length) : { start: ins.start, end: ins.end };
      return { text: t, ...span };
    });
  else {
    words = [];
    let re = /\S+/g, m;
    for (; m = re.exec(ins.args.text); ) words.push({ text: m[0], ...ins.args.span(m.index, m.index + m[0].length) });
  }
  return words = words.map((w) => ({ ...w, text: substitute(w.text, ins.scope, escape).value })), words.length < 2 || words.some((w) => w.text.startsWith("<<")) ? null : { sources: words.slice(0, -1), dest: words[words.length - 1].text, fromOther };
}
function copiedPaths(spec, cwd) {
  let intoDir = spec.dest.endsWith("/") || spec.sources.length > 1 || spec.dest === ".", dest = normalizePath(spec.dest, cwd);
  return spec.sources.map((source) => ({ source, path: intoDir ? normalizePath(basename(source.text), dest) : dest }));
}

// lib/dockerfile/heredoc-copies.ts
function heredocCopy(ins, escape, cwd) {
  if (ins.keyword !== "COPY" && ins.keyword !== "ADD" || !ins.heredocs.length) return null;
  let args2 = ins.args.text.trimEnd(), from = Math.max(args2.lastIndexOf(" "), args2.lastIndexOf("	")) + 1, destText = args2.slice(from);
  return !destText || destText.startsWith("<<") ? null : { dest: normalizePath(substitute(destText, ins.scope, escape).value, cwd), destText, span: ins.args.span(from, args2.length), bodies: ins.heredocs };
}
var URL_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/'"]+:([^\s@/'"]{3,})@/i;
function holdsCredential(body, findSecrets) {
  return findSecrets(body).length ? !0 : body.split(`
`).some((line) => {
    let url = URL_PASSWORD.exec(line);
    if (url && !/\$\{?[A-Za-z_]|\$\(/.test(url[1])) return !0;
    let m = /^\s*(?:export\s+)?(\S*?)\s*(?:=|:\s)\s*(.+?)\s*$/.exec(line);
    return !!m && isSecretName(m[1]) && !isNonSecretValue(m[2]);
  });
}

// lib/dockerfile/secret-files.ts
var SECRET_FILE = [
  /^\.env(?:\.[A-Za-z0-9_-]+)?$/,
  /^id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?$/,
  /\.(?:pem|key|p12|pfx|jks|keystore|ppk|kdbx|asc\.key)$/i,
  /^\.(?:npmrc|netrc|pypirc|pgpass|git-credentials|dockercfg|htpasswd|s3cfg|boto|my\.cnf)$/,
  /^(?:credentials|credentials\.json|client_secrets?\.json|service[-_]account.*\.json|secrets?\.(?:json|ya?ml|env|txt|toml))$/i,
  /^\.?vault[-_]?(?:token|pass(?:word)?)$/i,
  /^terraform\.tfvars$/
], SECRET_PLACES = [/(?:^|\/)\.aws\/credentials$/, /(?:^|\/)\.docker\/config\.json$/, /(?:^|\/)\.ssh\/(?!known_hosts|authorized_keys|config$|rc$|[^/]*\.pub$)[^/]+$/, /(?:^|\/)\.kube\/config$/, /(?:^|\/)\.(?:config\/)?composer\/auth\.json$/, /(?:^|\/)\.gnupg\/private-keys/], SECRET_DIRS = /^\.(?:ssh|aws|kube|docker|gnupg|azure|gcloud)$/, TEMPLATE = /\.(?:example|sample|template|tmpl|dist|defaults?|tpl)$|\.pub$|(?:^|[._-])(?:public|pub|ca|cacert|ca-certificates|chain|fullchain|cert|crt)\.pem$/i;
function isTemplateFile(path) {
  return TEMPLATE.test(path.replace(/^["']|["']$/g, "").replace(/\/+$/, "").replace(/^.*\//, ""));
}
function isSecretFile(path) {
  let clean = path.replace(/^["']|["']$/g, "").replace(/\/+$/, ""), base = clean.replace(/^.*\//, "");
  return !base || TEMPLATE.test(base) ? !1 : /[*?[]/.test(base) && !/^\.env\*?$/.test(base) ? /\.(?:pem|key)$/.test(base) && !TEMPLATE.test(base) : SECRET_FILE.some((r) => r.test(base)) || SECRET_DIRS.test(base) || SECRET_PLACES.some((r) => r.test(clean));
}

// lib/dockerfile/checks/secret-file-copied.ts
var ID4 = "dockerfile/secret-file-copied", WHY4 = "COPY and ADD write the file into a layer. Deleting it later only hides it: `docker save` and every registry pull still carry the layer with the file.", FIX4 = "Do not copy it. Mount it for the one step that needs it: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci` (build with `--secret id=npmrc,src=.npmrc`), and add the file to .dockerignore.";
function allWorkdirs(df) {
  let out = /* @__PURE__ */ new Map();
  for (let stage of df.stages) for (let [ins, dir] of workdirs(stage, df.escape)) out.set(ins, dir);
  return out;
}
function heredocFinding(ins, df, cwd, ctx) {
  let copy = heredocCopy(ins, df.escape, cwd), body = copy?.bodies.find((h) => holdsCredential(h.body.text, ctx.findSecrets));
  if (!copy || !body) return [];
  let what = isSecretFile(copy.dest) ? `the credentials file ${copy.dest}` : `${copy.dest} with a credential in it`;
  return [at(ins, copy.span, `${ins.keyword} <<${body.name} writes ${what} into an image layer`, copy.destText, { plainMatch: !0 })];
}
var secretFileCopied = {
  id: ID4,
  severity: "high",
  description: "COPY/ADD of .env, keys, .npmrc, .netrc, credentials files into a layer",
  why: WHY4,
  fix: FIX4,
  check(df, ctx) {
    let out = [], dirs = allWorkdirs(df);
    for (let ins of df.instructions) {
      if ((ins.keyword === "COPY" || ins.keyword === "ADD") && ins.heredocs.length) {
        out.push(...heredocFinding(ins, df, dirs.get(ins) ?? "/", ctx));
        continue;
      }
      let spec = copySpec(ins, df.escape);
      if (!(!spec || spec.fromOther))
        for (let { source: src, path } of copiedPaths(spec, dirs.get(ins) ?? "/"))
          /^(?:https?|git|ssh):\/\//i.test(src.text) || (isSecretFile(src.text) ? out.push(at(ins, src, `${ins.keyword} puts the credentials file ${src.text} into an image layer`, src.text, { plainMatch: !0 })) : isSecretFile(path) && !isTemplateFile(src.text) && out.push(at(ins, src, `${ins.keyword} puts ${src.text} into an image layer as the credentials file ${path}`, src.text, { plainMatch: !0 })));
    }
    return out;
  },
  examples: {
    valid: [
      { code: `FROM node:20
COPY package.json package-lock.json ./
COPY .env.example /app/.env.example
` },
      { code: `FROM alpine:3.19
COPY --from=build /out/server.key /etc/ssl/private/
` },
      { code: `FROM alpine:3.19
COPY id_rsa.pub /root/.ssh/authorized_keys
COPY certs/ca.pem /usr/local/share/ca-certificates/
` },
      { code: `FROM node:20
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
` },
      { code: `FROM node:20
WORKDIR /app
COPY .env.example .env
COPY keys/ops.pub /home/node/.ssh/authorized_keys
` },
      { code: `FROM node:20
COPY .github/ /app/.github/
COPY known_hosts /root/.ssh/known_hosts
COPY ssh_config /etc/ssh/ssh_config.d/app.conf
` },
      { code: `FROM node:20
COPY <<EOF /root/.npmrc
//registry.npmjs.org/:_authToken=\${NPM_TOKEN}
EOF
COPY <<EOF /etc/app.toml
password_file = "/run/secrets/db"
EOF
` }
    ],
    invalid: [
      { code: `FROM node:20
COPY .npmrc package.json ./
`, line: 2 },
      { code: `FROM alpine:3.19
COPY .env /app/
`, line: 2 },
      { code: `FROM alpine:3.19
ADD ["keys/id_rsa", "/root/.ssh/id_rsa"]
`, line: 2 },
      { code: `FROM alpine:3.19 AS build
copy --chown=app \\
     config/credentials.json /app/
FROM alpine:3.19
`, line: 3 },
      { code: `FROM node:20
WORKDIR /app
COPY config/prod.env ./.env
`, line: 3 },
      { code: `FROM alpine:3.19
COPY --chmod=600 deploy_key /root/.ssh/id_ed25519
`, line: 2 },
      { code: `FROM alpine:3.19
COPY .aws/ /root/.aws/
COPY .ssh /root/.ssh
`, line: 3 },
      { code: () => `FROM node:20
COPY <<EOF /root/.npmrc
//registry.npmjs.org/:_authToken=${checksummedToken("npm_")}
EOF
`, line: 2 },
      { code: `FROM python:3.12
COPY <<EOF /root/.pip/pip.conf
[global]
index-url = https://ci:Pa55w0rdQ7@pypi.example.com/simple
EOF
`, line: 2 }
    ]
  }
};

// lib/dockerfile/checks/secret-removed-in-later-layer.ts
var ID5 = "dockerfile/secret-removed-in-later-layer", WHY5 = "Each instruction is its own layer. `RUN rm` adds a layer that hides the file, but the earlier layer still holds it and anyone with the image can extract it (`docker save`, `dive`).", FIX5 = "Never put the file in a layer: use `RUN --mount=type=secret,id=NAME,target=PATH cmd` for the step that needs it, or create, use and delete it inside one RUN. Rotate the credential if this image was pushed.", secretRemovedInLaterLayer = {
  id: ID5,
  severity: "high",
  description: "RUN rm of a secret file an earlier layer copied or wrote: the earlier layer still has it",
  why: WHY5,
  fix: FIX5,
  check(df, ctx) {
    let out = [];
    for (let stage of df.stages) {
      let cwd = workdirs(stage, df.escape), placed = [];
      for (let ins of stage.instructions) {
        if (ins.onbuild) continue;
        let here = cwd.get(ins) ?? "/", fromHeredoc = heredocCopy(ins, df.escape, here);
        if (fromHeredoc) {
          (isSecretFile(fromHeredoc.dest) || fromHeredoc.bodies.some((h) => holdsCredential(h.body.text, ctx.findSecrets))) && placed.push({ path: fromHeredoc.dest, by: ins });
          continue;
        }
        let spec = copySpec(ins, df.escape);
        if (spec) {
          for (let c of copiedPaths(spec, here)) (isSecretFile(c.source.text) || isSecretFile(c.path)) && placed.push({ path: c.path, by: ins });
          continue;
        }
        if (ins.keyword !== "RUN") continue;
        let written = [];
        for (let cmd of commandsOf(ins)) {
          let name = commandName(cmd), words = effectiveWords(cmd).slice(1).filter((w) => !w.text.startsWith("-"));
          if (name === "rm" || name === "unlink" || name === "shred" && cmd.words.some((w) => /^-[a-z]*u/.test(w.text)))
            for (let w of words) {
              let target = normalizePath(w.text, here), hit = placed.find((p) => p.path === target || p.path.startsWith(target + "/") || /[*?]/.test(w.text) && basename(p.path) === basename(target));
              hit && hit.by !== ins && out.push(at(ins, wordSpan(cmd, w), `RUN removes ${w.text}, but the ${hit.by.keyword} on line ${hit.by.line} already stored it in an earlier layer`, `rm ${w.text}`, { plainMatch: !0 }));
            }
          for (let r of cmd.redirects) (r.op === ">" || r.op === ">>") && r.target && isSecretFile(r.target.text) && written.push({ path: normalizePath(r.target.text, here), by: ins });
          if (name === "tee" || name === "cp" || name === "install") {
            let targets = name === "tee" ? words : words.slice(-1);
            for (let w of targets) isSecretFile(w.text) && written.push({ path: normalizePath(w.text, here), by: ins });
          }
        }
        placed.push(...written);
      }
    }
    return out;
  },
  examples: {
    valid: [
      { code: `FROM node:20
RUN echo "$NPMRC" > /root/.npmrc && npm ci && rm /root/.npmrc
` },
      { code: `FROM alpine:3.19
COPY app.tar.gz /tmp/
RUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz
` },
      { code: `FROM node:20
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
` },
      { code: `FROM python:3.12
COPY <<EOF /etc/pip.conf
[global]
index-url = https://pypi.example.com/simple
EOF
RUN rm /etc/pip.conf
` }
    ],
    invalid: [
      { code: `FROM node:20
WORKDIR /app
COPY .npmrc ./
RUN npm ci
RUN rm -f .npmrc
`, line: 5 },
      { code: `FROM alpine:3.19
COPY id_rsa /root/.ssh/id_rsa
RUN git clone git@github.com:example/private.git \\
 && rm -rf /root/.ssh
`, line: 4 },
      { code: `FROM alpine:3.19
RUN echo "$TOKEN" > /root/.netrc
RUN rm /root/.netrc
`, line: 3 },
      { code: `FROM php:8.3-cli
COPY auth.json /root/.composer/auth.json
RUN composer install --no-dev
RUN rm /root/.composer/auth.json
`, line: 4 },
      { code: `FROM python:3.12
COPY <<EOF /root/.pip/pip.conf
[global]
index-url = https://ci:Pa55w0rdQ7@pypi.example.com/simple
EOF
RUN pip download -d /wheels app
RUN rm /root/.pip/pip.conf
`, line: 7 }
    ]
  }
};

// lib/dockerfile/checks/secret-persisted-by-run.ts
var ID6 = "dockerfile/secret-persisted-by-run", WHY6 = "A build secret mounted with `--mount=type=secret` never reaches a layer, unless the RUN copies it into a file that stays. Then it ships with the image like any other file.", FIX6 = "Read the secret where it is mounted and do not write it anywhere: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`. If a tool insists on a file, write it, use it and `rm` it within the same RUN.";
function secretSources(ins) {
  let paths = ["/run/secrets/"], vars = /* @__PURE__ */ new Set();
  for (let f of ins.flags) {
    if (f.name !== "mount" || f.options.get("type") !== "secret") continue;
    let target = f.options.get("target") ?? f.options.get("dst") ?? f.options.get("destination");
    target && paths.push(target);
    let env = f.options.get("env");
    env && vars.add(env);
  }
  for (let [name] of ins.scope) isSecretName(name) && vars.add(name);
  return { paths, vars };
}
function mentionsSecret(text, src) {
  for (let p of src.paths) if (text.includes(p)) return p;
  let re = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g, m;
  for (; m = re.exec(text); ) if (src.vars.has(m[1]) || isSecretName(m[1])) return "$" + m[1];
  return null;
}
function configWrite(cmd) {
  let w = effectiveWords(cmd).map((x) => x.text), name = commandName(cmd);
  return (name === "npm" || name === "yarn" || name === "pnpm") && w[1] === "config" && w[2] === "set" ? "~/.npmrc" : name === "git" && w[1] === "config" ? "~/.gitconfig" : name === "pip" && w[1] === "config" && w[2] === "set" ? "~/.config/pip/pip.conf" : name === "poetry" && w[1] === "config" ? "~/.config/pypoetry/auth.toml" : name === "composer" && w[1] === "config" ? "~/.composer/auth.json" : name === "bundle" && w[1] === "config" ? "~/.bundle/config" : /^(?:docker|podman|helm|buildah)$/.test(name) && w.includes("login") ? "~/.docker/config.json" : null;
}
var secretPersistedByRun = {
  id: ID6,
  severity: "high",
  description: "RUN writing a mounted secret or secret ARG into a file that stays",
  why: WHY6,
  fix: FIX6,
  check(df) {
    let out = [];
    for (let ins of df.instructions) {
      if (ins.keyword !== "RUN") continue;
      let src = secretSources(ins), cmds = commandsOf(ins), dataHeredocs = ins.heredocs.filter((h) => !h.isScript).map((h) => h.body.text).join(`
`), removedLater = (cmd, path) => cmds.some((c) => c.order > cmd.order && ["rm", "shred", "unlink"].includes(commandName(c)) && c.words.some((w) => !w.text.startsWith("-") && (normalizePath(w.text, "/") === normalizePath(path, "/") || basename(w.text) === basename(path)))), report = (cmd, word, path, via) => {
        if (removedLater(cmd, path)) return;
        let span = word ? wordSpan(cmd, word) : cmd.script.span(cmd.from, cmd.to);
        out.push(at(ins, span, `RUN writes ${via} into ${path}, which stays in the layer`, path, { plainMatch: !0 }));
      };
      for (let cmd of cmds) {
        let pipeText = cmd.pipeline.slice(0, cmd.pipeIndex + 1).map((c) => c.words.map((w) => w.text).join(" ")).join(" | "), withHeredoc = cmd.redirects.some((r) => r.op.startsWith("<<")) ? pipeText + `
` + dataHeredocs : pipeText;
        for (let r of cmd.redirects) {
          if (r.op !== ">" && r.op !== ">>" && r.op !== "&>" && r.op !== ">|" || !r.target || /^\/dev\//.test(r.target.text) || /^&/.test(r.target.text)) continue;
          let via = mentionsSecret(withHeredoc, src);
          via && report(cmd, r.target, r.target.text, via.startsWith("$") ? `the secret variable ${via}` : `the mounted secret ${via}`);
        }
        let name = commandName(cmd), words = effectiveWords(cmd).slice(1).filter((w) => !w.text.startsWith("-"));
        if ((name === "cp" || name === "install" || name === "mv") && words.length >= 2) {
          let via = mentionsSecret(words.slice(0, -1).map((w) => w.text).join(" "), src);
          via && name !== "mv" && report(cmd, words[words.length - 1], words[words.length - 1].text, `the mounted secret ${via}`);
        }
        if (name === "tee" && cmd.pipeIndex > 0) {
          let via = mentionsSecret(pipeText, src);
          if (via) for (let w of words) report(cmd, w, w.text, `the secret ${via}`);
        }
        let config = configWrite(cmd);
        if (config) {
          let own = effectiveWords(cmd).map((w) => w.text).join(" "), piped = cmd.pipeline.slice(0, cmd.pipeIndex).map((c) => c.words.map((w) => w.text).join(" ")).join(" "), via = mentionsSecret(own, src) ?? (/--password-stdin/.test(own) ? mentionsSecret(piped, src) : null);
          via && report(cmd, null, config, `the secret ${via}`);
        }
      }
    }
    return out;
  },
  examples: {
    valid: [
      { code: `FROM node:20
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
` },
      { code: `FROM node:20
RUN --mount=type=secret,id=npm cp /run/secrets/npm /root/.npmrc && npm ci && rm -f /root/.npmrc
` },
      { code: `FROM alpine:3.19
RUN echo "$APP_VERSION" > /etc/app-version
` },
      { code: `FROM alpine:3.19
RUN --mount=type=secret,id=token TOKEN=$(cat /run/secrets/token) ./fetch.sh > /dev/null
` }
    ],
    invalid: [
      { code: `FROM node:20
RUN --mount=type=secret,id=npm \\
    cat /run/secrets/npm > /root/.npmrc && npm ci
`, line: 3 },
      { code: `FROM node:20
ARG NPM_TOKEN
RUN echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" >> ~/.npmrc
`, line: 3 },
      { code: `FROM alpine:3.19
ARG GITHUB_TOKEN
RUN git config --global url."https://\${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/"
`, line: 3 },
      { code: `FROM alpine:3.19
RUN --mount=type=secret,id=key cp /run/secrets/key /app/key.pem
`, line: 2 },
      { code: `FROM node:20
ARG NPM_TOKEN
RUN cat <<EOF > /root/.npmrc
//registry.npmjs.org/:_authToken=\${NPM_TOKEN}
EOF
`, line: 3 }
    ]
  }
};

// lib/dockerfile/checks/credential-in-run.ts
var ID7 = "dockerfile/credential-in-run", WHY7 = "The RUN line is stored in the image history (`docker history --no-trunc`) and in the Dockerfile in git, so a literal credential in it is readable by everyone with either.", FIX7 = "Rotate the credential. Pass it as a build secret and read it inside the RUN: `RUN --mount=type=secret,id=registry_password docker login -u ci --password-stdin < /run/secrets/registry_password` (build with `--secret id=registry_password,env=REGISTRY_PASSWORD`).";
function isLiteral(v) {
  let t = v.trim();
  return !(t.length < 3 || t === "-" || t.startsWith("-") || /^<[^>]*>$/.test(t) || /^\*+$/.test(t) || /\$\{?[A-Za-z_]|\$\(|`/.test(t) || t.startsWith("/run/secrets/") || t.startsWith("@"));
}
var PASSWORD_OPTIONS = /* @__PURE__ */ new Set(["--password", "--passwd", "--token", "--api-key", "--apikey", "--access-token", "--auth-token", "--client-secret", "--secret-key", "--registry-password"]), LOGIN_TOOLS = /^(?:docker|podman|buildah|helm|skopeo|oras|nerdctl|crane|regctl)$/;
function literalsIn(cmd) {
  let out = [], words = effectiveWords(cmd), name = commandName(cmd), isLogin = LOGIN_TOOLS.test(name) && words.some((w) => w.text === "login");
  words.forEach((w, k) => {
    let next = words[k + 1], [opt, eq] = w.text.includes("=") ? [w.text.slice(0, w.text.indexOf("=")), w.text.slice(w.text.indexOf("=") + 1)] : [w.text, null];
    if (PASSWORD_OPTIONS.has(opt) || isLogin && opt === "-p") {
      let value = eq ?? next?.text, word = eq !== null ? w : next;
      word && value && isLiteral(value) && out.push({ word, value, what: `a literal ${opt} value` });
    }
    if (name === "curl" && (w.text === "-u" || w.text === "--user") && next && /^[^:]+:(.+)$/.test(next.text)) {
      let pass = next.text.slice(next.text.indexOf(":") + 1);
      isLiteral(pass) && out.push({ word: next, value: pass, what: "a literal password in curl --user" });
    }
    /^(?:mysql|mysqladmin|mysqldump|mariadb)$/.test(name) && /^-p[^\s]{3,}$/.test(w.text) && isLiteral(w.text.slice(2)) && out.push({ word: w, value: w.text.slice(2), what: "a literal MySQL password" }), name === "sshpass" && w.text === "-p" && next && isLiteral(next.text) && out.push({ word: next, value: next.text, what: "a literal sshpass password" });
    let url = /\b[a-z][a-z0-9+.-]*:\/\/([^\s:@/'"]+):([^\s@/'"]+)@/i.exec(w.text);
    if (url) {
      let [user, pass] = [url[1], url[2]], value = /^x-oauth-basic$/i.test(pass) ? user : pass;
      isLiteral(value) && !/^(?:anonymous|guest|x-oauth-basic)$/i.test(value) && out.push({ word: w, value, what: "a password in a URL" });
    }
    let auth = /Authorization:\s*(?:Bearer|Basic|token|Token)\s+([^\s"']{8,})/i.exec(w.text);
    auth && isLiteral(auth[1]) && out.push({ word: w, value: auth[1], what: "a literal Authorization header" });
  });
  for (let a of assignmentsOf(cmd)) {
    let eq = a.text.indexOf("="), nameOf = a.text.slice(0, eq), value = a.text.slice(eq + 1);
    isSecretName(nameOf) && !isNonSecretValue(value) && isLiteral(value) && out.push({ word: a, value, what: `a literal ${nameOf}` });
  }
  if (name === "export" || name === "declare" || name === "typeset")
    for (let w of words.slice(1)) {
      let eq = w.text.indexOf("=");
      if (eq <= 0) continue;
      let value = w.text.slice(eq + 1);
      isSecretName(w.text.slice(0, eq)) && !isNonSecretValue(value) && isLiteral(value) && out.push({ word: w, value, what: `a literal ${w.text.slice(0, eq)}` });
    }
  if (out.push(...configCredentials(name, words)), isLogin && words.some((w) => w.text === "--password-stdin") && cmd.pipeIndex > 0) {
    let feeder = cmd.pipeline[cmd.pipeIndex - 1];
    if (["echo", "printf"].includes(commandName(feeder)))
      for (let w of effectiveWords(feeder).slice(1)) !w.text.includes("%") && isLiteral(w.text) && out.push({ word: w, value: w.text, what: "a literal password piped to --password-stdin" });
  }
  if (name === "htpasswd" && words.some((w) => /^-[A-Za-z]*b[A-Za-z]*$/.test(w.text))) {
    let positional = words.slice(1).filter((w) => !w.text.startsWith("-")), pass = positional[positional.length - 1];
    positional.length >= 2 && isLiteral(pass.text) && out.push({ word: pass, value: pass.text, what: "a literal htpasswd password" });
  }
  if (name === "chpasswd" && cmd.pipeIndex > 0) {
    let feeder = cmd.pipeline[cmd.pipeIndex - 1];
    for (let w of feeder.words.slice(1)) {
      let m = /^[a-z_][a-z0-9_-]*:(.+)$/i.exec(w.text);
      m && isLiteral(m[1]) && ["echo", "printf"].includes(commandName(feeder)) && out.push({ word: w, value: m[1], what: "a literal account password (chpasswd)" });
    }
  }
  return out;
}
var CONFIG_TOOLS = /^(?:npm|yarn|pnpm|pip[0-9.]*|poetry|composer|bundle|gem|git|aws|gcloud|az|conda|cargo|nuget|dotnet)$/, AUTH_KEY = /^(?:http-basic|github-oauth|gitlab-oauth|gitlab-token|bitbucket-oauth|bearer|pypi-token)\./;
function configCredentials(name, words) {
  if (!CONFIG_TOOLS.test(name)) return [];
  let at2 = words.findIndex((w) => w.text === "config" || w.text === "configure");
  if (at2 < 0) return [];
  let positional = words.slice(at2 + 1).filter((w) => !w.text.startsWith("-") && !["set", "add"].includes(w.text));
  if (!positional.length) return [];
  let key = positional[0].text, eq = key.indexOf("="), [keyName, inline] = eq > 0 ? [key.slice(0, eq), key.slice(eq + 1)] : [key, null], valueWord = inline !== null ? positional[0] : positional[positional.length - 1], value = inline ?? (positional.length >= 2 ? valueWord.text : "");
  if (!value || !isLiteral(value) || isNonSecretValue(value)) return [];
  let lastSegment = keyName.split(/[.:/]/).filter(Boolean).pop() ?? keyName;
  return AUTH_KEY.test(keyName) && positional.length >= 2 ? [{ word: valueWord, value, what: `a literal credential in ${name} config ${keyName}` }] : isSecretName(lastSegment) ? [{ word: valueWord, value, what: `a literal ${lastSegment} in ${name} config` }] : name === "bundle" && /\./.test(keyName) && /^[^:\s]+:(.{3,})$/.test(value) ? [{ word: valueWord, value: value.slice(value.indexOf(":") + 1), what: "a literal gem source password in bundle config" }] : [];
}
function spanIn(cmd, word, value) {
  let k = cmd.script.text.slice(word.from, word.to).indexOf(value);
  return k >= 0 ? cmd.script.span(word.from + k, word.from + k + value.length) : cmd.script.span(word.from, word.to);
}
function credentialsInRun(ins, ctx) {
  let out = [];
  for (let text of [ins.args, ...ins.heredocs.map((h) => h.body)])
    for (let hit of ctx.findSecrets(text.text))
      out.push(at(ins, text.span(hit.from, hit.to), `RUN contains a ${hit.description}`, hit.secret));
  for (let cmd of commandsOf(ins))
    for (let lit of literalsIn(cmd)) {
      let span = spanIn(cmd, lit.word, lit.value);
      out.some((f) => f.start < span.end && span.start < f.end) || out.push(at(ins, span, `RUN contains ${lit.what}`, lit.value));
    }
  return out;
}
var credentialInRun = {
  id: ID7,
  severity: "high",
  description: "literal credentials in RUN (docker login -p, https://user:token@ clone)",
  why: WHY7,
  fix: FIX7,
  check(df, ctx) {
    let out = [];
    for (let ins of df.instructions) ins.keyword === "RUN" && out.push(...credentialsInRun(ins, ctx));
    return out;
  },
  examples: {
    valid: [
      { code: `FROM docker:24
RUN --mount=type=secret,id=pw docker login -u ci --password-stdin registry.example.com < /run/secrets/pw
` },
      { code: `FROM alpine:3.19
ARG GITHUB_TOKEN
RUN git clone https://\${GITHUB_TOKEN}@github.com/example/app.git
` },
      { code: `FROM alpine:3.19
RUN echo "use --password <your-password> to log in"
` },
      { code: `FROM alpine:3.19
RUN curl -fsSL https://example.com/install.tar.gz -o /tmp/i.tgz && echo "PASSWORD_FILE=/run/secrets/pw" >> /etc/app.env
` },
      { code: `FROM golang:1.22
ARG GITHUB_TOKEN
RUN git config --global url."https://\${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/" && git config --global user.signingkey 3AA5C34371567BD2
` },
      { code: `FROM node:20
RUN yarn config set npmRegistryServer https://npm.example.com && npm config set //npm.example.com/:_authToken "\${NPM_TOKEN}" && aws configure set region eu-west-1 && bundle config set --local without "development test"
` },
      { code: `FROM nginx:1.27
RUN --mount=type=secret,id=pw htpasswd -bc /etc/nginx/.htpasswd admin "$(cat /run/secrets/pw)" && aws ecr get-login-password | docker login -u AWS --password-stdin 1.dkr.ecr.example.com
` }
    ],
    invalid: [
      // Built at run time where a secret rule reads the same line (registry-login, chpasswd, htpasswd, password-stdin-literal): this repository scans itself clean.
      { code: () => `FROM docker:24
RUN docker login -u ci -p Sup3r${alnum(8)}9 registry.example.com
`, line: 2 },
      { code: `FROM alpine:3.19
RUN apk add git \\
 && git clone https://deploy:glpat-abcdefgh12345678@gitlab.example.com/app.git
`, line: 3 },
      { code: () => `FROM alpine:3.19
RUN ["sh", "-c", "curl -H 'Authorization: token ${checksummedToken("ghp_")}' https://api.github.com/user"]
`, line: 2 },
      { code: `FROM postgres:16
RUN PGPASSWORD=hunter22 psql -h db -U app -c "select 1"
`, line: 2 },
      { code: () => `FROM ubuntu:22.04
RUN echo "root:toor${digits(6)}" | chpasswd
`, line: 2 },
      { code: () => `FROM docker:24
RUN echo "Sup3r${alnum(8)}9" | docker login -u ci --password-stdin registry.example.com
`, line: 2 },
      { code: `FROM php:8.3-cli
RUN composer config --global http-basic.repo.example.com deploy Sup3rS3cret
`, line: 2 },
      { code: `FROM ruby:3.3
RUN bundle config set --global gems.example.com deploy:Sup3rS3cret
`, line: 2 },
      // Built at run time: the generic secret rule reads `DB_PASSWORD=<literal>` too, and this repository scans itself clean.
      { code: () => `FROM php:8.3-cli
RUN env DB_PASSWORD=Pw${alnum(10)}7 php artisan migrate --force
`, line: 2 },
      { code: () => `FROM node:20
RUN npm config set //npm.example.com/:_authToken ${hex(20)}
`, line: 2 },
      { code: () => `FROM nginx:1.27
RUN apt-get update && apt-get install -y apache2-utils \\
 && htpasswd -bc /etc/nginx/.htpasswd admin Adm1n${alnum(6)}99
`, line: 3 }
    ]
  }
};

// lib/dockerfile/download-targets.ts
function commandDirs(cmds, workdir) {
  let out = /* @__PURE__ */ new Map(), cwd = workdir;
  for (let c of cmds)
    if (out.set(c, cwd), !c.parent && commandName(c) === "cd") {
      let dir = effectiveWords(c)[1]?.text;
      dir && !dir.startsWith("-") && !/[$`]/.test(dir) && (cwd = normalizePath(dir, cwd));
    }
  return out;
}
var urlBase = (url) => basename(url.replace(/[?#].*$/, ""));
function downloadTarget(d, cwd) {
  let words = effectiveWords(d.cmd).map((w) => w.text), name = commandName(d.cmd), url = d.url.text, windows = windowsTarget(d, words, name);
  if (windows !== null) return windows === "stdout" || windows === "unknown" ? windows : normalizePath(windows, cwd);
  let out = null, remoteName = !1, dir = null;
  for (let k = 1; k < words.length; k++) {
    let w = words[k], next = words[k + 1];
    if (name === "curl")
      w === "-o" || w === "--output" ? out = next ?? null : w.startsWith("--output=") ? out = w.slice(9) : w === "-O" || w === "--remote-name" || w === "--remote-name-all" ? remoteName = !0 : w === "--output-dir" ? dir = next ?? null : /^-[A-Za-z]+$/.test(w) ? w.endsWith("o") ? out = next ?? null : w.includes("O") && (remoteName = !0) : /^-o./.test(w) && (out = w.slice(2));
    else if (name === "wget")
      w === "-O" || w === "--output-document" ? out = next ?? null : w.startsWith("--output-document=") ? out = w.slice(18) : w === "-P" || w === "--directory-prefix" ? dir = next ?? null : w.startsWith("--directory-prefix=") ? dir = w.slice(19) : /^-[A-Za-z]+$/.test(w) && w.endsWith("O") ? out = next ?? null : /^-[A-Za-z]*O./.test(w) && !w.startsWith("--") && (out = w.slice(w.indexOf("O") + 1));
    else return "unknown";
  }
  if (out === "-" || out === null && name === "curl" && !remoteName) {
    let redirect = d.cmd.redirects.find((r) => (r.op === ">" || r.op === ">>" || r.op === ">|") && r.target && !/^\/dev\//.test(r.target.text));
    return redirect?.target ? /[$`]/.test(redirect.target.text) ? "unknown" : normalizePath(redirect.target.text, cwd) : "stdout";
  }
  let file = out ?? urlBase(url);
  return !file || /[$`]/.test(file) || dir && /[$`]/.test(dir) ? "unknown" : normalizePath(file, dir ? normalizePath(dir, cwd) : cwd);
}
function windowsTarget(d, words, name) {
  if (/Download(?:String|Data)\s*\(/i.test(d.url.text)) return "stdout";
  if (/DownloadFile\s*\(/i.test(d.url.text)) {
    let k2 = d.cmd.words.indexOf(d.url), file2 = d.cmd.words[k2 + 1]?.text.replace(/\)+;?$/, "");
    return !file2 || /[$`]/.test(file2) ? "unknown" : file2;
  }
  if (!/^(?:Invoke-WebRequest|iwr|Invoke-RestMethod|irm|Start-BitsTransfer)$/i.test(name)) return null;
  let k = words.findIndex((w) => /^-(?:OutFile|Destination)$/i.test(w));
  if (k < 0) return /^Start-BitsTransfer$/i.test(name) ? "unknown" : "stdout";
  let file = words[k + 1];
  return !file || /[$`]/.test(file) ? "unknown" : file;
}
var VOUCHING_SUFFIX = /\.(?:asc|sig|sign|gpg|minisig|sha(?:1|224|256|384|512)(?:sum)?|md5|sum)$/i;
function verifiedPaths(cmd, cwd) {
  let words = [];
  for (let c of cmd.pipeline) words.push(...effectiveWords(c).slice(c === cmd ? 1 : 0).map((w) => w.text));
  for (let r of cmd.redirects) r.target && r.op.startsWith("<") && words.push(r.target.text);
  let out = [];
  for (let word of words)
    for (let token of word.split(/\s+/))
      token = token.replace(/^\*/, ""), !(!token || token.startsWith("-") || /^[0-9a-f]{32,}$/i.test(token) || /[$`]/.test(token) || /^[A-Za-z0-9+/=]{40,}$/.test(token)) && (out.push(normalizePath(token, cwd)), VOUCHING_SUFFIX.test(token) && out.push(normalizePath(token.replace(VOUCHING_SUFFIX, ""), cwd)));
  return out;
}

// lib/dockerfile/downloads.ts
var DOWNLOADERS = /^(?:curl|wget|aria2c|fetch|http|xh|Invoke-WebRequest|iwr|Invoke-RestMethod|irm|Start-BitsTransfer)$/i, URL = /^(?:https?|ftp):\/\/[^\s]+/i, LOCAL = /^(?:https?|ftp):\/\/(?:localhost|127\.|0\.0\.0\.0|\[::1\])/i, VERIFICATION_MATERIAL = /(?:\.(?:asc|sig|sign|gpg|pgp|pub|key|sha(?:1|256|512)?|sha(?:256|512)sum|md5|minisig|pem|crt)|SHA(?:256|512)?SUMS(?:\.txt)?(?:\.asc)?|checksums?\.txt|KEYS)$/i, URL_VARIABLE = /^\$\{?[A-Za-z_]*(?:url|uri|URL|URI|Url|Uri|link|LINK)[A-Za-z0-9_]*\}?/;
function findDownloads(cmd, resolve = (t) => t) {
  let words = effectiveWords(cmd), name = commandName(cmd), out = [];
  if (DOWNLOADERS.test(name))
    for (let w of words.slice(1)) {
      let text = URL_VARIABLE.test(w.text) ? resolve(w.text) : w.text;
      (URL.test(text) && !LOCAL.test(text) || URL_VARIABLE.test(text)) && out.push({ cmd, url: text === w.text ? w : { ...w, text } });
    }
  for (let w of cmd.words)
    /Download(?:File|String|Data)\s*\(\s*['"]?((?:https?|ftp):\/\/[^'")\s]+)/i.exec(w.text) && out.push({ cmd, url: w });
  return out;
}
function isVerificationMaterial(url) {
  return VERIFICATION_MATERIAL.test(url.replace(/[?#].*$/, "").replace(/["')]+$/, ""));
}
function feedsKeyring(d) {
  if (d.cmd.pipeline.slice(d.cmd.pipeIndex + 1).some((c) => /^gpg2?$/.test(commandName(c)) || commandName(c) === "apt-key")) return !0;
  let out = effectiveWords(d.cmd).find((w, k, all) => k > 0 && /^-(?:o|O|-output)$/.test(all[k - 1].text));
  return !!out && /keyrings?\/|trusted\.gpg\.d\//.test(out.text);
}

// lib/dockerfile/verification.ts
var hasOption = (words, long, shortLetter) => words.some((w) => long.includes(w) || long.some((l) => w.startsWith(l + "=")) || shortLetter !== null && /^-[A-Za-z]+$/.test(w) && !w.startsWith("--") && w.slice(1).includes(shortLetter)), args = (cmd) => effectiveWords(cmd).slice(1).map((w) => w.text);
function compared(cmd) {
  for (let other of cmd.pipeline) {
    if (other === cmd) continue;
    let n = commandName(other);
    if (n === "grep" || n === "cmp" || n === "diff" || n === "test" || n === "[") return !0;
  }
  for (let p = cmd.parent; p; p = p.parent)
    if (p.words.map((w) => w.text).some((w) => ["=", "==", "!=", "-eq", "-ne"].includes(w)) || ["[", "[[", "test"].includes(commandName(p))) return !0;
  return !1;
}
var verifiers = [
  {
    name: "sha*sum -c",
    matches: (cmd) => /^(?:sha(?:1|224|256|384|512)sum|b2sum|cksum)$/.test(commandName(cmd)) && hasOption(args(cmd), ["--check"], "c")
  },
  {
    name: "shasum -c",
    matches: (cmd) => commandName(cmd) === "shasum" && hasOption(args(cmd), ["--check"], "c")
  },
  {
    name: "openssl digest compare",
    matches: (cmd) => {
      if (commandName(cmd) !== "openssl") return !1;
      let a = args(cmd);
      return !a.length || !/^(?:dgst|sha(?:1|224|256|384|512)|pkeyutl)$/.test(a[0]) ? !1 : a.some((w) => w === "-verify" || w === "-prverify" || w === "-signature" || w === "-verifyrecover") ? !0 : compared(cmd);
    }
  },
  {
    name: "gpg --verify",
    matches: (cmd) => /^gpg2?$/.test(commandName(cmd)) && args(cmd).some((w) => w === "--verify" || w === "--verify-files")
  },
  { name: "gpgv", matches: (cmd) => /^gpgv2?$/.test(commandName(cmd)) },
  {
    name: "cosign verify",
    matches: (cmd) => commandName(cmd) === "cosign" && /^verify(?:-blob|-attestation|-blob-attestation)?$/.test(args(cmd)[0] ?? "")
  },
  {
    name: "minisign -V",
    matches: (cmd) => commandName(cmd) === "minisign" && args(cmd).some((w) => /^-[A-Za-z]*V[A-Za-z]*$/.test(w))
  },
  {
    name: "rpm -K",
    matches: (cmd) => /^(?:rpm|rpmkeys)$/.test(commandName(cmd)) && hasOption(args(cmd), ["--checksig"], "K")
  },
  {
    name: "Get-FileHash",
    matches: (cmd) => cmd.words.some((w) => /Get-FileHash/i.test(w.text)) && cmd.script.text.slice(cmd.from, cmd.script.text.length).search(/\s-(?:c?ne|c?eq|notlike|like|notmatch|match)\s|!=|==/i) >= 0
  },
  {
    name: "slsa-verifier / gh attestation verify",
    matches: (cmd) => commandName(cmd) === "slsa-verifier" && /^verify/.test(args(cmd)[0] ?? "") || commandName(cmd) === "gh" && args(cmd)[0] === "attestation" && args(cmd)[1] === "verify"
  }
];
function isVerification(cmd) {
  return verifiers.some((v) => v.matches(cmd));
}
function mentionedDownloads(cmd, known) {
  let text = cmd.pipeline.flatMap((c) => c.words.map((w) => w.text)).join(" "), filters = cmd.pipeline.filter((c) => /^(?:grep|egrep|fgrep|awk|sed)$/.test(commandName(c))).flatMap((c) => c.words.slice(1).map((w) => w.text)), names = new Set(filters.flatMap((w) => w.split(/\s+/)).map((t) => t.replace(/^\^|\$$/g, "").replace(/\\\./g, ".")).filter((t) => t && !t.includes("/")));
  return [...known].filter((p) => names.has(basename(p)) || new RegExp(`(?<![\\w./-])${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w.-])`).test(text));
}
var targetsCache = /* @__PURE__ */ new WeakMap();
function stageTargets(stage, escape) {
  let out = targetsCache.get(stage);
  if (out) return out;
  out = /* @__PURE__ */ new Set();
  let dirs = workdirs(stage, escape);
  for (let ins of stage.instructions) {
    let cwd = dirs.get(ins) ?? "/";
    if (ins.keyword === "ADD") {
      let spec = copySpec(ins, escape);
      if (spec) for (let c of copiedPaths(spec, cwd)) out.add(c.path);
    }
    if (ins.keyword !== "RUN") continue;
    let cmds = commandsOf(ins), cmdDirs = commandDirs(cmds, cwd);
    for (let cmd of cmds)
      for (let d of findDownloads(cmd, (t) => substitute(t, ins.scope, escape).value)) {
        if (isVerificationMaterial(d.url.text)) continue;
        let t = downloadTarget(d, cmdDirs.get(cmd) ?? cwd);
        t !== "stdout" && t !== "unknown" && out.add(t);
      }
  }
  return targetsCache.set(stage, out), out;
}
function verifiedLater(stage, ins, order, target, escape) {
  if (target === "stdout") return !1;
  let known = stageTargets(stage, escape), dirs = workdirs(stage, escape), k = stage.instructions.indexOf(ins);
  for (let i = Math.max(0, k); i < stage.instructions.length; i++) {
    let other = stage.instructions[i];
    if (other.keyword !== "RUN") continue;
    let cmds = commandsOf(other), cmdDirs = commandDirs(cmds, dirs.get(other) ?? "/");
    for (let cmd of cmds) {
      if (other === ins && cmd.order <= order) continue;
      if (!isVerification(cmd)) {
        if (target !== "stdout" && target !== "unknown" && findDownloads(cmd, (t) => substitute(t, other.scope, escape).value).some((d) => downloadTarget(d, cmdDirs.get(cmd) ?? "/") === target)) return !1;
        continue;
      }
      if (target === "unknown") return !0;
      let named = verifiedPaths(cmd, cmdDirs.get(cmd) ?? "/");
      if (named.includes(target)) return !0;
      let mentioned = mentionedDownloads(cmd, known);
      if (mentioned.includes(target) || !named.some((p) => known.has(p)) && !mentioned.length) return !0;
    }
  }
  return !1;
}

// lib/dockerfile/checks/add-remote-unverified.ts
var ID8 = "dockerfile/add-remote-unverified", WHY8 = "ADD fetches the URL at build time and trusts whatever comes back: a compromised or changed server, or a moved tag, silently changes your image.", FIX8 = "Pin the content: `ADD --checksum=sha256:<digest> <url> <dest>` (for git sources, pin a full commit: `ADD https://github.com/org/repo.git#<40-hex commit> /src`), or download in a RUN and verify with `sha256sum -c` or `gpg --verify` before use.", REMOTE = /^(?:https?|ftp):\/\/|^git@[^:]+:|^git:\/\/|^ssh:\/\//i, GIT = /\.git(?:[#?]|$)|^git@|^git:\/\//i, PINNED_COMMIT = /[#?&](?:ref=)?[0-9a-f]{40}(?:$|[:&])/i, addRemoteUnverified = {
  id: ID8,
  severity: "medium",
  description: "ADD of an http(s) or git URL without `--checksum`",
  why: WHY8,
  fix: FIX8,
  check(df) {
    let out = [];
    for (let stage of df.stages) {
      let dirs = workdirs(stage, df.escape);
      for (let ins of stage.instructions) {
        if (ins.keyword !== "ADD" || ins.flags.some((f) => f.name === "checksum" && f.value)) continue;
        let spec = copySpec(ins, df.escape);
        if (spec)
          for (let src of spec.sources) {
            if (!REMOTE.test(src.text) || GIT.test(src.text) && PINNED_COMMIT.test(src.text)) continue;
            let target = copiedPaths({ ...spec, sources: [src] }, dirs.get(ins) ?? "/")[0]?.path ?? "unknown";
            verifiedLater(stage, ins, -1, target, df.escape) || out.push(at(ins, src, `ADD downloads ${src.text} without verifying it`, src.text, { plainMatch: !0 }));
          }
      }
    }
    return out;
  },
  examples: {
    valid: [
      { code: `FROM alpine:3.19
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /tmp/
` },
      { code: `FROM alpine:3.19
ADD https://example.com/tool.tar.gz /tmp/tool.tar.gz
RUN echo "24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d  /tmp/tool.tar.gz" | sha256sum -c -
` },
      { code: `FROM alpine:3.19
WORKDIR /tmp
ADD https://example.com/tool.tar.gz ./
RUN echo "$TOOL_SHA256  tool.tar.gz" | sha256sum -c -
` },
      { code: `FROM alpine:3.19
ADD https://github.com/example/app.git#0123456789abcdef0123456789abcdef01234567 /src
` },
      { code: `FROM alpine:3.19
ADD app.tar.gz /opt/
` }
    ],
    invalid: [
      { code: `FROM alpine:3.19
ADD https://example.com/tool.tar.gz /tmp/
`, line: 2 },
      { code: `FROM alpine:3.19
ADD --chown=app \\
    https://github.com/example/app.git#main /src
`, line: 3 },
      { code: `FROM alpine:3.19
ADD https://example.com/tool /usr/local/bin/tool
RUN sha256sum /usr/local/bin/tool
`, line: 2 },
      { code: `FROM alpine:3.19
RUN echo x | sha256sum -c -
ADD ["https://example.com/a b.tgz", "/tmp/"]
`, line: 3 },
      { code: `FROM alpine:3.19
ADD --chmod=0755 \\
    https://example.com/dumb-init \\
    /usr/local/bin/dumb-init
RUN curl -fsSLo /tmp/yq https://example.com/yq && grep " yq$" SHA256SUMS | sed "s# yq# /tmp/yq#" | sha256sum -c -
`, line: 3 },
      { code: `FROM alpine:3.19
ADD https://example.com/tool.tar.gz /tmp/
RUN curl -fsSLo /tmp/b.tgz https://example.com/b.tgz && echo "$B_SHA256  /tmp/b.tgz" | sha256sum -c -
`, line: 2 }
    ]
  }
};

// lib/dockerfile/checks/remote-script-piped-to-shell.ts
var ID9 = "dockerfile/remote-script-piped-to-shell", WHY9 = "Piping a download into a shell runs whatever the server returns, unchecked, as root at build time; a truncated transfer can even run half a script.", FIX9 = 'Download, verify, then run: `curl -fsSLo install.sh <url> && echo "<sha256>  install.sh" | sha256sum -c - && sh install.sh` (or verify its signature with `gpg --verify`). Better still, install a pinned package.', RUNS_CODE = /^(?:sh|bash|ash|dash|zsh|ksh|fish|python[0-9.]*|perl|ruby|node|php|pwsh|powershell|iex|invoke-expression|source|\.|eval)$/i;
function pipedToShell(cmd) {
  if (cmd.pipeline.slice(cmd.pipeIndex + 1).some((c) => RUNS_CODE.test(commandName(c)))) return !0;
  for (let child = cmd, p = cmd.parent; p; child = p, p = p.parent) {
    if (/^(?:\$\(|`)/.test(p.words[0]?.text ?? "")) return !0;
    if (!child.scriptBody && (RUNS_CODE.test(commandName(p)) || p.words.some((w, k) => k === 0 && /^(?:eval|source|\.)$/.test(w.text))))
      return !0;
  }
  return !1;
}
var POWERSHELL = [
  /\b(?:iex|Invoke-Expression)\b[^;\n|]*?(?:DownloadString|\biwr\b|Invoke-WebRequest|\birm\b|Invoke-RestMethod)/i,
  /(?:\biwr\b|Invoke-WebRequest|\birm\b|Invoke-RestMethod|DownloadString)[^;\n|]*\|\s*(?:iex|Invoke-Expression)\b/i
], PYTHON_EVAL = [
  /\b(?:exec|eval)\s*\(\s*(?:urllib\.request\.|urllib2\.|request\.)?urlopen\s*\(\s*(?:f?["'])?(?:https?|ftp):\/\//,
  /\b(?:exec|eval)\s*\(\s*requests\.get\s*\(\s*(?:f?["'])?(?:https?|ftp):\/\//
];
function runsDownloadedPowerShell(text) {
  return POWERSHELL.some((re) => re.test(text));
}
var remoteScriptPipedToShell = {
  id: ID9,
  severity: "high",
  description: 'curl/wget piped into sh, bash, python\u2026, or `sh -c "$(curl \u2026)"`',
  why: WHY9,
  fix: FIX9,
  check(df) {
    let out = [];
    for (let ins of df.instructions) {
      if (ins.keyword !== "RUN") continue;
      let before = out.length;
      for (let cmd of commandsOf(ins))
        for (let d of findDownloads(cmd, (t) => substitute(t, ins.scope, df.escape).value))
          pipedToShell(cmd) && out.push(at(ins, wordSpan(cmd, d.url), `RUN pipes ${d.url.text} straight into a shell`, d.url.text, { plainMatch: !0 }));
      if (!(out.length > before))
        for (let part of [ins.args, ...ins.heredocs.filter((h) => h.isScript).map((h) => h.body)])
          for (let [patterns, how] of [[POWERSHELL, "Invoke-Expression"], [PYTHON_EVAL, "Python exec()"]])
            for (let re of patterns) {
              let m = re.exec(part.text);
              if (m) {
                out.push(at(ins, part.span(m.index, m.index + m[0].length), `RUN downloads a script and runs it with ${how}`, m[0], { plainMatch: !0 }));
                break;
              }
            }
    }
    return out;
  },
  examples: {
    valid: [
      { code: `FROM alpine:3.19
RUN curl -fsSLo install.sh https://example.com/install.sh \\
 && echo "24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d  install.sh" | sha256sum -c - \\
 && sh install.sh
` },
      { code: `FROM debian:12
RUN apt-get update && apt-get install -y curl bash
` },
      { code: `FROM python:3.12
RUN python3 <<EOF
import json, urllib.request
print(json.load(urllib.request.urlopen("https://example.com/versions.json")))
EOF
` },
      { code: `FROM alpine:3.19
RUN echo "curl https://example.com/i.sh | sh is a bad idea"
` },
      { code: `FROM debian:12
RUN ["/bin/bash", "-o", "pipefail", "-c", "curl -fsSLo /usr/share/keyrings/acme.gpg https://packages.example.com/acme.gpg"]
` },
      { code: `FROM debian:12
RUN bash -o pipefail -c "curl -fsSL -o /tmp/t.tgz https://example.com/t.tgz && echo \\"$T_SHA256  /tmp/t.tgz\\" | sha256sum -c -"
` }
    ],
    invalid: [
      { code: `FROM alpine:3.19
RUN curl -fsSL https://example.com/install.sh | sh
`, line: 2 },
      { code: `FROM alpine:3.19
RUN set -eux; \\
    wget -qO- https://example.com/install.sh | sudo -E bash -
`, line: 3 },
      { code: `FROM alpine:3.19
RUN sh -c "$(curl -fsSL https://raw.githubusercontent.com/example/tool/main/install.sh)"
`, line: 2 },
      { code: `FROM alpine:3.19
RUN ["/bin/bash", "-c", "bash <(curl -s https://example.com/setup)"]
`, line: 2 },
      { code: `FROM alpine:3.19
RUN ["/bin/bash", "-o", "pipefail", "-c", "curl -fsSL https://example.com/install.sh | bash"]
`, line: 2 },
      { code: `FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command"]
RUN iex ((New-Object System.Net.WebClient).DownloadString('https://chocolatey.org/install.ps1'))
`, line: 3 },
      { code: `FROM python:3.12
RUN <<EOF
set -e
curl -sSL https://install.python-poetry.org | python3 -
EOF
`, line: 4 },
      { code: `FROM python:3.12
RUN python3 <<EOF
import urllib.request
exec(urllib.request.urlopen("https://example.com/bootstrap.py").read())
EOF
`, line: 4 }
    ]
  }
};

// lib/dockerfile/checks/download-unverified.ts
var ID10 = "dockerfile/download-unverified", WHY10 = "A download that is never checked against a known digest or signature trusts the server, the network and the release tag: if any of them changes, your image changes without notice.", FIX10 = 'Verify before use, in the same stage: `curl -fsSLo tool.tgz <url> && echo "<sha256>  tool.tgz" | sha256sum -c -` (or `gpg --batch --verify tool.tgz.asc tool.tgz`). For a plain file, `ADD --checksum=sha256:<digest> <url> <dest>` does both.', downloadUnverified = {
  id: ID10,
  severity: "medium",
  description: "RUN download with no checksum or signature check later in the stage",
  why: WHY10,
  fix: FIX10,
  check(df) {
    let out = [];
    for (let stage of df.stages) {
      let dirs = workdirs(stage, df.escape);
      for (let ins of stage.instructions) {
        if (ins.keyword !== "RUN") continue;
        let cmds = commandsOf(ins), cmdDirs = commandDirs(cmds, dirs.get(ins) ?? "/");
        for (let cmd of cmds)
          for (let d of findDownloads(cmd, (t) => substitute(t, ins.scope, df.escape).value)) {
            if (pipedToShell(cmd) || isVerificationMaterial(d.url.text) || feedsKeyring(d) || /Download(?:String|Data)\s*\(/i.test(d.url.text) && runsDownloadedPowerShell(cmd.script.text)) continue;
            let target = downloadTarget(d, cmdDirs.get(cmd) ?? "/");
            target === "/dev/null" || verifiedLater(stage, ins, cmd.order, target, df.escape) || out.push(at(ins, wordSpan(cmd, d.url), `RUN downloads ${d.url.text} and nothing later in the stage verifies it`, d.url.text, { plainMatch: !0 }));
          }
      }
    }
    return out;
  },
  examples: {
    valid: [
      { code: `FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates
` },
      { code: `FROM debian:12
ENV GOSU_VERSION 1.17
RUN set -eux; \\
  wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-amd64"; \\
  wget -O /usr/local/bin/gosu.asc "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-amd64.asc"; \\
  export GNUPGHOME="$(mktemp -d)"; \\
  gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4; \\
  gpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu
` },
      { code: `FROM alpine:3.19
RUN wget -O app.tgz https://example.com/app.tgz
RUN echo "$APP_SHA256 *app.tgz" | sha256sum -c -
` },
      { code: `FROM alpine:3.19
RUN curl -fsSL https://download.docker.com/linux/debian/gpg | gpg --dearmor -o /etc/apt/keyrings/docker.gpg
` },
      { code: `FROM fedora:40
RUN curl -fsSLO https://example.com/pkg.rpm && rpm -K pkg.rpm && rpm -i pkg.rpm
` },
      { code: `FROM alpine:3.19
RUN curl -fsSLO https://example.com/tool.tgz && [ "$(openssl dgst -sha512 -r tool.tgz | cut -d" " -f1)" = "$TOOL_SHA512" ]
` },
      { code: `FROM debian:12
RUN curl -fsSLO https://example.com/SHA256SUMS && curl -fsSLO https://example.com/a.tgz && curl -fsSLO https://example.com/b.tgz && sha256sum -c --ignore-missing SHA256SUMS
` },
      { code: `# escape=\`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command"]
RUN iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))
RUN Invoke-WebRequest -Uri https://example.com/node.zip -OutFile node.zip; \`
    if ((Get-FileHash node.zip -Algorithm sha256).Hash -ne $env:NODE_SHA256) { exit 1 }
` },
      { code: `FROM alpine:3.19
RUN curl -fsS -o /dev/null -w "%{http_code}" https://example.com/health || true
` },
      { code: `FROM alpine:3.19
RUN curl -fsSL https://example.com/tool.tgz > /tmp/tool.tgz && echo "$TOOL_SHA256  /tmp/tool.tgz" | sha256sum -c -
` },
      { code: `FROM alpine:3.19
RUN curl -fsSLo /tmp/yq https://example.com/yq_linux_amd64 \\
 && curl -fsSLo /tmp/checksums.txt https://example.com/checksums.txt \\
 && grep "yq_linux_amd64$" /tmp/checksums.txt | sed "s#yq_linux_amd64#/tmp/yq#" | sha256sum -c -
` },
      { code: `FROM debian:12
WORKDIR /tmp
RUN wget -O go.tgz.asc "$GO_URL.asc" && wget -O go.tgz "$GO_URL" && gpg --batch --verify go.tgz.asc go.tgz
RUN curl -fsSL -o /tmp/t.tgz https://example.com/t.tgz
RUN echo "$T_SHA256  t.tgz" | sha256sum -c -
` }
    ],
    invalid: [
      { code: `FROM alpine:3.19
RUN wget https://example.com/tool.tar.gz && tar -xzf tool.tar.gz
`, line: 2 },
      { code: `FROM alpine:3.19
RUN curl -fsSLo tool.tgz https://example.com/tool.tgz \\
 && sha256sum tool.tgz
`, line: 2 },
      { code: `FROM alpine:3.19
RUN echo "sha256sum -c" && curl -fsSLO https://example.com/tool.tgz
`, line: 2 },
      { code: `FROM alpine:3.19 AS a
RUN curl -fsSLO https://example.com/tool.tgz
FROM alpine:3.19
RUN echo x | sha256sum -c -
`, line: 2 },
      { code: `FROM alpine:3.19
RUN wget -O /tmp/tool.tgz https://example.com/tool.tgz && tar -xzf /tmp/tool.tgz -C /opt
RUN curl -fsSL -o /tmp/tool.tgz https://example.com/tool.tgz
RUN echo "$TOOL_SHA256  /tmp/tool.tgz" | sha256sum -c -
`, line: 2 },
      { code: `FROM alpine:3.19
WORKDIR /src
RUN cd /tmp && wget https://example.com/tool.tar.gz && tar -xzf tool.tar.gz
RUN curl -fsSLo tool.tar.gz https://example.com/tool.tar.gz && echo "$TOOL_SHA256 *tool.tar.gz" | sha256sum -c -
`, line: 3 },
      { code: `FROM debian:12
RUN curl -fsSL -o /tmp/agent.deb https://example.com/agent.deb \\
 && curl -fsSL -o /tmp/go.tgz https://go.dev/dl/go.tgz \\
 && echo "$GO_SHA256  /tmp/go.tgz" | sha256sum -c -
`, line: 2 },
      { code: `FROM alpine:3.19
RUN gpg --batch --import key.asc
RUN curl -fsSLO https://example.com/tool.tgz # sha256sum -c
`, line: 3 },
      // The grep picks kubectl's line out of SHA256SUMS: the check vouches for kubectl, not for tool.tgz.
      { code: `FROM alpine:3.19
RUN curl -fsSLo /tmp/tool.tgz https://example.com/tool.tgz
WORKDIR /tmp
RUN curl -fsSLO https://example.com/kubectl && curl -fsSLO https://example.com/SHA256SUMS && grep " kubectl$" SHA256SUMS | sha256sum -c -
`, line: 2 },
      // tool.tgz.bundle is a different file: the cosign check vouches for /usr/local/bin/tool only.
      { code: `FROM alpine:3.19
RUN curl -fsSLo /tmp/tool.tgz https://example.com/tool.tgz
RUN curl -fsSLo /usr/local/bin/tool https://example.com/tool && curl -fsSLo /tmp/tool.tgz.bundle https://example.com/tool.bundle && cosign verify-blob --bundle /tmp/tool.tgz.bundle /usr/local/bin/tool
`, line: 2 },
      // A stream into tar is used before any later check could run.
      { code: `FROM alpine:3.19
ARG HELM_URL=https://get.example.com/helm.tgz
RUN curl -fsSL "\${HELM_URL}" | tar -xz -C /usr/local/bin
RUN curl -fsSLO https://get.example.com/SHA256SUMS && sha256sum -c --ignore-missing SHA256SUMS
`, line: 3 },
      // The sums check spells /tmp/yq inside its sed expression: it vouches for yq, not for kubectl.
      { code: `FROM alpine:3.19
ENV KUBECTL_URL=https://dl.example.com/kubectl
RUN wget -q $KUBECTL_URL -O /usr/local/bin/kubectl
RUN curl -fsSLo /tmp/yq https://example.com/yq_linux_amd64 \\
 && curl -fsSLo /tmp/checksums.txt https://example.com/checksums.txt \\
 && grep "yq_linux_amd64$" /tmp/checksums.txt | sed "s#yq_linux_amd64#/tmp/yq#" | sha256sum -c -
`, line: 3 },
      // The Get-FileHash check names node.zip only: it does not vouch for tool.zip.
      { code: `# escape=\`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command"]
RUN Invoke-WebRequest -Uri https://example.com/tool.zip -OutFile C:\\tool.zip; \`
    Expand-Archive C:\\tool.zip -DestinationPath C:\\tool
RUN Invoke-WebRequest -Uri https://example.com/node.zip -OutFile node.zip; \`
    if ((Get-FileHash node.zip -Algorithm sha256).Hash -ne $env:NODE_SHA256) { exit 1 }
`, line: 4 },
      { code: `# escape=\`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN (New-Object System.Net.WebClient).DownloadFile('https://example.com/agent.msi', 'C:\\agent.msi'); \`
    Start-Process msiexec.exe -Wait -ArgumentList '/i C:\\agent.msi /qn'
RUN Invoke-WebRequest -Uri https://example.com/other.zip -OutFile C:\\other.zip
RUN if ((Get-FileHash C:\\other.zip).Hash -ne $env:OTHER_SHA256) { exit 1 }
`, line: 3 }
    ]
  }
};

// lib/dockerfile/checks/trust-disabled.ts
var ID11 = "dockerfile/trust-disabled", WHY11 = "Turning off TLS or signature checks lets anyone on the network path (or a compromised mirror) hand your build different packages or binaries.", FIX11 = "Remove the flag and fix the cause: install the CA (`COPY corp-ca.crt /usr/local/share/ca-certificates/ && update-ca-certificates`), import the repository key, or use the HTTPS index. Never ship `-k`, `--no-check-certificate`, `--trusted-host` or `--allow-unauthenticated`.", COMMAND_FLAGS = [
  { cmd: /^curl$/, flag: /^(?:--insecure|--proxy-insecure|-[A-Za-z]*k[A-Za-z]*)$/, what: "curl TLS verification (-k / --insecure)" },
  { cmd: /^wget$/, flag: /^--no-check-certificate$/, what: "wget TLS verification" },
  { cmd: /^(?:apt|apt-get|aptitude)$/, flag: /^(?:--allow-unauthenticated|--allow-insecure-repositories|--force-yes|--allow-downgrades-insecure)$/, what: "APT signature checks" },
  { cmd: /^(?:apt|apt-get)$/, flag: /(?:AllowInsecureRepositories|AllowUnauthenticated|Verify-Peer|Verify-Host|Check-Valid-Until)\s*=\s*(?:"?(?:true|false|0|no)"?)/i, what: "APT signature or TLS checks" },
  { cmd: /^apk$/, flag: /^--allow-untrusted$/, what: "apk signature checks" },
  { cmd: /^(?:yum|dnf|microdnf|zypper|tdnf)$/, flag: /^(?:--nogpgcheck|--no-gpg-checks|--setopt=.*(?:gpgcheck|sslverify)=(?:0|false|no))$/i, what: "RPM signature checks" },
  { cmd: /^rpm$/, flag: /^(?:--nosignature|--nodigest|--noverify)$/, what: "RPM signature checks" },
  { cmd: /^dpkg$/, flag: /^--force-bad-verify$/, what: "dpkg verification" },
  { cmd: /^pip[0-9.]*$|^python[0-9.]*$|^uv$|^pipenv$|^poetry$/, flag: /^(?:--trusted-host(?:=.*)?|--allow-insecure-host(?:=.*)?|--cert=\/dev\/null|--no-verify-ssl)$/, what: "pip TLS verification (--trusted-host)" },
  { cmd: /^(?:npm|yarn|pnpm)$/, flag: /^(?:--strict-ssl=false|--no-strict-ssl)$/, what: "npm TLS verification" },
  { cmd: /^(?:gem|bundle)$/, flag: /^(?:-P|--trust-policy)$/, what: "gem signature policy" },
  { cmd: /^(?:helm|kubectl|oras|skopeo|crane|regctl|docker|podman|buildah)$/, flag: /^(?:--insecure-skip-tls-verify(?:=true)?|--insecure(?:=true)?|--tls-verify=false|--src-tls-verify=false|--dest-tls-verify=false|--insecure-registry)$/, what: "registry TLS verification" },
  { cmd: /^(?:go)$/, flag: /^-insecure$/, what: "go get TLS verification" }
], CONFIG_SETTINGS = [
  // `npm set` is `npm config set`; Yarn 2+ calls it enableStrictSsl.
  { cmd: /^(?:npm|yarn|pnpm)$/, re: /\b(?:config\s+)?set\s+(?:strict-ssl|enableStrictSsl)(?:\s+|=)false\b/, what: "npm TLS verification (strict-ssl false)" },
  { cmd: /^git$/, re: /\bhttp\.sslVerify\s+(?:false|0)\b|\bhttp\.sslverify=(?:false|0)\b/i, what: "git TLS verification (http.sslVerify false)" },
  { cmd: /^pip[0-9.]*$/, re: /\bconfig\s+set\s+\S*trusted-host\b/, what: "pip TLS verification (trusted-host)" },
  { cmd: /^composer$/, re: /\bconfig\b.*\b(?:secure-http|disable-tls)\s+(?:false|true)\b/, what: "composer HTTPS enforcement" },
  { cmd: /^conda$/, re: /\bconfig\b.*\bssl_verify\s+(?:false|no|0)\b/i, what: "conda TLS verification" }
], ENV_SWITCHES = [
  { name: /^NODE_TLS_REJECT_UNAUTHORIZED$/, value: /^0$/, what: "Node.js TLS verification" },
  { name: /^GIT_SSL_NO_VERIFY$/, value: /^(?:1|true|yes)$/i, what: "git TLS verification" },
  { name: /^PYTHONHTTPSVERIFY$/, value: /^0$/, what: "Python HTTPS verification" },
  { name: /^(?:PIP_TRUSTED_HOST|UV_INSECURE_HOST)$/, value: /./, what: "pip TLS verification" },
  { name: /^(?:NPM_CONFIG_STRICT_SSL|npm_config_strict_ssl)$/, value: /^(?:false|0)$/i, what: "npm TLS verification" },
  { name: /^GOINSECURE$|^GONOSUMDB$|^GONOSUMCHECK$/, value: /./, what: "Go module checksum/TLS verification" },
  { name: /^GOSUMDB$/, value: /^off$/, what: "Go checksum database" },
  { name: /^GOFLAGS$/, value: /-insecure/, what: "Go TLS verification" },
  { name: /^(?:CURL_INSECURE|WGET_NO_CHECK_CERTIFICATE)$/, value: /^(?:1|true)$/i, what: "TLS verification" },
  { name: /^(?:REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|SSL_CERT_FILE)$/, value: /^(?:|\/dev\/null)$/, what: "TLS verification (empty CA bundle)" }
], trustDisabled = {
  id: ID11,
  severity: "medium",
  description: "curl -k, --no-check-certificate, --allow-unauthenticated, pip --trusted-host\u2026",
  why: WHY11,
  fix: FIX11,
  check(df) {
    let out = [];
    for (let ins of df.instructions) {
      if (ins.keyword === "ENV") {
        for (let p of ins.pairs) {
          let sw = ENV_SWITCHES.find((s) => s.name.test(p.name) && s.value.test(p.value ?? ""));
          sw && p.value !== null && out.push(at(ins, { start: p.nameStart, end: p.valueEnd }, `ENV ${p.name}=${p.value} disables ${sw.what}`, `${p.name}=${p.value}`, { plainMatch: !0 }));
        }
        continue;
      }
      if (ins.keyword === "RUN")
        for (let cmd of commandsOf(ins)) {
          let name = commandName(cmd), words = effectiveWords(cmd);
          for (let rule of COMMAND_FLAGS)
            if (rule.cmd.test(name))
              for (let w of words.slice(1))
                rule.flag.test(w.text) && out.push(at(ins, wordSpan(cmd, w), `RUN ${name} ${w.text} disables ${rule.what}`, `${name} ${w.text}`, { plainMatch: !0 }));
          let joined = words.map((w) => w.text).join(" ");
          for (let rule of CONFIG_SETTINGS)
            rule.cmd.test(name) && rule.re.test(joined) && out.push(at(ins, cmd.script.span(cmd.from, cmd.to), `RUN disables ${rule.what}`, joined.slice(0, 80), { plainMatch: !0 }));
          for (let a of [...assignmentsOf(cmd), ...name === "export" ? words.slice(1) : []]) {
            let eq = a.text.indexOf("=");
            if (eq <= 0) continue;
            let [n, v] = [a.text.slice(0, eq), a.text.slice(eq + 1)], sw = ENV_SWITCHES.find((s) => s.name.test(n) && s.value.test(v));
            sw && out.push(at(ins, wordSpan(cmd, a), `RUN sets ${n}=${v}, which disables ${sw.what}`, a.text, { plainMatch: !0 }));
          }
          for (let r of cmd.redirects)
            r.target && /sources\.list/.test(r.target.text) && /\[[^\]]*trusted=yes/.test(cmd.words.map((w) => w.text).join(" ")) && out.push(at(ins, wordSpan(cmd, r.target), "RUN adds an APT source marked [trusted=yes], which skips its signature checks", "[trusted=yes]", { plainMatch: !0 }));
        }
    }
    return out;
  },
  examples: {
    valid: [
      { code: `FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl
` },
      { code: `FROM alpine:3.19
RUN curl -fsSLO https://example.com/a.tgz && sort -k 2 list.txt && gpg -k
` },
      { code: `FROM python:3.12
RUN pip install --no-cache-dir -r requirements.txt
ENV NODE_TLS_REJECT_UNAUTHORIZED=1
` },
      { code: `FROM node:20
RUN npm set strict-ssl true && yarn config set enableStrictSsl true && uv pip install --system -r requirements.txt
` }
    ],
    invalid: [
      { code: `FROM alpine:3.19
RUN curl -fsSLk https://example.com/a.tgz -o a.tgz
`, line: 2 },
      { code: `FROM alpine:3.19
RUN wget --no-check-certificate https://example.com/a.tgz
`, line: 2 },
      { code: `FROM debian:12
RUN apt-get update \\
 && apt-get install -y --allow-unauthenticated foo
`, line: 3 },
      { code: `FROM python:3.12
RUN pip install --trusted-host pypi.example.com -r requirements.txt
`, line: 2 },
      { code: `FROM node:20
ENV NODE_TLS_REJECT_UNAUTHORIZED=0
`, line: 2 },
      { code: `FROM node:20
RUN npm config set strict-ssl false
`, line: 2 },
      { code: `FROM node:20
RUN npm set strict-ssl false && yarn config set enableStrictSsl false
`, line: 2 },
      { code: `FROM python:3.12
RUN uv pip install --system --allow-insecure-host pypi.example.com -r requirements.txt
`, line: 2 },
      { code: `FROM node:20
RUN env NODE_TLS_REJECT_UNAUTHORIZED=0 node scripts/fetch.js
`, line: 2 }
    ]
  }
};

// lib/dockerfile/user-state.ts
var isRootUser = (user) => /^(?:root|0)(?::.*)?$/.test(user.trim()), DROPPERS = /^(?:gosu|su-exec|setpriv|runuser|s6-setuidgid|chpst|setuser|tini-static)$/;
function userState(df, stage) {
  let lastUser = null;
  for (let s of stageChain(stage)) {
    for (let k = s.instructions.length - 1; k >= 0 && !lastUser; k--) {
      let ins = s.instructions[k];
      ins.keyword === "USER" && !ins.onbuild && (lastUser = { ins, user: substitute(ins.args.text.trim(), ins.scope, df.escape).value });
    }
    if (lastUser) break;
  }
  let dropsPrivileges = !1;
  for (let s of stageChain(stage))
    for (let ins of s.instructions)
      if (!ins.onbuild) {
        if (ins.keyword === "RUN")
          for (let cmd of commandsOf(ins))
            (DROPPERS.test(commandName(cmd)) || effectiveWords(cmd).some((w) => /(?:^|\/)(?:gosu|su-exec)(?:$|[-.])/.test(w.text) && !/\.asc$/.test(w.text))) && (dropsPrivileges = !0);
        (ins.keyword === "ENTRYPOINT" || ins.keyword === "CMD") && /\b(?:gosu|su-exec|setpriv|runuser|s6-setuidgid|chpst)\b/.test(ins.args.text) && (dropsPrivileges = !0);
      }
  let root = rootImage(stage), image = (root.image ?? "").replace(/@sha256:[0-9a-f]*$/i, ""), nonRootBase = /(?::|-)(?:[^/]*-)?non-?root(?:-|$)|:rootless|^(?:docker\.io\/)?nginxinc\/nginx-unprivileged(?::|$)|^cgr\.dev\/chainguard\/[^:]+(?::(?!.*-dev$).*)?$/i.test(image);
  return /^(?:docker\.io\/)?(?:library\/)?(?:postgres|redis|mysql|mariadb|mongo|rabbitmq|cassandra|couchdb|memcached|elasticsearch|zookeeper|solr|neo4j|influxdb)(?:[:@]|$)/.test(image) && (dropsPrivileges = !0), { stage, lastUser, dropsPrivileges, nonRootBase, windows: isWindowsStage(stage), unknownBase: root.unresolved || /^\$/.test(image) };
}

// lib/dockerfile/checks/root-user.ts
var ID12 = "dockerfile/root-user", WHY12 = "A container running as root turns any bug in the app into root inside the container, one kernel or runtime flaw away from root on the host, with write access to everything in the image.", FIX12 = "Create an unprivileged user and switch to it at the end: `RUN useradd --system --uid 10001 app` (Alpine: `adduser -S -u 10001 app`), then `USER 10001`. Switch to root only for the steps that need it, and back.", rootUser = {
  id: ID12,
  severity: "medium",
  description: "final stage's last USER is root / 0",
  why: WHY12,
  fix: FIX12,
  check(df) {
    let stage = finalStage(df);
    if (!stage) return [];
    let state = userState(df, stage);
    if (state.windows || !state.lastUser || !isRootUser(state.lastUser.user) || state.dropsPrivileges) return [];
    let { ins, user } = state.lastUser;
    return [at(ins, argsSpan(ins), `the final stage runs as ${user} (USER ${user} is its last USER)`, `USER ${user}`, { plainMatch: !0 })];
  },
  examples: {
    valid: [
      { code: `FROM node:20
USER root
RUN apt-get update && apt-get install -y git
USER node
` },
      { code: `FROM alpine:3.19 AS build
USER root
FROM alpine:3.19
RUN adduser -S -u 10001 app
USER 10001
` },
      { code: `FROM debian:12
USER root
RUN apt-get install -y gosu
ENTRYPOINT ["gosu", "app", "/app/run"]
` },
      { code: `FROM mcr.microsoft.com/windows/servercore:ltsc2022
USER ContainerAdministrator
` }
    ],
    invalid: [
      { code: `FROM node:20
USER node
RUN npm ci
USER root
CMD ["node", "server.js"]
`, line: 4 },
      { code: `FROM alpine:3.19
user 0:0
`, line: 2 },
      { code: `FROM alpine:3.19 AS base
USER root
FROM base
CMD ["sh"]
`, line: 2 }
    ]
  }
};

// lib/dockerfile/checks/missing-user.ts
var ID13 = "dockerfile/missing-user", WHY13 = "Without a USER the container runs as root (uid 0) by default, so any compromise of the app starts with root inside the container.", FIX13 = "Add an unprivileged user at the end of the final stage: `RUN useradd --system --uid 10001 app` (Alpine: `adduser -S -u 10001 app`), then `USER 10001`; or drop privileges in the entrypoint with gosu / su-exec, or start from a non-root base such as `gcr.io/distroless/static:nonroot`.", missingUser = {
  id: ID13,
  severity: "low",
  description: "final stage never leaves root (no USER, no gosu/su-exec/setpriv drop)",
  why: WHY13,
  fix: FIX13,
  check(df) {
    let stage = finalStage(df);
    if (!stage) return [];
    let state = userState(df, stage);
    if (state.windows || state.lastUser || state.dropsPrivileges || state.nonRootBase || state.unknownBase) return [];
    let ins = stage.from;
    return [at(ins, argsSpan(ins), `the final stage (FROM ${stage.image ?? ""}) never switches away from root`, `FROM ${stage.image ?? ""}`, { plainMatch: !0 })];
  },
  examples: {
    valid: [
      { code: `FROM python:3.12-slim
RUN useradd --system --uid 10001 app
USER 10001
CMD ["python", "app.py"]
` },
      { code: `FROM golang:1.22 AS build
RUN go build -o /app .
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /app /app
` },
      { code: `FROM debian:12
RUN set -eux; apt-get update; apt-get install -y gosu; gosu nobody true
ENTRYPOINT ["docker-entrypoint.sh"]
` },
      { code: `FROM alpine:3.19 AS base
USER 10001
FROM base
CMD ["app"]
` },
      { code: `ARG BASE
FROM \${BASE}
CMD ["app"]
` },
      { code: `FROM postgres:16.3
ENV POSTGRES_PASSWORD_FILE=/run/secrets/pg
COPY initdb/ /docker-entrypoint-initdb.d/
` },
      { code: `FROM node:20 AS build
FROM nginxinc/nginx-unprivileged:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
` },
      { code: `FROM golang:1.22 AS build
FROM gcr.io/distroless/static-debian12:nonroot@sha256:7b288f65d40d80881e36df7dec8023afb0a1ad2d268fe3aa846f55c149832a47
COPY --from=build /app /app
` }
    ],
    invalid: [
      { code: `FROM node:20
WORKDIR /app
COPY . .
CMD ["node", "server.js"]
`, line: 1 },
      { code: `FROM golang:1.22 AS build
USER 10001
FROM scratch
COPY --from=build /app /app
`, line: 3 }
    ]
  }
};

// lib/dockerfile/checks/unpinned-base-image.ts
var ID14 = "dockerfile/unpinned-base-image", DIGEST_ID = "dockerfile/base-image-not-digest-pinned", WHY14 = "`latest` (or no tag, which means latest) changes under you: the same Dockerfile builds a different image tomorrow, breaking reproducibility and pulling in whatever was pushed last.", FIX14 = "Pin a version tag, e.g. `FROM python:3.12-slim`; for full reproducibility pin the digest too: `FROM python:3.12-slim@sha256:<digest>` (Renovate or Dependabot keep it fresh).", DIGEST_WHY = "A tag can be re-pushed; only a digest names exactly one image.", DIGEST_FIX = "Add the digest: `FROM image:tag@sha256:<digest>` (`docker buildx imagetools inspect image:tag` prints it).";
function splitReference(ref) {
  let at2 = ref.indexOf("@"), digest = at2 >= 0 ? ref.slice(at2 + 1) : null, rest = at2 >= 0 ? ref.slice(0, at2) : ref, slash = rest.lastIndexOf("/"), colon = rest.lastIndexOf(":");
  return colon > slash ? { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest } : { name: rest, tag: null, digest };
}
var unpinnedBaseImage = {
  id: ID14,
  severity: "low",
  description: "FROM with `latest` or no tag (digest pinning: opt-in notice)",
  why: WHY14,
  fix: FIX14,
  extraRules: [{ id: DIGEST_ID, category: "dockerfile", severity: "info", description: "FROM without an @sha256 digest (opt-in)", optIn: !0 }],
  check(df) {
    let out = [], stageNames = /* @__PURE__ */ new Set();
    for (let stage of df.stages) {
      let ins = stage.from, ref = stage.image;
      if (stage.name && stageNames.add(stage.name), !ref || stage.base || stageNames.has(ref.toLowerCase()) && stage.name !== ref.toLowerCase() || ref.toLowerCase() === "scratch" || stage.imageUnresolved || /\$/.test(ref)) continue;
      let lead = ins.args.text.length - ins.args.text.trimStart().length, rawRef = ins.args.text.trim().split(/\s+/)[0] ?? "", span = ins.args.span(lead, lead + rawRef.length), { tag, digest } = splitReference(ref);
      !digest && (tag === null || tag === "latest") ? out.push(at(ins, span, tag ? `FROM ${ref} uses the moving tag latest` : `FROM ${ref} has no tag, so it means ${ref}:latest`, `FROM ${ref}`, { plainMatch: !0 })) : digest || out.push(at(ins, span, `FROM ${ref} is pinned by tag, not by digest`, `FROM ${ref}`, { plainMatch: !0, ruleId: DIGEST_ID, severity: "info", why: DIGEST_WHY, fix: DIGEST_FIX }));
    }
    return out;
  },
  examples: {
    valid: [
      { code: `FROM python:3.12-slim
` },
      { code: `ARG NODE_VERSION=20
FROM node:\${NODE_VERSION}-alpine AS build
FROM build
` },
      { code: `FROM scratch
COPY app /app
` },
      { code: `FROM golang:1.22@sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d AS build
FROM build AS test
` },
      { code: `FROM registry.example.com:5000/team/app:1.4.2
` }
    ],
    invalid: [
      { code: `FROM ubuntu
`, line: 1 },
      { code: `FROM node:20 AS build
FROM nginx:latest
COPY --from=build /app /usr/share/nginx/html
`, line: 2 },
      { code: `ARG BASE=debian
FROM --platform=$BUILDPLATFORM \${BASE}
`, line: 2 },
      { code: `FROM registry.example.com:5000/team/app
`, line: 1 },
      { code: `FROM python:3.12-slim
`, line: 1, ruleId: DIGEST_ID, optIn: [DIGEST_ID] }
    ]
  }
};

// lib/dockerfile/checks/sudo-in-run.ts
var ID15 = "dockerfile/sudo-in-run", WHY15 = "RUN already runs as the current USER; sudo in an image means a sudo binary and sudoers rules ship with it, giving any later foothold an easy way back to root, and its TTY and environment handling makes builds unpredictable.", FIX15 = "Switch users explicitly instead: `USER root`, the RUN that needs root, then `USER 10001` again. Use gosu or su-exec for privilege changes at run time.", LEADERS = /* @__PURE__ */ new Set(["then", "do", "else", "elif", "if", "while", "until", "!", "time", "exec", "nice", "nohup", "env"]);
function sudoWord(cmd) {
  let w = cmd.words, k = 0;
  for (; k < w.length && LEADERS.has(w[k].text); )
    for (k++; k < w.length && (w[k].text.startsWith("-") || /^[A-Za-z_][A-Za-z0-9_]*=/.test(w[k].text)); ) k++;
  return w[k] && /^(?:\/usr(?:\/local)?\/bin\/|\/bin\/)?sudo$/.test(w[k].text) ? w[k] : null;
}
var sudoInRun = {
  id: ID15,
  severity: "low",
  description: "sudo used in RUN",
  why: WHY15,
  fix: FIX15,
  check(df) {
    let out = [];
    for (let ins of df.instructions)
      if (ins.keyword === "RUN")
        for (let cmd of commandsOf(ins)) {
          let sudo = sudoWord(cmd);
          sudo && out.push(at(ins, wordSpan(cmd, sudo), "RUN uses sudo", "sudo", { plainMatch: !0 }));
        }
    return out;
  },
  examples: {
    valid: [
      { code: `FROM debian:12
RUN apt-get update && apt-get install -y sudo
` },
      { code: `FROM debian:12
RUN echo "sudo is not used here"
USER root
RUN apt-get install -y git
USER 10001
` },
      { code: `FROM debian:12
RUN if command -v sudo >/dev/null; then echo "app ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/app; fi
` }
    ],
    invalid: [
      { code: `FROM ubuntu:22.04
USER app
RUN sudo apt-get install -y git
`, line: 3 },
      { code: `FROM ubuntu:22.04
RUN set -e \\
 && sudo -u app make install
`, line: 3 },
      { code: `FROM ubuntu:22.04
RUN if [ -f Makefile ]; then sudo make install; fi
`, line: 2 }
    ]
  }
};

// lib/dockerfile/checks/world-writable.ts
var ID16 = "dockerfile/world-writable", WHY16 = "A world-writable file or directory in the image lets any process in the container, whatever its user, replace code or config that others execute or trust.", FIX16 = "Grant access to the one user that needs it: `chown -R 10001:10001 /app && chmod -R u+rwX,go-w /app` (or `COPY --chown=10001:10001`). For shared scratch directories use the sticky bit: `chmod 1777`.";
function worldWritableMode(mode) {
  if (/^[0-7]{3,4}$/.test(mode)) {
    let sticky = mode.length === 4 && (Number(mode[0]) & 1) === 1;
    return (Number(mode[mode.length - 1]) & 2) === 2 && !sticky;
  }
  return mode.split(",").some((clause) => {
    let m = /^([ugoa]*)([+=])([rwxXst]*)$/.exec(clause);
    return !!m && /[oa]/.test(m[1]) && m[3].includes("w") && !m[3].includes("t");
  });
}
var TEMP = /^\/(?:tmp|var\/tmp|dev\/shm)(?:\/|$)/;
function createMode(words, name) {
  let mode = null, value = "", rest = [];
  for (let k = 1; k < words.length; k++) {
    let t = words[k].text;
    t === "--mode" || /^-[A-Za-z]*m$/.test(t) ? (words[k + 1] && ([mode, value] = [words[k + 1], words[k + 1].text]), k++) : t.startsWith("--mode=") ? [mode, value] = [words[k], t.slice(7)] : /^-[A-Za-z]*m[0-7]{3,4}$|^-m[ugoa+=,rwxXst-]+$/.test(t) ? [mode, value] = [words[k], t.slice(t.indexOf("m") + 1)] : t.startsWith("-") || rest.push(words[k]);
  }
  if (!mode) return null;
  let dirs = name === "install" && !words.some((w) => /^-[A-Za-z]*d[A-Za-z]*$|^--directory$/.test(w.text));
  return { mode, value, paths: dirs ? rest.slice(-1) : rest };
}
function findExecChmod(words) {
  let exec = words.findIndex((w) => w.text === "-exec" || w.text === "-execdir");
  if (exec < 0 || words[exec + 1]?.text.replace(/^.*\//, "") !== "chmod") return null;
  let mode = words.slice(exec + 2).find((w) => !/^-[A-Za-z]+$|^--/.test(w.text));
  if (!mode) return null;
  let start = words.slice(1).findIndex((w) => /^[-(!]/.test(w.text));
  return { mode, value: mode.text, paths: words.slice(1, start < 0 ? 1 : start + 1) };
}
var worldWritable = {
  id: ID16,
  severity: "medium",
  description: "chmod 777 / o+w on paths that stay in the image",
  why: WHY16,
  fix: FIX16,
  check(df) {
    let out = [];
    for (let ins of df.instructions) {
      if (ins.keyword === "COPY" || ins.keyword === "ADD") {
        let flag = ins.flags.find((f) => f.name === "chmod");
        flag?.value && worldWritableMode(flag.value) && out.push(at(ins, flag, `${ins.keyword} --chmod=${flag.value} makes the copied files world-writable`, `--chmod=${flag.value}`, { plainMatch: !0 }));
        continue;
      }
      if (ins.keyword !== "RUN") continue;
      let cmds = commandsOf(ins);
      for (let cmd of cmds) {
        let name = commandName(cmd);
        if (name === "mkdir" || name === "install" || name === "find") {
          let all = effectiveWords(cmd), use = name === "find" ? findExecChmod(all) : createMode(all, name);
          if (!use || !worldWritableMode(use.value) || use.paths.length && use.paths.every((p) => TEMP.test(p.text))) continue;
          out.push(at(ins, wordSpan(cmd, use.mode), `RUN ${name} with mode ${use.value} makes ${use.paths.map((p) => p.text).join(" ") || "files"} world-writable`, `${name} ${use.value}`, { plainMatch: !0 }));
          continue;
        }
        if (name !== "chmod") continue;
        let words = effectiveWords(cmd).slice(1).filter((w) => !/^-[A-Za-z]+$|^--/.test(w.text)), [mode, ...paths] = words;
        if (!mode || !worldWritableMode(mode.text)) continue;
        let kept = paths.filter((p) => !TEMP.test(p.text) && !cmds.some((c) => c.order > cmd.order && commandName(c) === "rm" && c.words.some((w) => w.text === p.text)));
        !kept.length && paths.length || out.push(at(ins, wordSpan(cmd, mode), `RUN chmod ${mode.text} makes ${kept.map((p) => p.text).join(" ") || "files"} world-writable`, `chmod ${mode.text}`, { plainMatch: !0 }));
      }
    }
    return out;
  },
  examples: {
    valid: [
      { code: `FROM postgres:16
RUN mkdir -p /var/run/postgresql && chown -R postgres:postgres /var/run/postgresql && chmod 3777 /var/run/postgresql
` },
      { code: `FROM alpine:3.19
RUN chmod 755 /usr/local/bin/app && chmod -R go-w /app && chmod 777 /tmp/build
` },
      { code: `FROM alpine:3.19
COPY --chmod=0755 entrypoint.sh /
` },
      { code: `FROM alpine:3.19
RUN install -d -m 0777 /tmp/build-cache && mkdir -p -m 1777 /srv/scratch && install -m 0755 app /usr/local/bin/app
RUN find /app -type f -exec chmod 644 {} +
` }
    ],
    invalid: [
      { code: `FROM alpine:3.19
RUN chmod -R 777 /app
`, line: 2 },
      { code: `FROM alpine:3.19
RUN mkdir /data \\
 && chmod a+rwx /data
`, line: 3 },
      { code: `FROM alpine:3.19
COPY --chmod=666 config.yml /etc/app/
`, line: 2 },
      { code: `FROM alpine:3.19
RUN mkdir -p -m 777 /srv/shared
`, line: 2 },
      { code: `FROM alpine:3.19
RUN install -d -m 0777 /var/lib/uploads
`, line: 2 },
      { code: `FROM alpine:3.19
RUN install -Dm666 app.conf /etc/app/app.conf
`, line: 2 },
      { code: `FROM alpine:3.19
RUN find /opt/app -type d \\
      -exec chmod 777 {} +
`, line: 3 }
    ]
  }
};

// lib/dockerfile/checks/insecure-build-flags.ts
var ID17 = "dockerfile/insecure-build-flags", WHY17 = "`RUN --security=insecure` runs the step without the container sandbox and `--network=host` gives it the build host's network; an SSH server in an image is a standing remote login to maintain and attack.", FIX17 = "Drop `--security=insecure` and `--network=host` (fetch with the default network; use `--mount=type=cache` or a build secret instead). Do not run sshd in containers: use `docker exec` / `kubectl exec` for access.", insecureBuildFlags = {
  id: ID17,
  severity: "medium",
  description: "RUN --security=insecure, --network=host, sshd / EXPOSE 22",
  why: WHY17,
  fix: FIX17,
  check(df) {
    let out = [];
    for (let ins of df.instructions) {
      if (ins.keyword === "RUN") {
        for (let f of ins.flags)
          (f.name === "security" && f.value === "insecure" || f.name === "network" && f.value === "host") && out.push(at(ins, f, `RUN --${f.name}=${f.value} weakens the build sandbox`, `--${f.name}=${f.value}`, { plainMatch: !0 }));
        for (let cmd of commandsOf(ins)) {
          let name = commandName(cmd), words = effectiveWords(cmd);
          if (/^(?:apt-get|apt|apk|yum|dnf|microdnf|zypper)$/.test(name) && words.some((w) => /^(?:install|add)$/.test(w.text))) {
            let pkg = words.find((w) => /^(?:openssh-server|dropbear)(?:[=:].*)?$/.test(w.text));
            pkg && out.push(at(ins, wordSpan(cmd, pkg), `RUN installs ${pkg.text}, an SSH server inside the image`, pkg.text, { plainMatch: !0 }));
          }
        }
      }
      if (ins.keyword === "EXPOSE" && !ins.onbuild) {
        let port22 = /(?:^|\s)(22)(?:\/tcp)?(?=\s|$)/, m = port22.exec(ins.args.text);
        m ? out.push(at(ins, ins.args.span(m.index + m[0].indexOf("22"), m.index + m[0].indexOf("22") + 2), "EXPOSE 22 publishes an SSH port", "EXPOSE 22", { plainMatch: !0 })) : port22.test(substitute(ins.args.text, ins.scope, df.escape).value) && out.push(at(ins, argsSpan(ins), `EXPOSE ${ins.args.text.trim()} publishes the SSH port 22`, "EXPOSE 22", { plainMatch: !0 }));
      }
      (ins.keyword === "CMD" || ins.keyword === "ENTRYPOINT") && /(?:^|[\s"/])sshd(?:["\s]|$)/.test(ins.args.text) && out.push(at(ins, argsSpan(ins), `${ins.keyword} starts sshd inside the container`, "sshd", { plainMatch: !0 }));
    }
    return out;
  },
  examples: {
    valid: [
      { code: `FROM alpine:3.19
RUN --mount=type=cache,target=/root/.cache apk add openssh-client
EXPOSE 8022 2222
` },
      { code: `FROM alpine:3.19
RUN --network=none make test
` },
      { code: `FROM alpine:3.19
ARG PORT=2222
EXPOSE \${PORT} \${METRICS_PORT}
` }
    ],
    invalid: [
      { code: `FROM alpine:3.19
RUN --security=insecure make
`, line: 2 },
      { code: `FROM alpine:3.19
RUN --network=host \\
    --mount=type=cache,target=/root/.cache \\
    pip install -r requirements.txt
`, line: 2 },
      { code: `FROM ubuntu:22.04
RUN apt-get update && \\
    apt-get install -y openssh-server
`, line: 3 },
      { code: `FROM ubuntu:22.04
EXPOSE 80 22/tcp
`, line: 2 },
      { code: `FROM ubuntu:22.04
ARG SSH_PORT=22
EXPOSE 8080 \${SSH_PORT}
`, line: 3 },
      { code: `FROM ubuntu:22.04
CMD ["/usr/sbin/sshd", "-D"]
`, line: 2 }
    ]
  }
};

// lib/dockerfile/dockerignore.ts
var import_dockerignore = __toESM(require_ignore());
function dockerignoreCandidates(dockerfilePath) {
  let slash = dockerfilePath.lastIndexOf("/"), dir = slash >= 0 ? dockerfilePath.slice(0, slash + 1) : "", name = dockerfilePath.slice(slash + 1), out = [`${dir}${name}.dockerignore`], parts = dir.split("/").filter(Boolean);
  for (let k = parts.length; k >= 0; k--) out.push(`${parts.slice(0, k).map((p) => p + "/").join("")}.dockerignore`);
  return [...new Set(out)];
}
function compileDockerignore(content) {
  let lines = content.split(/\r?\n/).filter((l) => !l.trimStart().startsWith("#") && isValidPattern(l)), ig = (0, import_dockerignore.default)({ ignorecase: !1 }).add(lines);
  return { ignores: (path) => ig.ignores(path) };
}
function isValidPattern(line) {
  try {
    return (0, import_dockerignore.default)({ ignorecase: !1 }).add(line).ignores("probe"), !0;
  } catch {
    return !1;
  }
}

// lib/dockerfile/checks/context-leak.ts
var ID18 = "dockerfile/context-leak", WHY18 = "`COPY .` sends the whole build context into a layer: without a .dockerignore that excludes them, .env files, private keys and the .git directory (with its history) ship with the image.", FIX18 = "Add a .dockerignore next to the Dockerfile that excludes at least `.git`, `.env*`, `**/*.pem`, `**/*.key` and `**/id_rsa*` (one pattern per line), or copy only what the build needs (`COPY package.json src/ ./`).", PROBES = [
  { path: ".git/HEAD", label: ".git" },
  { path: ".env", label: ".env" },
  { path: "id_rsa", label: "private keys (id_rsa)" },
  { path: "server.key", label: "private keys (*.key)" },
  { path: "server.pem", label: "certificates and keys (*.pem)" }
], WHOLE_CONTEXT = /^(?:\.|\.\/|\*|\.\/\*|\/)$/, contextLeak = {
  id: ID18,
  severity: "medium",
  description: "`COPY .` while .dockerignore is missing or does not exclude .env, keys, .git",
  why: WHY18,
  fix: FIX18,
  async check(df, ctx) {
    let copies = df.instructions.filter((ins) => {
      let spec = copySpec(ins, df.escape);
      return spec && !spec.fromOther && spec.sources.some((s) => WHOLE_CONTEXT.test(s.text));
    });
    if (!copies.length) return [];
    let ignoreFile = null, content = null;
    for (let candidate of dockerignoreCandidates(ctx.path))
      if (content = await ctx.readFile(candidate), content !== null) {
        ignoreFile = candidate;
        break;
      }
    let problem;
    if (content === null)
      problem = "there is no .dockerignore";
    else {
      let matcher = compileDockerignore(content), missing = [...new Set(PROBES.filter((p) => !matcher.ignores(p.path)).map((p) => p.label))];
      if (!missing.length) return [];
      problem = `${ignoreFile} does not exclude ${missing.join(", ")}`;
    }
    let out = [];
    for (let ins of copies) {
      let src = copySpec(ins, df.escape).sources.find((s) => WHOLE_CONTEXT.test(s.text));
      out.push(at(ins, src, `${ins.keyword} ${src.text} copies the whole build context and ${problem}`, `${ins.keyword} ${src.text}`, { plainMatch: !0 }));
    }
    return out;
  },
  examples: {
    valid: [
      { code: `FROM node:20
COPY . .
`, files: { ".dockerignore": `.git
.env*
**/*.pem
**/*.key
**/id_rsa*
node_modules
` } },
      { code: `FROM node:20
COPY . .
`, files: { ".dockerignore": `# allow-list style
*
!src
!package.json
` } },
      { code: `FROM node:20
COPY package.json src/ ./
` },
      { code: `FROM node:20 AS build
FROM nginx:1.25
COPY --from=build . /usr/share/nginx/html
` }
    ],
    invalid: [
      { code: `FROM node:20
WORKDIR /app
COPY . .
`, line: 3 },
      { code: `FROM node:20
COPY . /app
`, files: { ".dockerignore": `node_modules
.git
` }, line: 2 },
      { code: `FROM node:20
ADD ./ /app/
`, files: { ".dockerignore": `.git
.env
*.pem
*.key
id_rsa
!.env
` }, line: 2 }
    ]
  }
};

// lib/dockerfile/checks/index.ts
var dockerfileChecks = [
  envSecret,
  argSecret,
  labelSecret,
  secretFileCopied,
  secretRemovedInLaterLayer,
  secretPersistedByRun,
  credentialInRun,
  addRemoteUnverified,
  remoteScriptPipedToShell,
  downloadUnverified,
  trustDisabled,
  rootUser,
  missingUser,
  unpinnedBaseImage,
  sudoInRun,
  worldWritable,
  insecureBuildFlags,
  contextLeak
];

// lib/dockerfile/parse.ts
var import_dockerfile_ast = __toESM(require_main());
function parseDockerfile(text) {
  let ast = import_dockerfile_ast.DockerfileParser.parse(text), escape = ast.getEscapeCharacter() || "\\", lines = lineStarts(text), off = (p) => Math.min(text.length, (p.line < lines.length ? lines[p.line] : text.length) + p.character), globalArgs = [], stages = [], all = [], globalScope = /* @__PURE__ */ new Map(), scope = /* @__PURE__ */ new Map(), current = null;
  for (let node of ast.getInstructions()) {
    let keyword = node.getKeyword(), stageIndex = current ? current.index : -1;
    if (keyword === "FROM") {
      let from = build(node, !1, stageIndex + 1);
      from.scope = globalScope;
      let words = from.args.text.trim().split(/\s+/).filter(Boolean), rawImage = words[0] ?? "", asAt = words.findIndex((w) => w.toLowerCase() === "as"), name = asAt > 0 && words[asAt + 1] ? words[asAt + 1].toLowerCase() : null, resolved = substitute(rawImage, globalScope, escape), image = resolved.value || null, base = image ? stages.find((s) => s.name === image.toLowerCase()) ?? null : null;
      current = { index: stages.length, name, from, image, imageUnresolved: resolved.unresolved, base, instructions: [], endEnv: /* @__PURE__ */ new Map() }, from.stage = current.index, stages.push(current), all.push(from), scope = new Map(base ? base.endEnv : []);
      continue;
    }
    if (keyword === "ONBUILD") {
      let trigger = node.getTriggerInstruction?.();
      if (!trigger || trigger.getKeyword() === "ONBUILD" || trigger.getKeyword() === "FROM") continue;
      let t = build(trigger, !0, stageIndex);
      t.start = off(node.getRange().start), t.line = node.getRange().start.line + 1, t.scope = scope, all.push(t), current?.instructions.push(t);
      continue;
    }
    let ins = build(node, !1, stageIndex);
    if (!current) {
      if (keyword === "ARG") {
        for (let p of ins.pairs) globalScope.set(p.name, p.value === null ? null : substitute(p.value, globalScope, escape).value);
        ins.scope = new Map(globalScope), globalArgs.push(ins), all.push(ins);
      }
      continue;
    }
    if (keyword === "ARG" || keyword === "ENV") {
      scope = new Map(scope);
      for (let p of ins.pairs)
        keyword === "ARG" && p.value === null ? scope.set(p.name, globalScope.has(p.name) ? globalScope.get(p.name) : scope.get(p.name) ?? null) : scope.set(p.name, p.value === null ? null : substitute(p.value, scope, escape).value);
    }
    ins.scope = scope, current.instructions.push(ins), all.push(ins), keyword === "ENV" && (current.endEnv = envOnly(scope, current));
  }
  return { text, escape, globalArgs, stages, instructions: all };
  function build(node, onbuild, stage) {
    let range = node.getRange(), start = off(range.start), end = off(range.end), keyword = node.getKeyword(), flags = readFlags(node), heredocLines = /* @__PURE__ */ new Set(), heredocs = readHeredocs(node, range.end.line, heredocLines), argsRange = node.getArgumentsRange(), args2 = MappedText.empty(end);
    if (argsRange) {
      let argsStart = off(argsRange.start);
      for (let f of flags) argsStart = Math.max(argsStart, skipSpaces(text, f.end));
      args2 = joinContinuations(argsStart, range.end.line, heredocLines);
    }
    let json = readJson(keyword, args2.text), pairs = keyword === "ENV" || keyword === "ARG" || keyword === "LABEL" ? readPairs(node) : [];
    for (let h of heredocs) h.isScript = isScriptHeredoc(keyword, args2.text, h.name);
    return { keyword, start, end, line: range.start.line + 1, flags, args: args2, json, heredocs, pairs, onbuild, stage, scope: /* @__PURE__ */ new Map() };
  }
  function readFlags(node) {
    let withFlags = node;
    return typeof withFlags.getFlags != "function" ? [] : withFlags.getFlags().map((f) => ({
      name: f.getName().toLowerCase(),
      value: f.getValue(),
      options: new Map(f.getOptions().map((o) => [o.getName().toLowerCase(), o.getValue() ?? ""])),
      start: off(f.getRange().start),
      end: off(f.getRange().end)
    }));
  }
  function readHeredocs(node, lastLine, heredocLines) {
    let withHeredocs = node;
    if (typeof withHeredocs.getHeredocs != "function") return [];
    let out = [], nextBodyLine = -1;
    for (let h of withHeredocs.getHeredocs()) {
      let first = nextBodyLine >= 0 ? nextBodyLine : h.getStartRange().start.line + 1, delimiter = h.getDelimiterRange(), endLine = delimiter ? delimiter.start.line : lastLine + 1;
      if (first > lastLine + 1) break;
      for (let l = first; l <= Math.min(endLine, lastLine); l++) heredocLines.add(l);
      let bodyStart = first < lines.length ? lines[first] : text.length, bodyEnd = endLine < lines.length ? lines[endLine] : text.length;
      bodyEnd > bodyStart && text[bodyEnd - 1] === `
` && bodyEnd--, bodyEnd > bodyStart && text[bodyEnd - 1] === "\r" && bodyEnd--, out.push({ name: h.getName(), body: MappedText.slice(text, bodyStart, Math.max(bodyStart, bodyEnd)), isScript: !1 }), nextBodyLine = endLine + 1;
    }
    return out;
  }
  function joinContinuations(argsStart, lastLine, heredocLines) {
    let b = new MappedTextBuilder(argsStart), line = lineOf(argsStart), segStart = argsStart, continued = !1;
    for (; line <= lastLine && line < lines.length; ) {
      let lineEnd = endOfLine(line);
      if (heredocLines.has(line)) {
        line++, segStart = line < lines.length ? lines[line] : text.length;
        continue;
      }
      let seg = text.slice(segStart, lineEnd);
      if (continued && (seg.trim() === "" || seg.trimStart().startsWith("#"))) {
        line++, segStart = line < lines.length ? lines[line] : text.length;
        continue;
      }
      let m = continuationAt(seg);
      if (m >= 0)
        b.appendSource(text, segStart, segStart + m), continued = !0;
      else {
        if (b.appendSource(text, segStart, lineEnd), !heredocLines.size) break;
        continued = !1;
      }
      line++, segStart = line < lines.length ? lines[line] : text.length;
    }
    return b.build();
  }
  function continuationAt(seg) {
    let i = seg.length;
    for (; i > 0 && (seg[i - 1] === " " || seg[i - 1] === "	"); ) i--;
    return i > 0 && seg[i - 1] === escape ? i - 1 : -1;
  }
  function lineOf(offset) {
    let lo = 0, hi = lines.length - 1;
    for (; lo < hi; ) {
      let mid = lo + hi + 1 >> 1;
      lines[mid] <= offset ? lo = mid : hi = mid - 1;
    }
    return lo;
  }
  function endOfLine(line) {
    let end = line + 1 < lines.length ? lines[line + 1] : text.length;
    return end > lines[line] && text[end - 1] === `
` && end--, end > lines[line] && text[end - 1] === "\r" && end--, end;
  }
  function readPairs(node) {
    let props = node.getProperties?.() ?? [], out = [];
    for (let p of props) {
      let name = p.getName();
      if (!name) continue;
      let nameRange = p.getNameRange(), valueRange = p.getValueRange(), nameStart = off(nameRange.start), nameEnd = off(nameRange.end);
      out.push({
        name,
        value: p.getValue(),
        nameStart,
        nameEnd,
        valueStart: valueRange ? off(valueRange.start) : nameEnd,
        valueEnd: valueRange ? off(valueRange.end) : nameEnd
      });
    }
    return out;
  }
}
function envOnly(scope, stage) {
  let names = /* @__PURE__ */ new Set();
  for (let i of stage.instructions) if (i.keyword === "ENV") for (let p of i.pairs) names.add(p.name);
  for (let n of stage.base?.endEnv.keys() ?? []) names.add(n);
  let out = /* @__PURE__ */ new Map();
  for (let n of names) scope.has(n) && out.set(n, scope.get(n));
  return out;
}
var EXEC_FORM = /* @__PURE__ */ new Set(["RUN", "CMD", "ENTRYPOINT", "ADD", "COPY", "SHELL", "VOLUME", "HEALTHCHECK"]);
function readJson(keyword, args2) {
  if (!EXEC_FORM.has(keyword)) return null;
  let s = args2.trim();
  if (keyword === "HEALTHCHECK" && (s = s.replace(/^CMD\s+/i, "")), !s.startsWith("[")) return null;
  try {
    let v = JSON.parse(s);
    return Array.isArray(v) && v.every((x) => typeof x == "string") ? v : null;
  } catch {
    return null;
  }
}
var INTERPRETER = /^(?:\/(?:usr\/)?(?:local\/)?bin\/)?(?:sh|bash|ash|dash|zsh|ksh|python[0-9.]*|perl|ruby|node|php|pwsh|powershell)$/;
function isScriptHeredoc(keyword, args2, name) {
  if (keyword !== "RUN") return !1;
  let at2 = args2.search(new RegExp(`<<-?\\s*["']?${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  if (at2 < 0) return !1;
  let before = args2.slice(0, at2).split(/&&|\|\||;|\|/).pop().trim();
  if (before === "") return !0;
  let words = before.split(/\s+/);
  return INTERPRETER.test(words[0]) && words.slice(1).every((w) => w.startsWith("-"));
}
function skipSpaces(text, i) {
  for (; i < text.length && (text[i] === " " || text[i] === "	"); ) i++;
  return i;
}
function lineStarts(text) {
  let starts = [0];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    c === 13 ? (text.charCodeAt(i + 1) === 10 && i++, starts.push(i + 1)) : c === 10 && starts.push(i + 1);
  }
  return starts;
}

// lib/dockerfile/detector.ts
var NOT_CREDENTIAL_SHAPED = /generic|entropy/;
function secretHitsIn(ctx, text, path) {
  if (!text || !/[A-Za-z0-9]{8}/.test(text)) return [];
  let starts = [0];
  for (let i = text.indexOf(`
`); i >= 0; i = text.indexOf(`
`, i + 1)) starts.push(i + 1);
  let out = [];
  for (let d of ctx.findSecrets(text, path)) {
    if (NOT_CREDENTIAL_SHAPED.test(d.ruleId)) continue;
    let from = (starts[d.line - 1] ?? 0) + d.column - 1, to = d.endLine === d.line ? from + (d.endColumn - d.column) : from + d.secret.length;
    out.push({ ruleId: d.ruleId, description: d.message.replace(/ found$/, ""), from, to, secret: d.secret });
  }
  return out;
}
var dockerfileRules = dockerfileChecks.flatMap((c) => [
  { id: c.id, category: "dockerfile", severity: c.severity, description: c.description },
  ...c.extraRules ?? []
]);
async function checkDockerfile(file, ctx, checks = dockerfileChecks) {
  let df = parseDockerfile(file.text), checkCtx = {
    path: file.path,
    findSecrets: (text) => secretHitsIn(ctx, text, file.path),
    readFile: (p) => ctx.readFile(p)
  }, out = [], seen = /* @__PURE__ */ new Set();
  for (let check of checks) {
    let found = await check.check(df, checkCtx);
    for (let f of found) {
      let ruleId = f.ruleId ?? check.id, key = `${ruleId}:${f.start}:${f.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let range = file.range(f.start, Math.max(1, f.end - f.start)), anchorLine = file.position(f.anchor).line;
      anchorLine !== range.line && (isAllowedInline(file, anchorLine, ruleId) || isAllowedInline(file, range.line, ruleId, anchorLine)) || out.push({
        ruleId,
        category: "dockerfile",
        severity: f.severity ?? check.severity,
        ...range,
        message: f.message,
        why: f.why ?? check.why,
        fix: f.fix ?? check.fix,
        secret: f.secret,
        ...f.plainMatch ? { plainMatch: !0 } : {}
      });
    }
  }
  return out;
}
var dockerfileDetector = {
  name: "dockerfile",
  rules: dockerfileRules,
  wants: isDockerfilePath,
  detect: checkDockerfile
};
export {
  checkDockerfile,
  dockerfileDetector,
  dockerfileRules,
  secretHitsIn
};
