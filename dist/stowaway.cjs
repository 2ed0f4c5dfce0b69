#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
)), __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);

// lib/config/config-error.ts
var ConfigError, UsageError, init_config_error = __esm({
  "lib/config/config-error.ts"() {
    "use strict";
    ConfigError = class extends Error {
      constructor(file, detail) {
        super(`${file}: ${detail}`);
        this.file = file;
        this.detail = detail;
      }
      file;
      detail;
    }, UsageError = class extends Error {
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports2) {
    "use strict";
    exports2.isInteger = (num) => typeof num == "number" ? Number.isInteger(num) : typeof num == "string" && num.trim() !== "" ? Number.isInteger(Number(num)) : !1;
    exports2.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports2.exceedsLimit = (min, max, step = 1, limit) => limit === !1 || !exports2.isInteger(min) || !exports2.isInteger(max) ? !1 : (Number(max) - Number(min)) / Number(step) >= limit;
    exports2.escapeNode = (block, n = 0, type) => {
      let node = block.nodes[n];
      node && (type && node.type === type || node.type === "open" || node.type === "close") && node.escaped !== !0 && (node.value = "\\" + node.value, node.escaped = !0);
    };
    exports2.encloseBrace = (node) => node.type !== "brace" ? !1 : node.commas >> 0 + node.ranges >> 0 === 0 ? (node.invalid = !0, !0) : !1;
    exports2.isInvalidBrace = (block) => block.type !== "brace" ? !1 : block.invalid === !0 || block.dollar ? !0 : block.commas >> 0 + block.ranges >> 0 === 0 || block.open !== !0 || block.close !== !0 ? (block.invalid = !0, !0) : !1;
    exports2.isOpenOrClose = (node) => node.type === "open" || node.type === "close" ? !0 : node.open === !0 || node.close === !0;
    exports2.reduce = (nodes) => nodes.reduce((acc, node) => (node.type === "text" && acc.push(node.value), node.type === "range" && (node.type = "text"), acc), []);
    exports2.flatten = (...args) => {
      let result = [], flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          let ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          ele !== void 0 && result.push(ele);
        }
        return result;
      };
      return flat(args), result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    module2.exports = (ast, options = {}) => {
      let stringify = (node, parent = {}) => {
        let invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent), invalidNode = node.invalid === !0 && options.escapeInvalid === !0, output = "";
        if (node.value)
          return (invalidBlock || invalidNode) && utils.isOpenOrClose(node) ? "\\" + node.value : node.value;
        if (node.value)
          return node.value;
        if (node.nodes)
          for (let child of node.nodes)
            output += stringify(child);
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(num) {
      return typeof num == "number" ? num - num === 0 : typeof num == "string" && num.trim() !== "" ? Number.isFinite ? Number.isFinite(+num) : isFinite(+num) : !1;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports2, module2) {
    "use strict";
    var isNumber = require_is_number(), toRegexRange = (min, max, options) => {
      if (isNumber(min) === !1)
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      if (max === void 0 || min === max)
        return String(min);
      if (isNumber(max) === !1)
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      let opts = { relaxZeros: !0, ...options };
      typeof opts.strictZeros == "boolean" && (opts.relaxZeros = opts.strictZeros === !1);
      let relax = String(opts.relaxZeros), shorthand = String(opts.shorthand), capture = String(opts.capture), wrap = String(opts.wrap), cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey))
        return toRegexRange.cache[cacheKey].result;
      let a = Math.min(min, max), b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        return opts.capture ? `(${result})` : opts.wrap === !1 ? result : `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max), state2 = { min, max, a, b }, positives = [], negatives = [];
      if (isPadded && (state2.isPadded = isPadded, state2.maxLen = String(state2.max).length), a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state2, opts), a = state2.a = 0;
      }
      return b >= 0 && (positives = splitToPatterns(a, b, state2, opts)), state2.negatives = negatives, state2.positives = positives, state2.result = collatePatterns(negatives, positives, opts), opts.capture === !0 ? state2.result = `(${state2.result})` : opts.wrap !== !1 && positives.length + negatives.length > 1 && (state2.result = `(?:${state2.result})`), toRegexRange.cache[cacheKey] = state2, state2.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", !1, options) || [], onlyPositive = filterPatterns(pos, neg, "", !1, options) || [], intersected = filterPatterns(neg, pos, "-?", !0, options) || [];
      return onlyNegative.concat(intersected).concat(onlyPositive).join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1, zeros = 1, stop = countNines(min, nines), stops = /* @__PURE__ */ new Set([max]);
      for (; min <= stop && stop <= max; )
        stops.add(stop), nines += 1, stop = countNines(min, nines);
      for (stop = countZeros(max + 1, zeros) - 1; min < stop && stop <= max; )
        stops.add(stop), zeros += 1, stop = countZeros(max + 1, zeros) - 1;
      return stops = [...stops], stops.sort(compare), stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop)
        return { pattern: start, count: [], digits: 0 };
      let zipped = zip(start, stop), digits = zipped.length, pattern = "", count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        startDigit === stopDigit ? pattern += startDigit : startDigit !== "0" || stopDigit !== "9" ? pattern += toCharacterClass(startDigit, stopDigit, options) : count++;
      }
      return count && (pattern += options.shorthand === !0 ? "\\d" : "[0-9]"), { pattern, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max), tokens = [], start = min, prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i], obj = rangeToPattern(String(start), String(max2), options), zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          prev.count.length > 1 && prev.count.pop(), prev.count.push(obj.count[0]), prev.string = prev.pattern + toQuantifier(prev.count), start = max2 + 1;
          continue;
        }
        tok.isPadded && (zeros = padZeros(max2, tok, options)), obj.string = zeros + obj.pattern + toQuantifier(obj.count), tokens.push(obj), start = max2 + 1, prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        !intersection && !contains(comparison, "string", string) && result.push(prefix + string), intersection && contains(comparison, "string", string) && result.push(prefix + string);
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      return stop || start > 1 ? `{${start + (stop ? "," + stop : "")}}` : "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded)
        return value;
      let diff = Math.abs(tok.maxLen - String(value).length), relax = options.relaxZeros !== !1;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default:
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module2.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports2, module2) {
    "use strict";
    var util = require("util"), toRegexRange = require_to_regex_range(), isObject = (val) => val !== null && typeof val == "object" && !Array.isArray(val), transform = (toNumber) => (value) => toNumber === !0 ? Number(value) : String(value), isValidValue = (value) => typeof value == "number" || typeof value == "string" && value !== "", isNumber = (num) => Number.isInteger(+num), zeros = (input) => {
      let value = `${input}`, index = -1;
      if (value[0] === "-" && (value = value.slice(1)), value === "0") return !1;
      for (; value[++index] === "0"; ) ;
      return index > 0;
    }, stringify = (start, end, options) => typeof start == "string" || typeof end == "string" ? !0 : options.stringify === !0, pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        dash && (input = input.slice(1)), input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      return toNumber === !1 ? String(input) : input;
    }, toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      for (negative && (input = input.slice(1), maxLength--); input.length < maxLength; ) input = "0" + input;
      return negative ? "-" + input : input;
    }, toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0), parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:", positives = "", negatives = "", result;
      return parts.positives.length && (positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|")), parts.negatives.length && (negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`), positives && negatives ? result = `${positives}|${negatives}` : result = positives || negatives, options.wrap ? `(${prefix}${result})` : result;
    }, toRange = (a, b, isNumbers, options) => {
      if (isNumbers)
        return toRegexRange(a, b, { wrap: !1, ...options });
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    }, toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === !0, prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    }, rangeError = (...args) => new RangeError("Invalid range arguments: " + util.inspect(...args)), invalidRange = (start, end, options) => {
      if (options.strictRanges === !0) throw rangeError([start, end]);
      return [];
    }, invalidStep = (step, options) => {
      if (options.strictRanges === !0)
        throw new TypeError(`Expected step "${step}" to be a number`);
      return [];
    }, fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start), b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === !0) throw rangeError([start, end]);
        return [];
      }
      a === 0 && (a = 0), b === 0 && (b = 0);
      let descending = a > b, startString = String(start), endString = String(end), stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString), maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0, toNumber = padded === !1 && stringify(start, end, options) === !1, format = options.transform || transform(toNumber);
      if (options.toRegex && step === 1)
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), !0, options);
      let parts = { negatives: [], positives: [] }, push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num)), range = [], index = 0;
      for (; descending ? a >= b : a <= b; )
        options.toRegex === !0 && step > 1 ? push(a) : range.push(pad(format(a, index), maxLen, toNumber)), a = descending ? a - step : a + step, index++;
      return options.toRegex === !0 ? step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: !1, ...options }) : range;
    }, fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1)
        return invalidRange(start, end, options);
      let format = options.transform || ((val) => String.fromCharCode(val)), a = `${start}`.charCodeAt(0), b = `${end}`.charCodeAt(0), descending = a > b, min = Math.min(a, b), max = Math.max(a, b);
      if (options.toRegex && step === 1)
        return toRange(min, max, !1, options);
      let range = [], index = 0;
      for (; descending ? a >= b : a <= b; )
        range.push(format(a, index)), a = descending ? a - step : a + step, index++;
      return options.toRegex === !0 ? toRegex(range, null, { wrap: !1, options }) : range;
    }, fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start))
        return [start];
      if (!isValidValue(start) || !isValidValue(end))
        return invalidRange(start, end, options);
      if (typeof step == "function")
        return fill(start, end, 1, { transform: step });
      if (isObject(step))
        return fill(start, end, 0, step);
      let opts = { ...options };
      return opts.capture === !0 && (opts.wrap = !0), step = step || opts.step || 1, isNumber(step) ? isNumber(start) && isNumber(end) ? fillNumbers(start, end, step, opts) : fillLetters(start, end, Math.max(Math.abs(step), 1), opts) : step != null && !isObject(step) ? invalidStep(step, opts) : fill(start, end, 1, step);
    };
    module2.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports2, module2) {
    "use strict";
    var fill = require_fill_range(), utils = require_utils(), compile2 = (ast, options = {}) => {
      let walk2 = (node, parent = {}) => {
        let invalidBlock = utils.isInvalidBrace(parent), invalidNode = node.invalid === !0 && options.escapeInvalid === !0, invalid = invalidBlock === !0 || invalidNode === !0, prefix = options.escapeInvalid === !0 ? "\\" : "", output = "";
        if (node.isOpen === !0)
          return prefix + node.value;
        if (node.isClose === !0)
          return console.log("node.isClose", prefix, node.value), prefix + node.value;
        if (node.type === "open")
          return invalid ? prefix + node.value : "(";
        if (node.type === "close")
          return invalid ? prefix + node.value : ")";
        if (node.type === "comma")
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        if (node.value)
          return node.value;
        if (node.nodes && node.ranges > 0) {
          let args = utils.reduce(node.nodes), range = fill(...args, { ...options, wrap: !1, toRegex: !0, strictZeros: !0 });
          if (range.length !== 0)
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
        }
        if (node.nodes)
          for (let child of node.nodes)
            output += walk2(child, node);
        return output;
      };
      return walk2(ast);
    };
    module2.exports = compile2;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports2, module2) {
    "use strict";
    var fill = require_fill_range(), stringify = require_stringify(), utils = require_utils(), append = (queue = "", stash = "", enclose = !1) => {
      let result = [];
      if (queue = [].concat(queue), stash = [].concat(stash), !stash.length) return queue;
      if (!queue.length)
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      for (let item of queue)
        if (Array.isArray(item))
          for (let value of item)
            result.push(append(value, stash, enclose));
        else
          for (let ele of stash)
            enclose === !0 && typeof ele == "string" && (ele = `{${ele}}`), result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
      return utils.flatten(result);
    }, expand = (ast, options = {}) => {
      let rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit, walk2 = (node, parent = {}) => {
        node.queue = [];
        let p = parent, q = parent.queue;
        for (; p.type !== "brace" && p.type !== "root" && p.parent; )
          p = p.parent, q = p.queue;
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== !0 && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          let args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit))
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          let range = fill(...args, options);
          range.length === 0 && (range = stringify(node, options)), q.push(append(q.pop(), range)), node.nodes = [];
          return;
        }
        let enclose = utils.encloseBrace(node), queue = node.queue, block = node;
        for (; block.type !== "brace" && block.type !== "root" && block.parent; )
          block = block.parent, queue = block.queue;
        for (let i = 0; i < node.nodes.length; i++) {
          let child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            i === 1 && queue.push(""), queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          child.nodes && walk2(child, node);
        }
        return queue;
      };
      return utils.flatten(walk2(ast));
    };
    module2.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports2, module2) {
    "use strict";
    module2.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: `
`,
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports2, module2) {
    "use strict";
    var stringify = require_stringify(), {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants(), parse = (input, options = {}) => {
      if (typeof input != "string")
        throw new TypeError("Expected a string");
      let opts = options || {}, max = typeof opts.maxLength == "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max)
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      let ast = { type: "root", input, nodes: [] }, stack = [ast], block = ast, prev = ast, brackets = 0, length = input.length, index = 0, depth = 0, value, advance = () => input[index++], push = (node) => {
        if (node.type === "text" && prev.type === "dot" && (prev.type = "text"), prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        return block.nodes.push(node), node.parent = block, node.prev = prev, prev = node, node;
      };
      for (push({ type: "bos" }); index < length; )
        if (block = stack[stack.length - 1], value = advance(), !(value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE)) {
          if (value === CHAR_BACKSLASH) {
            push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
            continue;
          }
          if (value === CHAR_RIGHT_SQUARE_BRACKET) {
            push({ type: "text", value: "\\" + value });
            continue;
          }
          if (value === CHAR_LEFT_SQUARE_BRACKET) {
            brackets++;
            let next;
            for (; index < length && (next = advance()); ) {
              if (value += next, next === CHAR_LEFT_SQUARE_BRACKET) {
                brackets++;
                continue;
              }
              if (next === CHAR_BACKSLASH) {
                value += advance();
                continue;
              }
              if (next === CHAR_RIGHT_SQUARE_BRACKET && (brackets--, brackets === 0))
                break;
            }
            push({ type: "text", value });
            continue;
          }
          if (value === CHAR_LEFT_PARENTHESES) {
            block = push({ type: "paren", nodes: [] }), stack.push(block), push({ type: "text", value });
            continue;
          }
          if (value === CHAR_RIGHT_PARENTHESES) {
            if (block.type !== "paren") {
              push({ type: "text", value });
              continue;
            }
            block = stack.pop(), push({ type: "text", value }), block = stack[stack.length - 1];
            continue;
          }
          if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
            let open = value, next;
            for (options.keepQuotes !== !0 && (value = ""); index < length && (next = advance()); ) {
              if (next === CHAR_BACKSLASH) {
                value += next + advance();
                continue;
              }
              if (next === open) {
                options.keepQuotes === !0 && (value += next);
                break;
              }
              value += next;
            }
            push({ type: "text", value });
            continue;
          }
          if (value === CHAR_LEFT_CURLY_BRACE) {
            depth++;
            let brace = {
              type: "brace",
              open: !0,
              close: !1,
              dollar: prev.value && prev.value.slice(-1) === "$" || block.dollar === !0,
              depth,
              commas: 0,
              ranges: 0,
              nodes: []
            };
            block = push(brace), stack.push(block), push({ type: "open", value });
            continue;
          }
          if (value === CHAR_RIGHT_CURLY_BRACE) {
            if (block.type !== "brace") {
              push({ type: "text", value });
              continue;
            }
            let type = "close";
            block = stack.pop(), block.close = !0, push({ type, value }), depth--, block = stack[stack.length - 1];
            continue;
          }
          if (value === CHAR_COMMA && depth > 0) {
            if (block.ranges > 0) {
              block.ranges = 0;
              let open = block.nodes.shift();
              block.nodes = [open, { type: "text", value: stringify(block) }];
            }
            push({ type: "comma", value }), block.commas++;
            continue;
          }
          if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
            let siblings = block.nodes;
            if (depth === 0 || siblings.length === 0) {
              push({ type: "text", value });
              continue;
            }
            if (prev.type === "dot") {
              if (block.range = [], prev.value += value, prev.type = "range", block.nodes.length !== 3 && block.nodes.length !== 5) {
                block.invalid = !0, block.ranges = 0, prev.type = "text";
                continue;
              }
              block.ranges++, block.args = [];
              continue;
            }
            if (prev.type === "range") {
              siblings.pop();
              let before = siblings[siblings.length - 1];
              before.value += prev.value + value, prev = before, block.ranges--;
              continue;
            }
            push({ type: "dot", value });
            continue;
          }
          push({ type: "text", value });
        }
      do
        if (block = stack.pop(), block.type !== "root") {
          block.nodes.forEach((node) => {
            node.nodes || (node.type === "open" && (node.isOpen = !0), node.type === "close" && (node.isClose = !0), node.nodes || (node.type = "text"), node.invalid = !0);
          });
          let parent = stack[stack.length - 1], index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      while (stack.length > 0);
      return push({ type: "eos" }), ast;
    };
    module2.exports = parse;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports2, module2) {
    "use strict";
    var stringify = require_stringify(), compile2 = require_compile(), expand = require_expand(), parse = require_parse(), braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input))
        for (let pattern of input) {
          let result = braces.create(pattern, options);
          Array.isArray(result) ? output.push(...result) : output.push(result);
        }
      else
        output = [].concat(braces.create(input, options));
      return options && options.expand === !0 && options.nodupes === !0 && (output = [...new Set(output)]), output;
    };
    braces.parse = (input, options = {}) => parse(input, options);
    braces.stringify = (input, options = {}) => stringify(typeof input == "string" ? braces.parse(input, options) : input, options);
    braces.compile = (input, options = {}) => (typeof input == "string" && (input = braces.parse(input, options)), compile2(input, options));
    braces.expand = (input, options = {}) => {
      typeof input == "string" && (input = braces.parse(input, options));
      let result = expand(input, options);
      return options.noempty === !0 && (result = result.filter(Boolean)), options.nodupes === !0 && (result = [...new Set(result)]), result;
    };
    braces.create = (input, options = {}) => input === "" || input.length < 3 ? [input] : options.expand !== !0 ? braces.compile(input, options) : braces.expand(input, options);
    module2.exports = braces;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var path = require("path"), WIN_SLASH = "\\\\/", WIN_NO_SLASH = `[^${WIN_SLASH}]`, DEFAULT_MAX_EXTGLOB_RECURSION = 0, DOT_LITERAL = "\\.", PLUS_LITERAL = "\\+", QMARK_LITERAL = "\\?", SLASH_LITERAL = "\\/", ONE_CHAR = "(?=.)", QMARK = "[^/]", END_ANCHOR = `(?:${SLASH_LITERAL}|$)`, START_ANCHOR = `(?:^|${SLASH_LITERAL})`, DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`, NO_DOT = `(?!${DOT_LITERAL})`, NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`, NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`, NO_DOTS_SLASH = `(?!${DOTS_SLASH})`, QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`, STAR = `${QMARK}*?`, POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    }, WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    }, POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars2) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars2.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === !0 ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var path = require("path"), win32 = process.platform === "win32", {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports2.isObject = (val) => val !== null && typeof val == "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.removeBackslashes = (str) => str.replace(REGEX_REMOVE_BACKSLASH, (match) => match === "\\" ? "" : match);
    exports2.supportsLookbehinds = () => {
      let segs = process.version.slice(1).split(".").map(Number);
      return segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10;
    };
    exports2.isWindows = (options) => options && typeof options.windows == "boolean" ? options.windows : win32 === !0 || path.sep === "\\";
    exports2.escapeLast = (input, char, lastIdx) => {
      let idx = input.lastIndexOf(char, lastIdx);
      return idx === -1 ? input : input[idx - 1] === "\\" ? exports2.escapeLast(input, char, idx - 1) : `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state2 = {}) => {
      let output = input;
      return output.startsWith("./") && (output = output.slice(2), state2.prefix = "./"), output;
    };
    exports2.wrapOutput = (input, state2 = {}, options = {}) => {
      let prepend = options.contains ? "" : "^", append = options.contains ? "" : "$", output = `${prepend}(?:${input})${append}`;
      return state2.negated === !0 && (output = `(?:^(?!${output}).*$)`), output;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils2(), {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2(), isPathSeparator = (code) => code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH, depth = (token) => {
      token.isPrefix !== !0 && (token.depth = token.isGlobstar ? 1 / 0 : 1);
    }, scan = (input, options) => {
      let opts = options || {}, length = input.length - 1, scanToEnd = opts.parts === !0 || opts.scanToEnd === !0, slashes = [], tokens = [], parts = [], str = input, index = -1, start = 0, lastIndex = 0, isBrace = !1, isBracket = !1, isGlob = !1, isExtglob = !1, isGlobstar = !1, braceEscaped = !1, backslashes = !1, negated = !1, negatedExtglob = !1, finished = !1, braces = 0, prev, code, token = { value: "", depth: 0, isGlob: !1 }, eos = () => index >= length, peek = () => str.charCodeAt(index + 1), advance = () => (prev = code, str.charCodeAt(++index));
      for (; index < length; ) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = !0, code = advance(), code === CHAR_LEFT_CURLY_BRACE && (braceEscaped = !0);
          continue;
        }
        if (braceEscaped === !0 || code === CHAR_LEFT_CURLY_BRACE) {
          for (braces++; eos() !== !0 && (code = advance()); ) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = !0, advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== !0 && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              if (isBrace = token.isBrace = !0, isGlob = token.isGlob = !0, finished = !0, scanToEnd === !0)
                continue;
              break;
            }
            if (braceEscaped !== !0 && code === CHAR_COMMA) {
              if (isBrace = token.isBrace = !0, isGlob = token.isGlob = !0, finished = !0, scanToEnd === !0)
                continue;
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE && (braces--, braces === 0)) {
              braceEscaped = !1, isBrace = token.isBrace = !0, finished = !0;
              break;
            }
          }
          if (scanToEnd === !0)
            continue;
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          if (slashes.push(index), tokens.push(token), token = { value: "", depth: 0, isGlob: !1 }, finished === !0) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== !0 && (code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK) === !0 && peek() === CHAR_LEFT_PARENTHESES) {
          if (isGlob = token.isGlob = !0, isExtglob = token.isExtglob = !0, finished = !0, code === CHAR_EXCLAMATION_MARK && index === start && (negatedExtglob = !0), scanToEnd === !0) {
            for (; eos() !== !0 && (code = advance()); ) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = !0, code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                isGlob = token.isGlob = !0, finished = !0;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK && (isGlobstar = token.isGlobstar = !0), isGlob = token.isGlob = !0, finished = !0, scanToEnd === !0)
            continue;
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          if (isGlob = token.isGlob = !0, finished = !0, scanToEnd === !0)
            continue;
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          for (; eos() !== !0 && (next = advance()); ) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = !0, advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = !0, isGlob = token.isGlob = !0, finished = !0;
              break;
            }
          }
          if (scanToEnd === !0)
            continue;
          break;
        }
        if (opts.nonegate !== !0 && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = !0, start++;
          continue;
        }
        if (opts.noparen !== !0 && code === CHAR_LEFT_PARENTHESES) {
          if (isGlob = token.isGlob = !0, scanToEnd === !0) {
            for (; eos() !== !0 && (code = advance()); ) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = !0, code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = !0;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === !0) {
          if (finished = !0, scanToEnd === !0)
            continue;
          break;
        }
      }
      opts.noext === !0 && (isExtglob = !1, isGlob = !1);
      let base = str, prefix = "", glob = "";
      start > 0 && (prefix = str.slice(0, start), str = str.slice(start), lastIndex -= start), base && isGlob === !0 && lastIndex > 0 ? (base = str.slice(0, lastIndex), glob = str.slice(lastIndex)) : isGlob === !0 ? (base = "", glob = str) : base = str, base && base !== "" && base !== "/" && base !== str && isPathSeparator(base.charCodeAt(base.length - 1)) && (base = base.slice(0, -1)), opts.unescape === !0 && (glob && (glob = utils.removeBackslashes(glob)), base && backslashes === !0 && (base = utils.removeBackslashes(base)));
      let state2 = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === !0 && (state2.maxDepth = 0, isPathSeparator(code) || tokens.push(token), state2.tokens = tokens), opts.parts === !0 || opts.tokens === !0) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          let n = prevIndex ? prevIndex + 1 : start, i = slashes[idx], value = input.slice(n, i);
          opts.tokens && (idx === 0 && start !== 0 ? (tokens[idx].isPrefix = !0, tokens[idx].value = prefix) : tokens[idx].value = value, depth(tokens[idx]), state2.maxDepth += tokens[idx].depth), (idx !== 0 || value !== "") && parts.push(value), prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          let value = input.slice(prevIndex + 1);
          parts.push(value), opts.tokens && (tokens[tokens.length - 1].value = value, depth(tokens[tokens.length - 1]), state2.maxDepth += tokens[tokens.length - 1].depth);
        }
        state2.slashes = slashes, state2.parts = parts;
      }
      return state2;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants = require_constants2(), utils = require_utils2(), {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants, expandRange = (args, options) => {
      if (typeof options.expandRange == "function")
        return options.expandRange(...args, options);
      args.sort();
      let value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    }, syntaxError = (type, char) => `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`, splitTopLevel = (input) => {
      let parts = [], bracket = 0, paren = 0, quote = 0, value = "", escaped = !1;
      for (let ch of input) {
        if (escaped === !0) {
          value += ch, escaped = !1;
          continue;
        }
        if (ch === "\\") {
          value += ch, escaped = !0;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1, value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[")
            bracket++;
          else if (ch === "]" && bracket > 0)
            bracket--;
          else if (bracket === 0) {
            if (ch === "(")
              paren++;
            else if (ch === ")" && paren > 0)
              paren--;
            else if (ch === "|" && paren === 0) {
              parts.push(value), value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      return parts.push(value), parts;
    }, isPlainBranch = (branch) => {
      let escaped = !1;
      for (let ch of branch) {
        if (escaped === !0) {
          escaped = !1;
          continue;
        }
        if (ch === "\\") {
          escaped = !0;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch))
          return !1;
      }
      return !0;
    }, normalizeSimpleBranch = (branch) => {
      let value = branch.trim(), changed = !0;
      for (; changed === !0; )
        changed = !1, /^@\([^\\()[\]{}|]+\)$/.test(value) && (value = value.slice(2, -1), changed = !0);
      if (isPlainBranch(value))
        return value.replace(/\\(.)/g, "$1");
    }, hasRepeatedCharPrefixOverlap = (branches) => {
      let values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++)
        for (let j = i + 1; j < values.length; j++) {
          let a = values[i], b = values[j], char = a[0];
          if (!(!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) && (a === b || a.startsWith(b) || b.startsWith(a)))
            return !0;
        }
      return !1;
    }, parseRepeatedExtglob = (pattern, requireEnd = !0) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(")
        return;
      let bracket = 0, paren = 0, quote = 0, escaped = !1;
      for (let i = 1; i < pattern.length; i++) {
        let ch = pattern[i];
        if (escaped === !0) {
          escaped = !1;
          continue;
        }
        if (ch === "\\") {
          escaped = !0;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote !== 1) {
          if (ch === "[") {
            bracket++;
            continue;
          }
          if (ch === "]" && bracket > 0) {
            bracket--;
            continue;
          }
          if (!(bracket > 0)) {
            if (ch === "(") {
              paren++;
              continue;
            }
            if (ch === ")" && (paren--, paren === 0))
              return requireEnd === !0 && i !== pattern.length - 1 ? void 0 : {
                type: pattern[0],
                body: pattern.slice(2, i),
                end: i
              };
          }
        }
      }
    }, getStarExtglobSequenceOutput = (pattern) => {
      let index = 0, chars2 = [];
      for (; index < pattern.length; ) {
        let match = parseRepeatedExtglob(pattern.slice(index), !1);
        if (!match || match.type !== "*")
          return;
        let branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1)
          return;
        let branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1)
          return;
        chars2.push(branch), index += match.end + 1;
      }
      return chars2.length < 1 ? void 0 : `${chars2.length === 1 ? utils.escapeRegex(chars2[0]) : `[${chars2.map((ch) => utils.escapeRegex(ch)).join("")}]`}*`;
    }, repeatedExtglobRecursion = (pattern) => {
      let depth = 0, value = pattern.trim(), match = parseRepeatedExtglob(value);
      for (; match; )
        depth++, value = match.body.trim(), match = parseRepeatedExtglob(value);
      return depth;
    }, analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === !1)
        return { risky: !1 };
      let max = typeof options.maxExtglobRecursion == "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION, branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1 && (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)))
        return { risky: !0 };
      for (let branch of branches) {
        let safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput)
          return { risky: !0, safeOutput };
        if (repeatedExtglobRecursion(branch) > max)
          return { risky: !0 };
      }
      return { risky: !1 };
    }, parse = (input, options) => {
      if (typeof input != "string")
        throw new TypeError("Expected a string");
      input = REPLACEMENTS[input] || input;
      let opts = { ...options }, max = typeof opts.maxLength == "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH, len = input.length;
      if (len > max)
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      let bos = { type: "bos", value: "", output: opts.prepend || "" }, tokens = [bos], capture = opts.capture ? "" : "?:", win32 = utils.isWindows(options), PLATFORM_CHARS = constants.globChars(win32), EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS), {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS, globstar = (opts2) => `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`, nodot = opts.dot ? "" : NO_DOT, qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT, star = opts.bash === !0 ? globstar(opts) : STAR;
      opts.capture && (star = `(${star})`), typeof opts.noext == "boolean" && (opts.noextglob = opts.noext);
      let state2 = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === !0,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: !1,
        negated: !1,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: !1,
        tokens
      };
      input = utils.removePrefix(input, state2), len = input.length;
      let extglobs = [], braces = [], stack = [], prev = bos, value, eos = () => state2.index === len - 1, peek = state2.peek = (n = 1) => input[state2.index + n], advance = state2.advance = () => input[++state2.index] || "", remaining = () => input.slice(state2.index + 1), consume = (value2 = "", num = 0) => {
        state2.consumed += value2, state2.index += num;
      }, append = (token) => {
        state2.output += token.output != null ? token.output : token.value, consume(token.value);
      }, negate = () => {
        let count = 1;
        for (; peek() === "!" && (peek(2) !== "(" || peek(3) === "?"); )
          advance(), state2.start++, count++;
        return count % 2 === 0 ? !1 : (state2.negated = !0, state2.start++, !0);
      }, increment = (type) => {
        state2[type]++, stack.push(type);
      }, decrement = (type) => {
        state2[type]--, stack.pop();
      }, push = (tok) => {
        if (prev.type === "globstar") {
          let isBrace = state2.braces > 0 && (tok.type === "comma" || tok.type === "brace"), isExtglob = tok.extglob === !0 || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob && (state2.output = state2.output.slice(0, -prev.output.length), prev.type = "star", prev.value = "*", prev.output = star, state2.output += prev.output);
        }
        if (extglobs.length && tok.type !== "paren" && (extglobs[extglobs.length - 1].inner += tok.value), (tok.value || tok.output) && append(tok), prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value, prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev, tokens.push(tok), prev = tok;
      }, extglobOpen = (type, value2) => {
        let token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev, token.parens = state2.parens, token.output = state2.output, token.startIndex = state2.index, token.tokensIndex = tokens.length;
        let output = (opts.capture ? "(" : "") + token.open;
        increment("parens"), push({ type, value: value2, output: state2.output ? "" : ONE_CHAR }), push({ type: "paren", extglob: !0, value: advance(), output }), extglobs.push(token);
      }, extglobClose = (token) => {
        let literal = input.slice(token.startIndex, state2.index + 1), body = input.slice(token.startIndex + 2, state2.index), analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          let safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0, open = tokens[token.tokensIndex];
          open.type = "text", open.value = literal, open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++)
            tokens[i].value = "", tokens[i].output = "", delete tokens[i].suffix;
          state2.output = token.output + open.output, state2.backtrack = !0, push({ type: "paren", extglob: !0, value, output: "" }), decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : ""), rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/") && (extglobStar = globstar(opts)), (extglobStar !== star || eos() || /^\)+$/.test(remaining())) && (output = token.close = `)$))${extglobStar}`), token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            let expression = parse(rest, { ...options, fastpaths: !1 }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          token.prev.type === "bos" && (state2.negatedExtglob = !0);
        }
        push({ type: "paren", extglob: !0, value, output }), decrement("parens");
      };
      if (opts.fastpaths !== !1 && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = !1, output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars2, first, rest, index) => first === "\\" ? (backslashes = !0, m) : first === "?" ? esc ? esc + first + (rest ? QMARK.repeat(rest.length) : "") : index === 0 ? qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "") : QMARK.repeat(chars2.length) : first === "." ? DOT_LITERAL.repeat(chars2.length) : first === "*" ? esc ? esc + first + (rest ? star : "") : star : esc ? m : `\\${m}`);
        return backslashes === !0 && (opts.unescape === !0 ? output = output.replace(/\\/g, "") : output = output.replace(/\\+/g, (m) => m.length % 2 === 0 ? "\\\\" : m ? "\\" : "")), output === input && opts.contains === !0 ? (state2.output = input, state2) : (state2.output = utils.wrapOutput(output, state2, options), state2);
      }
      for (; !eos(); ) {
        if (value = advance(), value === "\0")
          continue;
        if (value === "\\") {
          let next = peek();
          if (next === "/" && opts.bash !== !0 || next === "." || next === ";")
            continue;
          if (!next) {
            value += "\\", push({ type: "text", value });
            continue;
          }
          let match = /^\\+/.exec(remaining()), slashes = 0;
          if (match && match[0].length > 2 && (slashes = match[0].length, state2.index += slashes, slashes % 2 !== 0 && (value += "\\")), opts.unescape === !0 ? value = advance() : value += advance(), state2.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state2.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== !1 && value === ":") {
            let inner = prev.value.slice(1);
            if (inner.includes("[") && (prev.posix = !0, inner.includes(":"))) {
              let idx = prev.value.lastIndexOf("["), pre = prev.value.slice(0, idx), rest2 = prev.value.slice(idx + 2), posix = POSIX_REGEX_SOURCE[rest2];
              if (posix) {
                prev.value = pre + posix, state2.backtrack = !0, advance(), !bos.output && tokens.indexOf(prev) === 1 && (bos.output = ONE_CHAR);
                continue;
              }
            }
          }
          (value === "[" && peek() !== ":" || value === "-" && peek() === "]") && (value = `\\${value}`), value === "]" && (prev.value === "[" || prev.value === "[^") && (value = `\\${value}`), opts.posix === !0 && value === "!" && prev.value === "[" && (value = "^"), prev.value += value, append({ value });
          continue;
        }
        if (state2.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value), prev.value += value, append({ value });
          continue;
        }
        if (value === '"') {
          state2.quotes = state2.quotes === 1 ? 0 : 1, opts.keepQuotes === !0 && push({ type: "text", value });
          continue;
        }
        if (value === "(") {
          increment("parens"), push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state2.parens === 0 && opts.strictBrackets === !0)
            throw new SyntaxError(syntaxError("opening", "("));
          let extglob = extglobs[extglobs.length - 1];
          if (extglob && state2.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state2.parens ? ")" : "\\)" }), decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === !0 || !remaining().includes("]")) {
            if (opts.nobracket !== !0 && opts.strictBrackets === !0)
              throw new SyntaxError(syntaxError("closing", "]"));
            value = `\\${value}`;
          } else
            increment("brackets");
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === !0 || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state2.brackets === 0) {
            if (opts.strictBrackets === !0)
              throw new SyntaxError(syntaxError("opening", "["));
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          let prevValue = prev.value.slice(1);
          if (prev.posix !== !0 && prevValue[0] === "^" && !prevValue.includes("/") && (value = `/${value}`), prev.value += value, append({ value }), opts.literalBrackets === !1 || utils.hasRegexChars(prevValue))
            continue;
          let escaped = utils.escapeRegex(prev.value);
          if (state2.output = state2.output.slice(0, -prev.value.length), opts.literalBrackets === !0) {
            state2.output += escaped, prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`, state2.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== !0) {
          increment("braces");
          let open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state2.output.length,
            tokensIndex: state2.tokens.length
          };
          braces.push(open), push(open);
          continue;
        }
        if (value === "}") {
          let brace = braces[braces.length - 1];
          if (opts.nobrace === !0 || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === !0) {
            let arr = tokens.slice(), range = [];
            for (let i = arr.length - 1; i >= 0 && (tokens.pop(), arr[i].type !== "brace"); i--)
              arr[i].type !== "dots" && range.unshift(arr[i].value);
            output = expandRange(range, opts), state2.backtrack = !0;
          }
          if (brace.comma !== !0 && brace.dots !== !0) {
            let out = state2.output.slice(0, brace.outputIndex), toks = state2.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{", value = output = "\\}", state2.output = out;
            for (let t of toks)
              state2.output += t.output || t.value;
          }
          push({ type: "brace", value, output }), decrement("braces"), braces.pop();
          continue;
        }
        if (value === "|") {
          extglobs.length > 0 && extglobs[extglobs.length - 1].conditions++, push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value, brace = braces[braces.length - 1];
          brace && stack[stack.length - 1] === "braces" && (brace.comma = !0, output = "|"), push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state2.index === state2.start + 1) {
            state2.start = state2.index + 1, state2.consumed = "", state2.output = "", tokens.pop(), prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state2.braces > 0 && prev.type === "dot") {
            prev.value === "." && (prev.output = DOT_LITERAL);
            let brace = braces[braces.length - 1];
            prev.type = "dots", prev.output += value, prev.value += value, brace.dots = !0;
            continue;
          }
          if (state2.braces + state2.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          if (!(prev && prev.value === "(") && opts.noextglob !== !0 && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            let next = peek(), output = value;
            if (next === "<" && !utils.supportsLookbehinds())
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) && (output = `\\${value}`), push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== !0 && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== !0 && peek() === "(" && (peek(2) !== "?" || !/[!=<:]/.test(peek(3)))) {
            extglobOpen("negate", value);
            continue;
          }
          if (opts.nonegate !== !0 && state2.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== !0 && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === !1) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state2.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== !0 && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: !0, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          (value === "$" || value === "^") && (value = `\\${value}`);
          let match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          match && (value += match[0], state2.index += match[0].length), push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === !0)) {
          prev.type = "star", prev.star = !0, prev.value += value, prev.output = star, state2.backtrack = !0, state2.globstar = !0, consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== !0 && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === !0) {
            consume(value);
            continue;
          }
          let prior = prev.prev, before = prior.prev, isStart = prior.type === "slash" || prior.type === "bos", afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === !0 && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          let isBrace = state2.braces > 0 && (prior.type === "comma" || prior.type === "brace"), isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          for (; rest.slice(0, 3) === "/**"; ) {
            let after = input[state2.index + 4];
            if (after && after !== "/")
              break;
            rest = rest.slice(3), consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar", prev.value += value, prev.output = globstar(opts), state2.output = prev.output, state2.globstar = !0, consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state2.output = state2.output.slice(0, -(prior.output + prev.output).length), prior.output = `(?:${prior.output}`, prev.type = "globstar", prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)"), prev.value += value, state2.globstar = !0, state2.output += prior.output + prev.output, consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            let end = rest[1] !== void 0 ? "|$" : "";
            state2.output = state2.output.slice(0, -(prior.output + prev.output).length), prior.output = `(?:${prior.output}`, prev.type = "globstar", prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`, prev.value += value, state2.output += prior.output + prev.output, state2.globstar = !0, consume(value + advance()), push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar", prev.value += value, prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`, state2.output = prev.output, state2.globstar = !0, consume(value + advance()), push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state2.output = state2.output.slice(0, -prev.output.length), prev.type = "globstar", prev.output = globstar(opts), prev.value += value, state2.output += prev.output, state2.globstar = !0, consume(value);
          continue;
        }
        let token = { type: "star", value, output: star };
        if (opts.bash === !0) {
          token.output = ".*?", (prev.type === "bos" || prev.type === "slash") && (token.output = nodot + token.output), push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === !0) {
          token.output = value, push(token);
          continue;
        }
        (state2.index === state2.start || prev.type === "slash" || prev.type === "dot") && (prev.type === "dot" ? (state2.output += NO_DOT_SLASH, prev.output += NO_DOT_SLASH) : opts.dot === !0 ? (state2.output += NO_DOTS_SLASH, prev.output += NO_DOTS_SLASH) : (state2.output += nodot, prev.output += nodot), peek() !== "*" && (state2.output += ONE_CHAR, prev.output += ONE_CHAR)), push(token);
      }
      for (; state2.brackets > 0; ) {
        if (opts.strictBrackets === !0) throw new SyntaxError(syntaxError("closing", "]"));
        state2.output = utils.escapeLast(state2.output, "["), decrement("brackets");
      }
      for (; state2.parens > 0; ) {
        if (opts.strictBrackets === !0) throw new SyntaxError(syntaxError("closing", ")"));
        state2.output = utils.escapeLast(state2.output, "("), decrement("parens");
      }
      for (; state2.braces > 0; ) {
        if (opts.strictBrackets === !0) throw new SyntaxError(syntaxError("closing", "}"));
        state2.output = utils.escapeLast(state2.output, "{"), decrement("braces");
      }
      if (opts.strictSlashes !== !0 && (prev.type === "star" || prev.type === "bracket") && push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` }), state2.backtrack === !0) {
        state2.output = "";
        for (let token of state2.tokens)
          state2.output += token.output != null ? token.output : token.value, token.suffix && (state2.output += token.suffix);
      }
      return state2;
    };
    parse.fastpaths = (input, options) => {
      let opts = { ...options }, max = typeof opts.maxLength == "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH, len = input.length;
      if (len > max)
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      input = REPLACEMENTS[input] || input;
      let win32 = utils.isWindows(options), {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(win32), nodot = opts.dot ? NO_DOTS : NO_DOT, slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT, capture = opts.capture ? "" : "?:", state2 = { negated: !1, prefix: "" }, star = opts.bash === !0 ? ".*?" : STAR;
      opts.capture && (star = `(${star})`);
      let globstar = (opts2) => opts2.noglobstar === !0 ? star : `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`, create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            let match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            let source2 = create(match[1]);
            return source2 ? source2 + DOT_LITERAL + match[2] : void 0;
          }
        }
      }, output = utils.removePrefix(input, state2), source = create(output);
      return source && opts.strictSlashes !== !0 && (source += `${SLASH_LITERAL}?`), source;
    };
    module2.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var path = require("path"), scan = require_scan(), parse = require_parse2(), utils = require_utils2(), constants = require_constants2(), isObject = (val) => val && typeof val == "object" && !Array.isArray(val), picomatch = (glob, options, returnState = !1) => {
      if (Array.isArray(glob)) {
        let fns = glob.map((input) => picomatch(input, options, returnState));
        return (str) => {
          for (let isMatch of fns) {
            let state3 = isMatch(str);
            if (state3) return state3;
          }
          return !1;
        };
      }
      let isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob != "string" && !isState)
        throw new TypeError("Expected pattern to be a non-empty string");
      let opts = options || {}, posix = utils.isWindows(options), regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, !1, !0), state2 = regex.state;
      delete regex.state;
      let isIgnored = () => !1;
      if (opts.ignore) {
        let ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      let matcher = (input, returnObject = !1) => {
        let { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix }), result = { glob, state: state2, regex, posix, input, output, match, isMatch };
        return typeof opts.onResult == "function" && opts.onResult(result), isMatch === !1 ? (result.isMatch = !1, returnObject ? result : !1) : isIgnored(input) ? (typeof opts.onIgnore == "function" && opts.onIgnore(result), result.isMatch = !1, returnObject ? result : !1) : (typeof opts.onMatch == "function" && opts.onMatch(result), returnObject ? result : !0);
      };
      return returnState && (matcher.state = state2), matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input != "string")
        throw new TypeError("Expected input to be a string");
      if (input === "")
        return { isMatch: !1, output: "" };
      let opts = options || {}, format = opts.format || (posix ? utils.toPosixSlashes : null), match = input === glob, output = match && format ? format(input) : input;
      return match === !1 && (output = format ? format(input) : input, match = output === glob), (match === !1 || opts.capture === !0) && (opts.matchBase === !0 || opts.basename === !0 ? match = picomatch.matchBase(input, regex, options, posix) : match = regex.exec(output)), { isMatch: !!match, match, output };
    };
    picomatch.matchBase = (input, glob, options, posix = utils.isWindows(options)) => (glob instanceof RegExp ? glob : picomatch.makeRe(glob, options)).test(path.basename(input));
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => Array.isArray(pattern) ? pattern.map((p) => picomatch.parse(p, options)) : parse(pattern, { ...options, fastpaths: !1 });
    picomatch.scan = (input, options) => scan(input, options);
    picomatch.compileRe = (state2, options, returnOutput = !1, returnState = !1) => {
      if (returnOutput === !0)
        return state2.output;
      let opts = options || {}, prepend = opts.contains ? "" : "^", append = opts.contains ? "" : "$", source = `${prepend}(?:${state2.output})${append}`;
      state2 && state2.negated === !0 && (source = `^(?!${source}).*$`);
      let regex = picomatch.toRegex(source, options);
      return returnState === !0 && (regex.state = state2), regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = !1, returnState = !1) => {
      if (!input || typeof input != "string")
        throw new TypeError("Expected a non-empty string");
      let parsed = { negated: !1, fastpaths: !0 };
      return options.fastpaths !== !1 && (input[0] === "." || input[0] === "*") && (parsed.output = parse.fastpaths(input, options)), parsed.output || (parsed = parse(input, options)), picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        let opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === !0) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants;
    module2.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    module2.exports = require_picomatch();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports2, module2) {
    "use strict";
    var util = require("util"), braces = require_braces(), picomatch = require_picomatch2(), utils = require_utils2(), isEmptyString = (v) => v === "" || v === "./", hasBraces = (v) => {
      let index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    }, micromatch3 = (list, patterns, options) => {
      patterns = [].concat(patterns), list = [].concat(list);
      let omit = /* @__PURE__ */ new Set(), keep = /* @__PURE__ */ new Set(), items = /* @__PURE__ */ new Set(), negatives = 0, onResult = (state2) => {
        items.add(state2.output), options && options.onResult && options.onResult(state2);
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, !0), negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        negated && negatives++;
        for (let item of list) {
          let matched = isMatch(item, !0);
          (negated ? !matched.isMatch : matched.isMatch) && (negated ? omit.add(matched.output) : (omit.delete(matched.output), keep.add(matched.output)));
        }
      }
      let matches = (negatives === patterns.length ? [...items] : [...keep]).filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === !0)
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        if (options.nonull === !0 || options.nullglob === !0)
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
      }
      return matches;
    };
    micromatch3.match = micromatch3;
    micromatch3.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch3.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    micromatch3.any = micromatch3.isMatch;
    micromatch3.not = (list, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set(), items = [], onResult = (state2) => {
        options.onResult && options.onResult(state2), items.push(state2.output);
      }, matches = new Set(micromatch3(list, patterns, { ...options, onResult }));
      for (let item of items)
        matches.has(item) || result.add(item);
      return [...result];
    };
    micromatch3.contains = (str, pattern, options) => {
      if (typeof str != "string")
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      if (Array.isArray(pattern))
        return pattern.some((p) => micromatch3.contains(str, p, options));
      if (typeof pattern == "string") {
        if (isEmptyString(str) || isEmptyString(pattern))
          return !1;
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern))
          return !0;
      }
      return micromatch3.isMatch(str, pattern, { ...options, contains: !0 });
    };
    micromatch3.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj))
        throw new TypeError("Expected the first argument to be an object");
      let keys = micromatch3(Object.keys(obj), patterns, options), res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch3.some = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item)))
          return !0;
      }
      return !1;
    };
    micromatch3.every = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item)))
          return !1;
      }
      return !0;
    };
    micromatch3.all = (str, patterns, options) => {
      if (typeof str != "string")
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      return [].concat(patterns).every((p) => picomatch(p, options)(str));
    };
    micromatch3.capture = (glob, input, options) => {
      let posix = utils.isWindows(options), match = picomatch.makeRe(String(glob), { ...options, capture: !0 }).exec(posix ? utils.toPosixSlashes(input) : input);
      if (match)
        return match.slice(1).map((v) => v === void 0 ? "" : v);
    };
    micromatch3.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch3.scan = (...args) => picomatch.scan(...args);
    micromatch3.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || []))
        for (let str of braces(String(pattern), options))
          res.push(picomatch.parse(str, options));
      return res;
    };
    micromatch3.braces = (pattern, options) => {
      if (typeof pattern != "string") throw new TypeError("Expected a string");
      return options && options.nobrace === !0 || !hasBraces(pattern) ? [pattern] : braces(pattern, options);
    };
    micromatch3.braceExpand = (pattern, options) => {
      if (typeof pattern != "string") throw new TypeError("Expected a string");
      return micromatch3.braces(pattern, { ...options, expand: !0 });
    };
    micromatch3.hasBraces = hasBraces;
    module2.exports = micromatch3;
  }
});

// lib/secrets/fake.ts
function random() {
  state = state + 1831565813 >>> 0;
  let t = state;
  return t = Math.imul(t ^ t >>> 15, t | 1), t ^= t + Math.imul(t ^ t >>> 7, t | 61), ((t ^ t >>> 14) >>> 0) / 4294967296;
}
function chars(charset, n) {
  for (; ; ) {
    let s = "";
    for (let i = 0; i < n; i++) s += charset[Math.floor(random() * charset.length)];
    if (n < 8 || looksRandom(s, charset)) return s;
  }
}
function looksRandom(s, charset) {
  let hasDigitSet = /[0-9]/.test(charset), hasUpperSet = /[A-Z]/.test(charset), hasLowerSet = /[a-z]/.test(charset);
  return hasDigitSet && !/[0-9]/.test(s) || hasUpperSet && hasLowerSet && (!/[A-Z]/.test(s) || !/[a-z]/.test(s)) ? !1 : new Set(s).size >= Math.min(s.length / 2, charset.length / 2);
}
function crc32(s) {
  let c = 4294967295;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 255] ^ c >>> 8;
  return (c ^ 4294967295) >>> 0;
}
function base62(n, width) {
  let s = "", v = n >>> 0;
  for (; v > 0; )
    s = BASE62[v % 62] + s, v = Math.floor(v / 62);
  return s.padStart(width, "0");
}
function checksummedToken(prefix, randomLength = 30) {
  let body = alnum(randomLength);
  return prefix + body + base62(crc32(body), 6);
}
function pem(label, lines = 12) {
  let body = [];
  for (let i = 0; i < lines; i++) body.push(base64(64));
  return body.push(base64(24) + "=="), `-----BEGIN ${label}-----
${body.join(`
`)}
-----END ${label}-----`;
}
var state, UPPER, LOWER, DIGITS, ALNUM, LOWER_ALNUM, UPPER_ALNUM, BASE64, BASE64URL, alnum, base64, CRC_TABLE, BASE62, init_fake = __esm({
  "lib/secrets/fake.ts"() {
    "use strict";
    state = 1592594996;
    UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", LOWER = "abcdefghijklmnopqrstuvwxyz", DIGITS = "0123456789", ALNUM = UPPER + LOWER + DIGITS, LOWER_ALNUM = LOWER + DIGITS, UPPER_ALNUM = UPPER + DIGITS, BASE64 = ALNUM + "+/", BASE64URL = ALNUM + "-_";
    alnum = (n) => chars(ALNUM, n), base64 = (n) => chars(BASE64, n), CRC_TABLE = (() => {
      let t = new Uint32Array(256);
      for (let i = 0; i < 256; i++) {
        let c = i;
        for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
        t[i] = c >>> 0;
      }
      return t;
    })();
    BASE62 = DIGITS + UPPER + LOWER;
  }
});

// lib/secrets/rules/aws.ts
var rules, init_aws = __esm({
  "lib/secrets/rules/aws.ts"() {
    "use strict";
    init_fake();
    rules = [
      {
        id: "secret/aws-access-key-id",
        description: "AWS access key id",
        severity: "high",
        keywords: ["akia", "asia", "abia", "acca", "a3t"],
        regex: /\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/,
        secretGroup: 1,
        minEntropy: 3,
        why: "An AWS key id, usually committed together with its secret key, gives API access to the account.",
        fix: "Deactivate the key in IAM, create a new one, and load it from the environment or an AWS profile / role instead of the source (aws configure, instance roles, OIDC in CI).",
        examples: {
          match: () => ["AKIA" + chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), "aws_access_key_id = ASIA" + chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)],
          noMatch: ["AKIAIOSFODNN7EXAMPLE", "AKIAXXXXXXXXXXXXXXXX", "AKIA1234"]
        }
      }
    ];
  }
});

// lib/secrets/rules/github.ts
function validChecksum(token) {
  let body = token.slice(4, token.length - 6);
  return base62(crc32(body), 6) === token.slice(-6);
}
var FIX, rules2, init_github = __esm({
  "lib/secrets/rules/github.ts"() {
    "use strict";
    init_fake();
    FIX = "Revoke the token at https://github.com/settings/tokens (or the app/installation settings), create a new one, and read it from the environment or a CI secret (e.g. `${{ secrets.GH_TOKEN }}`).";
    rules2 = [
      {
        id: "secret/github-pat",
        description: "GitHub personal access token (classic)",
        severity: "high",
        keywords: ["ghp_"],
        regex: /\b(ghp_[A-Za-z0-9]{36})\b/,
        secretGroup: 1,
        validate: validChecksum,
        fix: FIX,
        examples: {
          match: () => [checksummedToken("ghp_"), `token: ${checksummedToken("ghp_")}`],
          noMatch: ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ghp_" + "A1b2C3d4E5".repeat(3) + "AAAAAA"]
        }
      }
    ];
  }
});

// lib/secrets/rules/private-key.ts
var ROTATE, rules3, init_private_key = __esm({
  "lib/secrets/rules/private-key.ts"() {
    "use strict";
    init_fake();
    ROTATE = "Revoke this key (remove it from authorized_keys / the certificate authority / the service), generate a new one, and load it from a secret store or a file outside the repository (e.g. a CI secret or a mounted file).", rules3 = [
      {
        id: "secret/private-key",
        description: "PEM private key (RSA, EC, DSA, PKCS#8, OpenSSH)",
        severity: "high",
        keywords: ["-----begin"],
        regex: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----[\s\S]{40,8192}?-----END (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/,
        why: "Anyone holding a private key can impersonate its owner: sign, decrypt, or log in.",
        fix: ROTATE,
        examples: {
          match: () => [pem("RSA PRIVATE KEY"), pem("PRIVATE KEY"), pem("OPENSSH PRIVATE KEY")],
          noMatch: [
            `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE
-----END PUBLIC KEY-----`,
            'const header = "-----BEGIN RSA PRIVATE KEY-----";'
          ]
        }
      }
    ];
  }
});

// lib/secrets/rules/index.ts
var secretRules, init_rules = __esm({
  "lib/secrets/rules/index.ts"() {
    "use strict";
    init_aws();
    init_github();
    init_private_key();
    secretRules = [...rules3, ...rules, ...rules2];
  }
});

// lib/secrets/entropy.ts
function shannonEntropy(s) {
  if (!s) return 0;
  let counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let e = 0;
  for (let c of counts.values()) {
    let p = c / s.length;
    e -= p * Math.log2(p);
  }
  return e;
}
var init_entropy = __esm({
  "lib/secrets/entropy.ts"() {
    "use strict";
  }
});

// lib/secrets/engine.ts
function compile() {
  return compiled || (compiled = secretRules.map((rule) => ({
    rule,
    regex: new RegExp(rule.regex.source, rule.regex.flags.includes("g") ? rule.regex.flags : rule.regex.flags + "g")
  }))), compiled;
}
function findSecretsInFile(file) {
  let lower = file.text.toLowerCase(), out = [];
  for (let { rule, regex } of compile()) {
    if (rule.keywords.length && !rule.keywords.some((k) => lower.includes(k))) continue;
    regex.lastIndex = 0;
    let m;
    for (; m = regex.exec(file.text); ) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      let group = rule.secretGroup ?? 0, secret = m[group];
      if (secret === void 0 || rule.minEntropy && shannonEntropy(secret) < rule.minEntropy || rule.validate && !rule.validate(secret)) continue;
      let offset = m.index + (group ? m[0].indexOf(secret) : 0);
      out.push({
        ruleId: rule.id,
        category: "secret",
        severity: rule.severity,
        ...file.range(offset, secret.length),
        message: `${rule.description} found`,
        why: rule.why ?? DEFAULT_WHY,
        fix: rule.fix,
        secret
      });
    }
  }
  return out;
}
var DEFAULT_WHY, compiled, init_engine = __esm({
  "lib/secrets/engine.ts"() {
    "use strict";
    init_rules();
    init_entropy();
    DEFAULT_WHY = "A credential in git history or an image layer stays readable to everyone who can clone or pull it, even after a later commit deletes it.", compiled = null;
  }
});

// lib/secrets/detector.ts
var detector_exports = {};
__export(detector_exports, {
  secretsDetector: () => secretsDetector
});
var secretsDetector, init_detector = __esm({
  "lib/secrets/detector.ts"() {
    "use strict";
    init_engine();
    init_rules();
    secretsDetector = {
      name: "secrets",
      rules: secretRules.map((r) => ({ id: r.id, category: "secret", severity: r.severity, description: r.description })),
      wants: () => !0,
      detect: (file) => findSecretsInFile(file)
    };
  }
});

// lib/detectors/registry.ts
async function loadAllDetectors() {
  return Promise.all(detectorEntries.map((e) => e.load()));
}
var detectorEntries, init_registry = __esm({
  "lib/detectors/registry.ts"() {
    "use strict";
    detectorEntries = [
      { name: "secrets", wants: () => !0, load: async () => (await Promise.resolve().then(() => (init_detector(), detector_exports))).secretsDetector }
    ];
  }
});

// lib/findings/fingerprint.ts
function fingerprint(ruleId, file, secret) {
  return (0, import_node_crypto.createHash)("sha256").update(`${ruleId}\0${file}\0${secret}`).digest("hex").slice(0, 32);
}
var import_node_crypto, init_fingerprint = __esm({
  "lib/findings/fingerprint.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
  }
});

// lib/findings/inline-allow.ts
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
function isAllowedInline(file, line, ruleId, aboveLine) {
  let text = file.lineText(line);
  if (text.includes("stowaway:allow") && !text.includes("stowaway:allow-next-line") && allows(text, "stowaway:allow", ruleId) || text.includes("gitleaks:allow") || text.includes("pragma: allowlist secret")) return !0;
  let above = file.lineText((aboveLine ?? line) - 1);
  return above.includes("stowaway:allow-next-line") ? allows(above, "stowaway:allow-next-line", ruleId) : above.includes("stowaway:allow") && WHOLE_LINE_COMMENT.test(above) ? allows(above, "stowaway:allow", ruleId) : !1;
}
var RULE_ID, WHOLE_LINE_COMMENT, init_inline_allow = __esm({
  "lib/findings/inline-allow.ts"() {
    "use strict";
    RULE_ID = /^[a-z0-9]+\/[a-z0-9][a-z0-9-]*$/;
    WHOLE_LINE_COMMENT = /^\s*(#|\/\/|--|;|<!--|\/\*|\*)/;
  }
});

// lib/findings/suppress.ts
function configFilter(config, catalogue) {
  let allowPath = config.allowlist.paths.length ? import_micromatch.default.matcher(config.allowlist.paths.length === 1 ? config.allowlist.paths[0] : `{${config.allowlist.paths.join(",")}}`, { dot: !0 }) : null, allowRegexes = config.allowlist.regexes.map((r) => new RegExp(r)), stopwords = config.allowlist.stopwords.map((s) => s.toLowerCase());
  return (f) => {
    let setting = config.rules[f.ruleId];
    if (setting === "off" || catalogue.get(f.ruleId)?.optIn && !setting || allowPath && allowPath(f.file) || allowRegexes.some((r) => r.test(f.secret))) return null;
    if (stopwords.length) {
      let lower = f.secret.toLowerCase();
      if (stopwords.some((w) => lower.includes(w))) return null;
    }
    return setting ? { ...f, severity: setting } : f;
  };
}
function priority(f) {
  return f.category !== "secret" ? 3 : f.ruleId === "secret/high-entropy" ? 0 : f.ruleId === "secret/generic-assignment" ? 1 : 2;
}
function dedupeByLocation(findings) {
  let kept = [];
  for (let f of findings) {
    if (!secretLike(f)) {
      kept.push(f);
      continue;
    }
    let i = kept.findIndex((k) => secretLike(k) && k.commit === f.commit && overlaps(k, f));
    i < 0 ? kept.push(f) : priority(f) > priority(kept[i]) && (kept[i] = f);
  }
  return kept;
}
var import_micromatch, overlaps, secretLike, init_suppress = __esm({
  "lib/findings/suppress.ts"() {
    "use strict";
    import_micromatch = __toESM(require_micromatch());
    overlaps = (a, b) => a.file === b.file && (a.line < b.endLine || a.line === b.endLine && a.column < b.endColumn) && (b.line < a.endLine || b.line === a.endLine && b.column < a.endColumn), secretLike = (f) => f.category === "secret" || /secret|credential/.test(f.ruleId);
  }
});

// lib/text/source-file.ts
var SourceFile, init_source_file = __esm({
  "lib/text/source-file.ts"() {
    "use strict";
    SourceFile = class _SourceFile {
      path;
      text;
      lineStarts = null;
      constructor(path, text) {
        this.path = path, this.text = text;
      }
      /** Decodes bytes as UTF-8 (invalid sequences become U+FFFD, one per byte run) and drops a BOM. */
      static fromBuffer(path, content) {
        let text = content.toString("utf8");
        return text.charCodeAt(0) === 65279 && (text = text.slice(1)), new _SourceFile(path, text);
      }
      starts() {
        if (this.lineStarts) return this.lineStarts;
        let starts = [0], t = this.text, i = t.indexOf(`
`);
        for (; i !== -1; )
          starts.push(i + 1), i = t.indexOf(`
`, i + 1);
        return this.lineStarts = starts, starts;
      }
      get lineCount() {
        return this.starts().length;
      }
      /** 1-based line and column of a string offset. */
      position(offset) {
        let starts = this.starts(), lo = 0, hi = starts.length - 1;
        for (; lo < hi; ) {
          let mid = lo + hi + 1 >> 1;
          starts[mid] <= offset ? lo = mid : hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
      }
      /** Text of a 1-based line without its line terminator (CR included). */
      lineText(line) {
        let starts = this.starts();
        if (line < 1 || line > starts.length) return "";
        let start = starts[line - 1], end = line < starts.length ? starts[line] - 1 : this.text.length;
        return end > start && this.text.charCodeAt(end - 1) === 13 && end--, this.text.slice(start, end);
      }
      /** String offset where a 1-based line starts. */
      lineStart(line) {
        let starts = this.starts();
        return starts[Math.max(0, Math.min(line - 1, starts.length - 1))];
      }
      /** Finding range for a match at `offset` of `length` characters. */
      range(offset, length) {
        let a = this.position(offset), b = this.position(offset + Math.max(length, 1) - 1);
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column + 1 };
      }
    };
  }
});

// lib/scan/run-scan.ts
async function runScan(source, opts) {
  let started = performance.now(), { config } = opts, ignored = config.ignore.length ? import_micromatch2.default.matcher(config.ignore.length === 1 ? config.ignore[0] : `{${config.ignore.join(",")}}`, { dot: !0 }) : null, loaded = /* @__PURE__ */ new Map(), catalogue = /* @__PURE__ */ new Map(), filter = configFilter(config, catalogue), ctx = {
    config,
    readFile: source.readFile,
    findSecrets: (text, path) => findSecretsInFile(new SourceFile(path, text))
  }, stats = { files: 0, bytes: 0, skipped: [], durationMs: 0 }, findings = [];
  for await (let blob of source.blobs) {
    if (opts.onBlob?.(blob), ignored && ignored(blob.path)) continue;
    if (!blob.content) {
      stats.skipped.push({ file: blob.path, reason: blob.skipped ?? "skipped" });
      continue;
    }
    stats.files++, stats.bytes += blob.size;
    let file = SourceFile.fromBuffer(blob.path, blob.content);
    for (let entry of detectorEntries) {
      if (!entry.wants(blob.path, config)) continue;
      let detector = loaded.get(entry.name);
      if (!detector) {
        detector = await entry.load(), loaded.set(entry.name, detector);
        for (let r of detector.rules) catalogue.set(r.id, r);
      }
      for (let d of await detector.detect(file, ctx)) {
        if (blob.addedLines && d.category === "secret" && !blob.addedLines.has(d.line) || isAllowedInline(file, d.line, d.ruleId)) continue;
        let f = { ...d, file: blob.path, commit: d.commit ?? blob.commit ?? null, meta: d.meta ?? blob.meta }, kept = filter(f);
        kept && findings.push(kept);
      }
    }
  }
  findings = dedupeByLocation(findings);
  for (let f of findings) f.fingerprint = fingerprint(f.ruleId, f.file, f.secret);
  let baselined = 0, staleBaseline = [];
  if (opts.baseline) {
    let seen = /* @__PURE__ */ new Set();
    findings = findings.filter((f) => opts.baseline.has(f.fingerprint) ? (seen.add(f.fingerprint), baselined++, !1) : !0);
    for (let fp of opts.baseline) seen.has(fp) || staleBaseline.push(fp);
  }
  return findings.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column), stats.durationMs = Math.round(performance.now() - started), { findings, stats, baselined, staleBaseline };
}
var import_micromatch2, init_run_scan = __esm({
  "lib/scan/run-scan.ts"() {
    "use strict";
    import_micromatch2 = __toESM(require_micromatch());
    init_registry();
    init_fingerprint();
    init_inline_allow();
    init_suppress();
    init_source_file();
    init_engine();
  }
});

// lib/git/exec-git.ts
function runGit(args, cwd, input) {
  return new Promise((resolve5, reject) => {
    let child = (0, import_node_child_process.spawn)("git", args, { cwd, stdio: ["pipe", "pipe", "pipe"] }), out = [], err = [];
    child.stdout.on("data", (d) => out.push(d)), child.stderr.on("data", (d) => err.push(d)), child.on("error", reject), child.on("close", (code) => resolve5({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8"), code })), child.stdin.on("error", () => {
    }), child.stdin.end(input ?? "");
  });
}
async function execGit(args, cwd, input) {
  let r = await runGit(args, cwd, input);
  if (r.code !== 0) throw new GitError(args, r.code, r.stderr);
  return r.stdout;
}
async function execGitText(args, cwd) {
  return (await execGit(args, cwd)).toString("utf8").replace(/\n$/, "");
}
var import_node_child_process, GitError, init_exec_git = __esm({
  "lib/git/exec-git.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process"), GitError = class extends Error {
      constructor(args, code, stderr) {
        super(`git ${args.join(" ")} failed (exit ${code}): ${stderr.trim() || "no message"}`);
        this.args = args;
        this.code = code;
        this.stderr = stderr;
      }
      args;
      code;
      stderr;
    };
  }
});

// lib/git/repo.ts
async function resolveRepo(cwd) {
  let top = await runGit(["rev-parse", "--show-toplevel"], cwd);
  if (top.code !== 0) return null;
  let root = top.stdout.toString("utf8").replace(/\n$/, ""), head = await runGit(["rev-parse", "--verify", "-q", "HEAD^{commit}"], root);
  return { root, head: head.code === 0 ? head.stdout.toString("utf8").trim() : null };
}
function emptyTree(root) {
  return execGitText(["hash-object", "-t", "tree", "/dev/null"], root);
}
var init_repo = __esm({
  "lib/git/repo.ts"() {
    "use strict";
    init_exec_git();
  }
});

// lib/git/parse-raw-diff.ts
function parseRawDiff(out) {
  let fields = out.toString("utf8").split("\0"), entries = [], i = 0;
  for (; i < fields.length; ) {
    let head = fields[i];
    if (!head.startsWith(":")) {
      i++;
      continue;
    }
    let [srcMode, dstMode, srcOid, dstOid, statusField] = head.slice(1).split(" "), status = statusField[0];
    status === "R" || status === "C" ? (entries.push({ srcMode, dstMode, srcOid, dstOid, status, fromPath: fields[i + 1], path: fields[i + 2] }), i += 3) : (entries.push({ srcMode, dstMode, srcOid, dstOid, status, path: fields[i + 1] }), i += 2);
  }
  return entries;
}
var init_parse_raw_diff = __esm({
  "lib/git/parse-raw-diff.ts"() {
    "use strict";
  }
});

// lib/git/parse-added-lines.ts
function parseAddedLines(patch) {
  let result = /* @__PURE__ */ new Map(), lines = patch.split(`
`), current = null, i = 0;
  for (; i < lines.length; ) {
    let line = lines[i];
    if (line.startsWith("diff --git ")) {
      current = null, i++;
      continue;
    }
    if (line.startsWith("+++ ")) {
      let raw = line.slice(4);
      if (raw === "/dev/null") current = null;
      else {
        let path = stripPrefix(unquoteCPath(raw));
        current = result.get(path) ?? /* @__PURE__ */ new Set(), result.set(path, current);
      }
      i++;
      continue;
    }
    let hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk) {
      let removed = hunk[1] === void 0 ? 1 : Number(hunk[1]), start = Number(hunk[2]), added = hunk[3] === void 0 ? 1 : Number(hunk[3]);
      if (current) for (let n = 0; n < added; n++) current.add(start + n);
      let body = removed + added;
      for (i++; body > 0 && i < lines.length; )
        lines[i].startsWith("\\") || body--, i++;
      for (; i < lines.length && lines[i].startsWith("\\"); ) i++;
      continue;
    }
    i++;
  }
  return result;
}
function stripPrefix(p) {
  return p.startsWith("b/") ? p.slice(2) : p;
}
function unquoteCPath(s) {
  if (!s.startsWith('"') || !s.endsWith('"')) return s;
  let bytes = [], body = s.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    let c = body[i];
    if (c !== "\\") {
      for (let b of Buffer.from(c, "utf8")) bytes.push(b);
      continue;
    }
    let n = body[++i], simple = { n: 10, t: 9, r: 13, '"': 34, "\\": 92, a: 7, b: 8, f: 12, v: 11 };
    n in simple ? bytes.push(simple[n]) : /[0-7]/.test(n) ? (bytes.push(parseInt(body.slice(i, i + 3), 8)), i += 2) : bytes.push(n.charCodeAt(0));
  }
  return Buffer.from(bytes).toString("utf8");
}
var init_parse_added_lines = __esm({
  "lib/git/parse-added-lines.ts"() {
    "use strict";
  }
});

// lib/git/cat-file.ts
async function* readBlobs(cwd, requests, maxSize) {
  if (requests.length === 0) return;
  let child = (0, import_node_child_process2.spawn)("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"] }), stderr = "";
  child.stderr.on("data", (d) => stderr += d.toString());
  let exited = new Promise((resolve5, reject) => {
    child.on("error", reject), child.on("close", resolve5);
  });
  child.stdin.on("error", () => {
  }), child.stdin.end(requests.map((r) => r.oid + `
`).join(""));
  let index = 0, buf = Buffer.alloc(0), need = -1, keep = !1, size = 0, parts = [];
  try {
    for await (let chunk of child.stdout) {
      buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
      let pos = 0;
      for (; pos < buf.length; ) {
        if (need < 0) {
          let nl = buf.indexOf(10, pos);
          if (nl < 0) break;
          let header = buf.toString("latin1", pos, nl);
          pos = nl + 1;
          let request = requests[index];
          if (header.endsWith(" missing")) {
            index++, yield { request, size: 0, content: null, missing: !0 };
            continue;
          }
          let sp = header.lastIndexOf(" ");
          size = Number(header.slice(sp + 1)), keep = size <= maxSize, need = size + 1, parts = [];
        }
        let take = Math.min(need, buf.length - pos);
        if (keep && take > 0 && parts.push(buf.subarray(pos, pos + take)), pos += take, need -= take, need === 0) {
          need = -1;
          let request = requests[index++], content = null;
          if (keep) {
            let all = parts.length === 1 ? parts[0] : Buffer.concat(parts);
            content = Buffer.from(all.subarray(0, size));
          }
          parts = [], yield { request, size, content, missing: !1 };
        }
      }
      buf = pos < buf.length ? buf.subarray(pos) : Buffer.alloc(0);
    }
  } finally {
    index < requests.length && child.kill();
  }
  let code = await exited;
  if (index < requests.length && code !== 0) throw new GitError(["cat-file", "--batch"], code, stderr);
}
var import_node_child_process2, init_cat_file = __esm({
  "lib/git/cat-file.ts"() {
    "use strict";
    import_node_child_process2 = require("node:child_process");
    init_exec_git();
  }
});

// lib/sources/blob.ts
function isBinary(content) {
  let end = Math.min(content.length, 8e3);
  return content.subarray(0, end).includes(0);
}
function skipped(path, size, reason, extra = {}) {
  return { path, content: null, size, skipped: reason, ...extra };
}
var init_blob = __esm({
  "lib/sources/blob.ts"() {
    "use strict";
  }
});

// lib/sources/git-blobs.ts
async function* blobsFromEntries(root, entries, maxSize) {
  let wanted = [];
  for (let e of entries)
    e.mode !== GITLINK && e.mode !== SYMLINK && wanted.push(e);
  for await (let r of readBlobs(root, wanted, maxSize)) {
    let { path, addedLines, commit } = r.request, extra = { commit: commit ?? null };
    r.missing ? yield skipped(path, 0, "object missing from the repository", extra) : r.content ? isBinary(r.content) ? yield skipped(path, r.size, "binary", extra) : yield { path, content: r.content, size: r.size, addedLines, ...extra } : yield skipped(path, r.size, `larger than maxFileSize (${r.size} bytes)`, extra);
  }
}
function gitFileReader(root, treeish) {
  return async (path) => {
    try {
      return (await execGit(["cat-file", "blob", `${treeish}:${path}`], root)).toString("utf8");
    } catch {
      return null;
    }
  };
}
var GITLINK, SYMLINK, init_git_blobs = __esm({
  "lib/sources/git-blobs.ts"() {
    "use strict";
    init_cat_file();
    init_exec_git();
    init_blob();
    GITLINK = "160000", SYMLINK = "120000";
  }
});

// lib/sources/staged.ts
async function stagedSource(repo, opts) {
  let common = ["--cached", "-M", "--diff-filter=ACMR", repo.head ?? await emptyTree(repo.root)], [raw, patch] = await Promise.all([
    execGit(["diff-index", "--raw", "-z", "--no-abbrev", ...common], repo.root),
    opts.addedOnly ? execGit(["-c", "core.quotepath=false", "diff-index", "-p", "-U0", "--no-color", "--no-ext-diff", "--no-textconv", "--full-index", "--src-prefix=a/", "--dst-prefix=b/", ...common], repo.root) : Promise.resolve(null)
  ]), added = patch ? parseAddedLines(patch.toString("utf8")) : null, entries = parseRawDiff(raw).map((e) => ({
    oid: e.dstOid,
    mode: e.dstMode,
    path: e.path,
    addedLines: added ? added.get(e.path) ?? /* @__PURE__ */ new Set() : void 0
  }));
  return {
    root: repo.root,
    blobs: blobsFromEntries(repo.root, entries, opts.maxSize),
    readFile: gitFileReader(repo.root, "")
  };
}
var init_staged = __esm({
  "lib/sources/staged.ts"() {
    "use strict";
    init_exec_git();
    init_repo();
    init_parse_raw_diff();
    init_parse_added_lines();
    init_git_blobs();
  }
});

// lib/sources/tracked.ts
async function trackedSource(repo, opts) {
  let args = ["ls-files", "-s", "-z"];
  opts.paths.length && args.push("--", ...opts.paths.map((p) => `:(literal)${p}`));
  let out = (await execGit(args, repo.root)).toString("utf8"), entries = [];
  for (let rec of out.split("\0")) {
    if (!rec) continue;
    let tab = rec.indexOf("	"), [mode, oid, stage] = rec.slice(0, tab).split(" ");
    stage !== "0" && stage !== "2" || entries.push({ mode, oid, path: rec.slice(tab + 1) });
  }
  return { root: repo.root, blobs: blobsFromEntries(repo.root, entries, opts.maxSize), readFile: gitFileReader(repo.root, "") };
}
var init_tracked = __esm({
  "lib/sources/tracked.ts"() {
    "use strict";
    init_exec_git();
    init_git_blobs();
  }
});

// lib/sources/filesystem.ts
async function readOne(abs, shown, maxSize) {
  let st;
  try {
    st = await import_node_fs.promises.lstat(abs);
  } catch (e) {
    return skipped(shown, 0, `cannot read: ${e.code ?? e.message}`);
  }
  if (st.isSymbolicLink()) return skipped(shown, st.size, "symbolic link (not followed)");
  if (!st.isFile()) return null;
  if (st.size > maxSize) return skipped(shown, st.size, `larger than maxFileSize (${st.size} bytes)`);
  let content = await import_node_fs.promises.readFile(abs);
  return isBinary(content) ? skipped(shown, st.size, "binary") : { path: shown, content, size: st.size };
}
async function* walk(dir) {
  let names;
  try {
    names = await import_node_fs.promises.readdir(dir, { withFileTypes: !0 });
  } catch {
    return;
  }
  names.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (let d of names) {
    if (d.name === ".git") continue;
    let p = (0, import_node_path.join)(dir, d.name);
    d.isDirectory() ? yield* walk(p) : yield p;
  }
}
function directorySource(dir, maxSize) {
  let root = (0, import_node_path.resolve)(dir);
  async function* blobs() {
    for await (let abs of walk(root)) {
      let b = await readOne(abs, toPosix((0, import_node_path.relative)(root, abs)), maxSize);
      b && (yield b);
    }
  }
  return { root, blobs: blobs(), readFile: diskReader(root) };
}
function filesSource(paths, root, maxSize) {
  async function* blobs() {
    for (let p of paths) {
      let abs = (0, import_node_path.resolve)(p), rel = (0, import_node_path.relative)(root, abs), shown = toPosix(rel.startsWith("..") ? abs : rel), st;
      try {
        st = await import_node_fs.promises.stat(abs);
      } catch {
        yield skipped(shown, 0, "file not found");
        continue;
      }
      if (st.isDirectory()) {
        for await (let inner of walk(abs)) {
          let r = (0, import_node_path.relative)(root, inner), b2 = await readOne(inner, toPosix(r.startsWith("..") ? inner : r), maxSize);
          b2 && (yield b2);
        }
        continue;
      }
      let b = await readOne(abs, shown, maxSize);
      b && (yield b);
    }
  }
  return { root, blobs: blobs(), readFile: diskReader(root) };
}
function diskReader(root) {
  return async (path) => {
    try {
      return await import_node_fs.promises.readFile((0, import_node_path.join)(root, path), "utf8");
    } catch {
      return null;
    }
  };
}
var import_node_fs, import_node_path, toPosix, init_filesystem = __esm({
  "lib/sources/filesystem.ts"() {
    "use strict";
    import_node_fs = require("node:fs"), import_node_path = require("node:path");
    init_blob();
    toPosix = (p) => import_node_path.sep === "/" ? p : p.split(import_node_path.sep).join("/");
  }
});

// lib/findings/finding.ts
function severityAtLeast(s, min) {
  return SEVERITIES.indexOf(s) >= SEVERITIES.indexOf(min);
}
var SEVERITIES, init_finding = __esm({
  "lib/findings/finding.ts"() {
    "use strict";
    SEVERITIES = ["info", "low", "medium", "high"];
  }
});

// lib/cli/common-options.ts
function readCommonFlags(v) {
  let format = v.format ?? "pretty";
  if (!["pretty", "json", "sarif"].includes(format)) throw new UsageError(`--format must be pretty, json or sarif, not "${format}"`);
  let failOn = v["fail-on"];
  if (failOn !== void 0 && !SEVERITIES.includes(failOn)) throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(", ")}, not "${failOn}"`);
  let color = !(!!v["no-color"] || "NO_COLOR" in process.env && process.env.NO_COLOR !== "") && (!!v.color || !!process.stdout.isTTY || "FORCE_COLOR" in process.env);
  return {
    format,
    output: v.output,
    config: v.config,
    baseline: v.baseline,
    noBaseline: !!v["no-baseline"],
    failOn,
    showSecrets: !!v["show-secrets"],
    color: color && !v.output,
    quiet: !!v.quiet
  };
}
var commonOptions, commonHelp, init_common_options = __esm({
  "lib/cli/common-options.ts"() {
    "use strict";
    init_config_error();
    init_finding();
    commonOptions = {
      format: { type: "string", short: "f" },
      output: { type: "string", short: "o" },
      config: { type: "string", short: "c" },
      baseline: { type: "string" },
      "no-baseline": { type: "boolean" },
      "fail-on": { type: "string" },
      "show-secrets": { type: "boolean" },
      "no-color": { type: "boolean" },
      color: { type: "boolean" },
      quiet: { type: "boolean", short: "q" },
      help: { type: "boolean", short: "h" }
    }, commonHelp = `Output and policy:
  -f, --format FORMAT    pretty (default), json or sarif
  -o, --output FILE      write the report to FILE instead of stdout
  -c, --config FILE      use this config file (also STOWAWAY_CONFIG)
      --baseline FILE    accept the findings recorded in FILE (default .stowaway-baseline.json when present)
      --no-baseline      ignore the baseline file
      --fail-on LEVEL    exit 1 only for findings at or above LEVEL: low (default), medium, high
      --show-secrets     print matched secrets in full (redacted by default)
      --no-color         plain output (also NO_COLOR=1)
  -q, --quiet            findings only: no why/fix lines, no progress`;
  }
});

// lib/findings/redact.ts
function redact(secret) {
  let pem2 = /^-----BEGIN [A-Z0-9 ]+-----/.exec(secret);
  if (pem2) return `${pem2[0]}\u2026(redacted)`;
  let firstLine = secret.split(/\r?\n/, 1)[0], keep = Math.min(6, Math.floor(firstLine.length / 4));
  return `${firstLine.slice(0, keep)}\u2026(redacted)`;
}
function shownMatch(f, showSecrets) {
  return showSecrets || f.plainMatch ? f.secret : redact(f.secret);
}
var init_redact = __esm({
  "lib/findings/redact.ts"() {
    "use strict";
  }
});

// lib/report/json-report.ts
function jsonReport(input) {
  let findings = input.findings.map((f) => ({
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    message: f.message,
    match: shownMatch(f, input.showSecrets),
    fingerprint: f.fingerprint ?? "",
    commit: f.commit,
    fix: f.fix,
    why: f.why,
    ...f.meta ? { meta: f.meta } : {}
  }));
  return JSON.stringify({ version: 1, findings, stats: input.stats }, null, 2) + `
`;
}
var init_json_report = __esm({
  "lib/report/json-report.ts"() {
    "use strict";
    init_redact();
  }
});

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports2, module2) {
    var p = process || {}, argv = p.argv || [], env = p.env || {}, isColorSupported = !(env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI), formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    }, replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do
        result += string.substring(cursor, index) + replace, cursor = index + close.length, index = string.indexOf(close, cursor);
      while (~index);
      return result + string.substring(cursor);
    }, createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module2.exports = createColors();
    module2.exports.createColors = createColors;
  }
});

// lib/report/pretty-report.ts
function prettyReport(input, opts) {
  let c = import_picocolors.default.createColors(opts.color), out = [], byFile = /* @__PURE__ */ new Map();
  for (let f of input.findings) {
    let list = byFile.get(f.file) ?? [];
    list.push(f), byFile.set(f.file, list);
  }
  for (let [file, list] of byFile) {
    out.push(c.underline(c.bold(file)));
    for (let f of list) {
      let where = `${file}:${f.line}:${f.column}`, sev = SEVERITY_COLOR[f.severity](c)(f.severity.padEnd(6));
      out.push(`  ${sev} ${c.bold(f.ruleId)}  ${c.dim(where)}${f.commit ? c.dim(` (commit ${f.commit.slice(0, 12)})`) : ""}`), out.push(`         ${f.message}: ${c.magenta(shownMatch(f, input.showSecrets))}`), opts.quiet || (out.push(`         ${c.dim("why:")} ${f.why}`), out.push(`         ${c.dim("fix:")} ${f.fix}`));
    }
    out.push("");
  }
  return out.push(summary(input, c)), out.join(`
`) + `
`;
}
function summary(input, c) {
  let { stats, findings } = input, counts = ["high", "medium", "low", "info"].map((s) => [s, findings.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`), lines = [], scanned = `${stats.files} file${stats.files === 1 ? "" : "s"} (${formatBytes(stats.bytes)}) of ${input.target} in ${stats.durationMs} ms`;
  if (findings.length === 0 ? lines.push(`${c.green("\u2713 no findings")} in ${scanned}`) : lines.push(`${c.red(`\u2717 ${findings.length} finding${findings.length === 1 ? "" : "s"}`)} (${counts.join(", ")}) in ${scanned}`), input.baselined && lines.push(c.dim(`  ${input.baselined} known finding(s) accepted by the baseline`)), stats.skipped.length) {
    lines.push(c.yellow(`  ${stats.skipped.length} file(s) skipped, not scanned:`));
    for (let s of stats.skipped.slice(0, 10)) lines.push(c.yellow(`    ${s.file}: ${s.reason}`));
    stats.skipped.length > 10 && lines.push(c.yellow(`    \u2026 and ${stats.skipped.length - 10} more (see --format json)`));
  }
  return stats.files === 0 && stats.skipped.length === 0 && lines.push(c.dim("  nothing to scan")), lines.join(`
`);
}
function formatBytes(n) {
  return n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
var import_picocolors, SEVERITY_COLOR, init_pretty_report = __esm({
  "lib/report/pretty-report.ts"() {
    "use strict";
    import_picocolors = __toESM(require_picocolors());
    init_redact();
    SEVERITY_COLOR = {
      high: (c) => (s) => c.bold(c.red(s)),
      medium: (c) => c.yellow,
      low: (c) => c.cyan,
      info: (c) => c.dim
    };
  }
});

// lib/report/sarif-report.ts
function sarifReport(input, version) {
  let ids = [...new Set(input.findings.map((f) => f.ruleId))].sort(), rules4 = ids.map((id) => {
    let info = input.rules.get(id), sample = input.findings.find((f) => f.ruleId === id);
    return {
      id,
      name: id.replace(/[^a-zA-Z0-9]+(.)/g, (_, c) => c.toUpperCase()),
      shortDescription: { text: info?.description ?? sample.message },
      fullDescription: { text: sample.why },
      help: { text: sample.fix, markdown: sample.fix },
      defaultConfiguration: { level: LEVEL[info?.severity ?? sample.severity] },
      properties: { tags: ["security", sample.category], "security-severity": SECURITY_SEVERITY[info?.severity ?? sample.severity] }
    };
  }), results = input.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ids.indexOf(f.ruleId),
    level: LEVEL[f.severity],
    message: { text: `${f.message}: ${shownMatch(f, input.showSecrets)}. ${f.fix}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.file).replace(/[?#]/g, encodeURIComponent), uriBaseId: "%SRCROOT%" },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
        }
      }
    ],
    partialFingerprints: { "stowaway/v1": f.fingerprint ?? "" },
    ...f.commit ? { properties: { commit: f.commit } } : {}
  }));
  return JSON.stringify({
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "stowaway", version, informationUri: "https://www.npmjs.com/package/stowaway", rules: rules4 } },
        results
      }
    ]
  }, null, 2) + `
`;
}
var LEVEL, SECURITY_SEVERITY, init_sarif_report = __esm({
  "lib/report/sarif-report.ts"() {
    "use strict";
    init_redact();
    LEVEL = { high: "error", medium: "warning", low: "note", info: "note" }, SECURITY_SEVERITY = { high: "8.0", medium: "5.0", low: "3.0", info: "1.0" };
  }
});

// lib/cli/emit-report.ts
async function emitReport(result, flags, config, target) {
  let rules4 = /* @__PURE__ */ new Map();
  if (flags.format === "sarif" && result.findings.length)
    for (let d of await loadAllDetectors()) for (let r of d.rules) rules4.set(r.id, r);
  let input = { findings: result.findings, stats: result.stats, showSecrets: flags.showSecrets, rules: rules4, baselined: result.baselined, target }, text = flags.format === "json" ? jsonReport(input) : flags.format === "sarif" ? sarifReport(input, "0.1.0") : prettyReport(input, { color: flags.color, quiet: flags.quiet });
  flags.output ? (0, import_node_fs2.writeFileSync)(flags.output, text) : process.stdout.write(text);
  let failOn = flags.failOn ?? config.failOn;
  return result.findings.some((f) => severityAtLeast(f.severity, failOn)) ? 1 : 0;
}
var import_node_fs2, init_emit_report = __esm({
  "lib/cli/emit-report.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    init_finding();
    init_registry();
    init_json_report();
    init_pretty_report();
    init_sarif_report();
  }
});

// lib/config/defaults.ts
function defaultConfig() {
  return {
    ignore: [],
    failOn: "low",
    maxFileSize: 10 * 1024 * 1024,
    rules: {},
    allowlist: { paths: [], regexes: [], stopwords: [] },
    customRules: [],
    hook: { scope: "added" },
    dockerfile: { files: [] },
    compose: { files: [] },
    kubernetes: { files: [] },
    baseline: ".stowaway-baseline.json"
  };
}
var init_defaults = __esm({
  "lib/config/defaults.ts"() {
    "use strict";
  }
});

// lib/config/validate-config.ts
function validateConfig(raw, file) {
  let fail = (key, expected, got) => {
    throw new ConfigError(file, `"${key}" must be ${expected}, got ${describe(got)}.`);
  }, unknownKeys = (obj, allowed, prefix) => {
    for (let k of Object.keys(obj))
      if (!allowed.includes(k))
        throw new ConfigError(file, `unknown key "${prefix}${k}". Allowed keys${prefix ? ` under "${prefix.slice(0, -1)}"` : ""}: ${allowed.join(", ")}.`);
  }, strings = (v, key) => ((!Array.isArray(v) || !v.every((x) => typeof x == "string")) && fail(key, "an array of strings", v), v), severity = (v, key) => ((typeof v != "string" || !SEVERITIES.includes(v)) && fail(key, `one of ${SEVERITIES.join(", ")}`, v), v), regex = (v, key) => {
    typeof v != "string" && fail(key, "a regular expression string", v);
    try {
      new RegExp(v);
    } catch (e) {
      throw new ConfigError(file, `"${key}" is not a valid regular expression: ${e.message}`);
    }
    return v;
  }, filesSection = (v, key) => (isObj(v) || fail(key, 'an object like { "files": ["glob"] }', v), unknownKeys(v, ["files"], `${key}.`), { files: v.files === void 0 ? [] : strings(v.files, `${key}.files`) }), config = defaultConfig();
  if (raw == null) return config;
  isObj(raw) || fail("(top level)", "an object", raw);
  let c = raw;
  if (unknownKeys(c, ["ignore", "failOn", "maxFileSize", "rules", "allowlist", "customRules", "hook", "dockerfile", "compose", "kubernetes", "baseline", "$schema"], ""), c.ignore !== void 0 && (config.ignore = strings(c.ignore, "ignore")), c.failOn !== void 0 && (config.failOn = severity(c.failOn, "failOn")), c.maxFileSize !== void 0 && ((typeof c.maxFileSize != "number" || !Number.isInteger(c.maxFileSize) || c.maxFileSize <= 0) && fail("maxFileSize", "a positive whole number of bytes", c.maxFileSize), config.maxFileSize = c.maxFileSize), c.rules !== void 0) {
    isObj(c.rules) || fail("rules", 'an object mapping rule ids to "off" or a severity', c.rules);
    for (let [id, v] of Object.entries(c.rules))
      v !== "off" && severity(v, `rules.${id}`), config.rules[id] = v;
  }
  if (c.allowlist !== void 0) {
    isObj(c.allowlist) || fail("allowlist", "an object with paths, regexes and stopwords", c.allowlist);
    let a = c.allowlist;
    unknownKeys(a, ["paths", "regexes", "stopwords"], "allowlist."), a.paths !== void 0 && (config.allowlist.paths = strings(a.paths, "allowlist.paths")), a.regexes !== void 0 && (config.allowlist.regexes = strings(a.regexes, "allowlist.regexes").map((r, i) => regex(r, `allowlist.regexes[${i}]`))), a.stopwords !== void 0 && (config.allowlist.stopwords = strings(a.stopwords, "allowlist.stopwords"));
  }
  if (c.customRules !== void 0 && (Array.isArray(c.customRules) || fail("customRules", "an array of rule objects", c.customRules), config.customRules = c.customRules.map((r, i) => {
    let key = `customRules[${i}]`;
    isObj(r) || fail(key, "an object with id and regex", r);
    let o = r;
    unknownKeys(o, ["id", "description", "regex", "keywords", "secretGroup", "minEntropy", "severity", "fix"], `${key}.`), (typeof o.id != "string" || !/^[a-z0-9]+\/[a-z0-9][a-z0-9-]*$/.test(o.id)) && fail(`${key}.id`, 'a rule id like "secret/acme-api-key"', o.id);
    let rule = { id: o.id, regex: regex(o.regex, `${key}.regex`) };
    return o.description !== void 0 && (rule.description = typeof o.description == "string" ? o.description : fail(`${key}.description`, "a string", o.description)), o.fix !== void 0 && (rule.fix = typeof o.fix == "string" ? o.fix : fail(`${key}.fix`, "a string", o.fix)), o.keywords !== void 0 && (rule.keywords = strings(o.keywords, `${key}.keywords`)), o.secretGroup !== void 0 && (rule.secretGroup = Number.isInteger(o.secretGroup) ? o.secretGroup : fail(`${key}.secretGroup`, "a whole number", o.secretGroup)), o.minEntropy !== void 0 && (rule.minEntropy = typeof o.minEntropy == "number" ? o.minEntropy : fail(`${key}.minEntropy`, "a number", o.minEntropy)), o.severity !== void 0 && (rule.severity = severity(o.severity, `${key}.severity`)), rule;
  })), c.hook !== void 0) {
    isObj(c.hook) || fail("hook", 'an object like { "scope": "added" }', c.hook);
    let h = c.hook;
    unknownKeys(h, ["scope"], "hook."), h.scope !== void 0 && (h.scope !== "added" && h.scope !== "files" && fail("hook.scope", '"added" or "files"', h.scope), config.hook.scope = h.scope);
  }
  return c.dockerfile !== void 0 && (config.dockerfile = filesSection(c.dockerfile, "dockerfile")), c.compose !== void 0 && (config.compose = filesSection(c.compose, "compose")), c.kubernetes !== void 0 && (config.kubernetes = filesSection(c.kubernetes, "kubernetes")), c.baseline !== void 0 && (typeof c.baseline != "string" && fail("baseline", "a path string", c.baseline), config.baseline = c.baseline), config;
}
var isObj, describe, init_validate_config = __esm({
  "lib/config/validate-config.ts"() {
    "use strict";
    init_finding();
    init_config_error();
    init_defaults();
    isObj = (v) => typeof v == "object" && v !== null && !Array.isArray(v), describe = (v) => Array.isArray(v) ? "an array" : v === null ? "null" : typeof v == "object" ? "an object" : `${typeof v} ${JSON.stringify(v)}`;
  }
});

// node_modules/resolve-from/index.js
var require_resolve_from = __commonJS({
  "node_modules/resolve-from/index.js"(exports2, module2) {
    "use strict";
    var path = require("path"), Module = require("module"), fs2 = require("fs"), resolveFrom = (fromDir, moduleId, silent) => {
      if (typeof fromDir != "string")
        throw new TypeError(`Expected \`fromDir\` to be of type \`string\`, got \`${typeof fromDir}\``);
      if (typeof moduleId != "string")
        throw new TypeError(`Expected \`moduleId\` to be of type \`string\`, got \`${typeof moduleId}\``);
      try {
        fromDir = fs2.realpathSync(fromDir);
      } catch (err) {
        if (err.code === "ENOENT")
          fromDir = path.resolve(fromDir);
        else {
          if (silent)
            return null;
          throw err;
        }
      }
      let fromFile = path.join(fromDir, "noop.js"), resolveFileName = () => Module._resolveFilename(moduleId, {
        id: fromFile,
        filename: fromFile,
        paths: Module._nodeModulePaths(fromDir)
      });
      if (silent)
        try {
          return resolveFileName();
        } catch {
          return null;
        }
      return resolveFileName();
    };
    module2.exports = (fromDir, moduleId) => resolveFrom(fromDir, moduleId);
    module2.exports.silent = (fromDir, moduleId) => resolveFrom(fromDir, moduleId, !0);
  }
});

// node_modules/callsites/index.js
var require_callsites = __commonJS({
  "node_modules/callsites/index.js"(exports2, module2) {
    "use strict";
    var callsites = () => {
      let _prepareStackTrace = Error.prepareStackTrace;
      Error.prepareStackTrace = (_, stack2) => stack2;
      let stack = new Error().stack.slice(1);
      return Error.prepareStackTrace = _prepareStackTrace, stack;
    };
    module2.exports = callsites;
    module2.exports.default = callsites;
  }
});

// node_modules/parent-module/index.js
var require_parent_module = __commonJS({
  "node_modules/parent-module/index.js"(exports2, module2) {
    "use strict";
    var callsites = require_callsites();
    module2.exports = (filepath) => {
      let stacks = callsites();
      if (!filepath)
        return stacks[2].getFileName();
      let seenVal = !1;
      stacks.shift();
      for (let stack of stacks) {
        let parentFilepath = stack.getFileName();
        if (typeof parentFilepath == "string") {
          if (parentFilepath === filepath) {
            seenVal = !0;
            continue;
          }
          if (parentFilepath !== "module.js" && seenVal && parentFilepath !== filepath)
            return parentFilepath;
        }
      }
    };
  }
});

// node_modules/import-fresh/index.js
var require_import_fresh = __commonJS({
  "node_modules/import-fresh/index.js"(exports2, module2) {
    "use strict";
    var path = require("path"), resolveFrom = require_resolve_from(), parentModule = require_parent_module();
    module2.exports = (moduleId) => {
      if (typeof moduleId != "string")
        throw new TypeError("Expected a string");
      let parentPath = parentModule(__filename), cwd = parentPath ? path.dirname(parentPath) : __dirname, filePath = resolveFrom(cwd, moduleId), oldModule = require.cache[filePath];
      if (oldModule && oldModule.parent) {
        let i = oldModule.parent.children.length;
        for (; i--; )
          oldModule.parent.children[i].id === filePath && oldModule.parent.children.splice(i, 1);
      }
      delete require.cache[filePath];
      let parent = require.cache[parentPath];
      return parent === void 0 || parent.require === void 0 ? require(filePath) : parent.require(filePath);
    };
  }
});

// node_modules/is-arrayish/index.js
var require_is_arrayish = __commonJS({
  "node_modules/is-arrayish/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(obj) {
      return obj ? obj instanceof Array || Array.isArray(obj) || obj.length >= 0 && obj.splice instanceof Function : !1;
    };
  }
});

// node_modules/error-ex/index.js
var require_error_ex = __commonJS({
  "node_modules/error-ex/index.js"(exports2, module2) {
    "use strict";
    var util = require("util"), isArrayish = require_is_arrayish(), errorEx = function(name, properties) {
      (!name || name.constructor !== String) && (properties = name || {}, name = Error.name);
      var errorExError = function ErrorEXError(message) {
        if (!this)
          return new ErrorEXError(message);
        message = message instanceof Error ? message.message : message || this.message, Error.call(this, message), Error.captureStackTrace(this, errorExError), this.name = name, Object.defineProperty(this, "message", {
          configurable: !0,
          enumerable: !1,
          get: function() {
            var newMessage = message.split(/\r?\n/g);
            for (var key in properties)
              if (properties.hasOwnProperty(key)) {
                var modifier = properties[key];
                "message" in modifier && (newMessage = modifier.message(this[key], newMessage) || newMessage, isArrayish(newMessage) || (newMessage = [newMessage]));
              }
            return newMessage.join(`
`);
          },
          set: function(v) {
            message = v;
          }
        });
        var overwrittenStack = null, stackDescriptor = Object.getOwnPropertyDescriptor(this, "stack"), stackGetter = stackDescriptor.get, stackValue = stackDescriptor.value;
        delete stackDescriptor.value, delete stackDescriptor.writable, stackDescriptor.set = function(newstack) {
          overwrittenStack = newstack;
        }, stackDescriptor.get = function() {
          var stack = (overwrittenStack || (stackGetter ? stackGetter.call(this) : stackValue)).split(/\r?\n+/g);
          overwrittenStack || (stack[0] = this.name + ": " + this.message);
          var lineCount = 1;
          for (var key in properties)
            if (properties.hasOwnProperty(key)) {
              var modifier = properties[key];
              if ("line" in modifier) {
                var line = modifier.line(this[key]);
                line && stack.splice(lineCount++, 0, "    " + line);
              }
              "stack" in modifier && modifier.stack(this[key], stack);
            }
          return stack.join(`
`);
        }, Object.defineProperty(this, "stack", stackDescriptor);
      };
      return Object.setPrototypeOf ? (Object.setPrototypeOf(errorExError.prototype, Error.prototype), Object.setPrototypeOf(errorExError, Error)) : util.inherits(errorExError, Error), errorExError;
    };
    errorEx.append = function(str, def) {
      return {
        message: function(v, message) {
          return v = v || def, v && (message[0] += " " + str.replace("%s", v.toString())), message;
        }
      };
    };
    errorEx.line = function(str, def) {
      return {
        line: function(v) {
          return v = v || def, v ? str.replace("%s", v.toString()) : null;
        }
      };
    };
    module2.exports = errorEx;
  }
});

// node_modules/json-parse-even-better-errors/index.js
var require_json_parse_even_better_errors = __commonJS({
  "node_modules/json-parse-even-better-errors/index.js"(exports2, module2) {
    "use strict";
    var hexify = (char) => {
      let h = char.charCodeAt(0).toString(16).toUpperCase();
      return "0x" + (h.length % 2 ? "0" : "") + h;
    }, parseError = (e, txt, context) => {
      if (!txt)
        return {
          message: e.message + " while parsing empty string",
          position: 0
        };
      let badToken = e.message.match(/^Unexpected token (.) .*position\s+(\d+)/i), errIdx = badToken ? +badToken[2] : e.message.match(/^Unexpected end of JSON.*/i) ? txt.length - 1 : null, msg = badToken ? e.message.replace(/^Unexpected token ./, `Unexpected token ${JSON.stringify(badToken[1])} (${hexify(badToken[1])})`) : e.message;
      if (errIdx != null) {
        let start = errIdx <= context ? 0 : errIdx - context, end = errIdx + context >= txt.length ? txt.length : errIdx + context, slice = (start === 0 ? "" : "...") + txt.slice(start, end) + (end === txt.length ? "" : "...");
        return {
          message: msg + ` while parsing ${txt === slice ? "" : "near "}${JSON.stringify(slice)}`,
          position: errIdx
        };
      } else
        return {
          message: msg + ` while parsing '${txt.slice(0, context * 2)}'`,
          position: 0
        };
    }, JSONParseError = class extends SyntaxError {
      constructor(er, txt, context, caller) {
        context = context || 20;
        let metadata = parseError(er, txt, context);
        super(metadata.message), Object.assign(this, metadata), this.code = "EJSONPARSE", this.systemError = er, Error.captureStackTrace(this, caller || this.constructor);
      }
      get name() {
        return this.constructor.name;
      }
      set name(n) {
      }
      get [Symbol.toStringTag]() {
        return this.constructor.name;
      }
    }, kIndent = /* @__PURE__ */ Symbol.for("indent"), kNewline = /* @__PURE__ */ Symbol.for("newline"), formatRE = /^\s*[{\[]((?:\r?\n)+)([\s\t]*)/, emptyRE = /^(?:\{\}|\[\])((?:\r?\n)+)?$/, parseJson = (txt, reviver, context) => {
      let parseText = stripBOM(txt);
      context = context || 20;
      try {
        let [, newline = `
`, indent = "  "] = parseText.match(emptyRE) || parseText.match(formatRE) || [, "", ""], result = JSON.parse(parseText, reviver);
        return result && typeof result == "object" && (result[kNewline] = newline, result[kIndent] = indent), result;
      } catch (e) {
        if (typeof txt != "string" && !Buffer.isBuffer(txt)) {
          let isEmptyArray = Array.isArray(txt) && txt.length === 0;
          throw Object.assign(new TypeError(
            `Cannot parse ${isEmptyArray ? "an empty array" : String(txt)}`
          ), {
            code: "EJSONPARSE",
            systemError: e
          });
        }
        throw new JSONParseError(e, parseText, context, parseJson);
      }
    }, stripBOM = (txt) => String(txt).replace(/^\uFEFF/, "");
    module2.exports = parseJson;
    parseJson.JSONParseError = JSONParseError;
    parseJson.noExceptions = (txt, reviver) => {
      try {
        return JSON.parse(stripBOM(txt), reviver);
      } catch {
      }
    };
  }
});

// node_modules/lines-and-columns/build/index.js
var require_build = __commonJS({
  "node_modules/lines-and-columns/build/index.js"(exports2) {
    "use strict";
    exports2.__esModule = !0;
    exports2.LinesAndColumns = void 0;
    var LF = `
`, CR = "\r", LinesAndColumns = (
      /** @class */
      (function() {
        function LinesAndColumns2(string) {
          this.string = string;
          for (var offsets = [0], offset = 0; offset < string.length; )
            switch (string[offset]) {
              case LF:
                offset += LF.length, offsets.push(offset);
                break;
              case CR:
                offset += CR.length, string[offset] === LF && (offset += LF.length), offsets.push(offset);
                break;
              default:
                offset++;
                break;
            }
          this.offsets = offsets;
        }
        return LinesAndColumns2.prototype.locationForIndex = function(index) {
          if (index < 0 || index > this.string.length)
            return null;
          for (var line = 0, offsets = this.offsets; offsets[line + 1] <= index; )
            line++;
          var column = index - offsets[line];
          return { line, column };
        }, LinesAndColumns2.prototype.indexForLocation = function(location) {
          var line = location.line, column = location.column;
          return line < 0 || line >= this.offsets.length || column < 0 || column > this.lengthOfLine(line) ? null : this.offsets[line] + column;
        }, LinesAndColumns2.prototype.lengthOfLine = function(line) {
          var offset = this.offsets[line], nextOffset = line === this.offsets.length - 1 ? this.string.length : this.offsets[line + 1];
          return nextOffset - offset;
        }, LinesAndColumns2;
      })()
    );
    exports2.LinesAndColumns = LinesAndColumns;
    exports2.default = LinesAndColumns;
  }
});

// node_modules/js-tokens/index.js
var require_js_tokens = __commonJS({
  "node_modules/js-tokens/index.js"(exports2) {
    Object.defineProperty(exports2, "__esModule", {
      value: !0
    });
    exports2.default = /((['"])(?:(?!\2|\\).|\\(?:\r\n|[\s\S]))*(\2)?|`(?:[^`\\$]|\\[\s\S]|\$(?!\{)|\$\{(?:[^{}]|\{[^}]*\}?)*\}?)*(`)?)|(\/\/.*)|(\/\*(?:[^*]|\*(?!\/))*(\*\/)?)|(\/(?!\*)(?:\[(?:(?![\]\\]).|\\.)*\]|(?![\/\]\\]).|\\.)+\/(?:(?!\s*(?:\b|[\u0080-\uFFFF$\\'"~({]|[+\-!](?!=)|\.?\d))|[gmiyus]{1,6}\b(?![\u0080-\uFFFF$\\]|\s*(?:[+\-*%&|^<>!=?({]|\/(?![\/*])))))|(0[xX][\da-fA-F]+|0[oO][0-7]+|0[bB][01]+|(?:\d*\.\d+|\d+\.?)(?:[eE][+-]?\d+)?)|((?!\d)(?:(?!\s)[$\w\u0080-\uFFFF]|\\u[\da-fA-F]{4}|\\u\{[\da-fA-F]+\})+)|(--|\+\+|&&|\|\||=>|\.{3}|(?:[+\-\/%&|^]|\*{1,2}|<{1,2}|>{1,3}|!=?|={1,2})=?|[?~.,:;[\](){}])|(\s+)|(^$|[\s\S])/g;
    exports2.matchToToken = function(match) {
      var token = { type: "invalid", value: match[0], closed: void 0 };
      return match[1] ? (token.type = "string", token.closed = !!(match[3] || match[4])) : match[5] ? token.type = "comment" : match[6] ? (token.type = "comment", token.closed = !!match[7]) : match[8] ? token.type = "regex" : match[9] ? token.type = "number" : match[10] ? token.type = "name" : match[11] ? token.type = "punctuator" : match[12] && (token.type = "whitespace"), token;
    };
  }
});

// node_modules/@babel/helper-validator-identifier/lib/identifier.js
var require_identifier = __commonJS({
  "node_modules/@babel/helper-validator-identifier/lib/identifier.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", {
      value: !0
    });
    exports2.isIdentifierChar = isIdentifierChar;
    exports2.isIdentifierName = isIdentifierName;
    exports2.isIdentifierStart = isIdentifierStart;
    var nonASCIIidentifierStartChars = "\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0560-\u0588\u05D0-\u05EA\u05EF-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u0870-\u0887\u0889-\u088F\u08A0-\u08C9\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C5C\u0C5D\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDC-\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D04-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E86-\u0E8A\u0E8C-\u0EA3\u0EA5\u0EA7-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u1711\u171F-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1878\u1880-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4C\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C8A\u1C90-\u1CBA\u1CBD-\u1CBF\u1CE9-\u1CEC\u1CEE-\u1CF3\u1CF5\u1CF6\u1CFA\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2118-\u211D\u2124\u2126\u2128\u212A-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309B-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312F\u3131-\u318E\u31A0-\u31BF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7DC\uA7F1-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA8FE\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB69\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC", nonASCIIidentifierChars = "\xB7\u0300-\u036F\u0387\u0483-\u0487\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u0610-\u061A\u064B-\u0669\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u06F0-\u06F9\u0711\u0730-\u074A\u07A6-\u07B0\u07C0-\u07C9\u07EB-\u07F3\u07FD\u0816-\u0819\u081B-\u0823\u0825-\u0827\u0829-\u082D\u0859-\u085B\u0897-\u089F\u08CA-\u08E1\u08E3-\u0903\u093A-\u093C\u093E-\u094F\u0951-\u0957\u0962\u0963\u0966-\u096F\u0981-\u0983\u09BC\u09BE-\u09C4\u09C7\u09C8\u09CB-\u09CD\u09D7\u09E2\u09E3\u09E6-\u09EF\u09FE\u0A01-\u0A03\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A66-\u0A71\u0A75\u0A81-\u0A83\u0ABC\u0ABE-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AE2\u0AE3\u0AE6-\u0AEF\u0AFA-\u0AFF\u0B01-\u0B03\u0B3C\u0B3E-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B55-\u0B57\u0B62\u0B63\u0B66-\u0B6F\u0B82\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD7\u0BE6-\u0BEF\u0C00-\u0C04\u0C3C\u0C3E-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C62\u0C63\u0C66-\u0C6F\u0C81-\u0C83\u0CBC\u0CBE-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CE2\u0CE3\u0CE6-\u0CEF\u0CF3\u0D00-\u0D03\u0D3B\u0D3C\u0D3E-\u0D44\u0D46-\u0D48\u0D4A-\u0D4D\u0D57\u0D62\u0D63\u0D66-\u0D6F\u0D81-\u0D83\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0E50-\u0E59\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECE\u0ED0-\u0ED9\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E\u0F3F\u0F71-\u0F84\u0F86\u0F87\u0F8D-\u0F97\u0F99-\u0FBC\u0FC6\u102B-\u103E\u1040-\u1049\u1056-\u1059\u105E-\u1060\u1062-\u1064\u1067-\u106D\u1071-\u1074\u1082-\u108D\u108F-\u109D\u135D-\u135F\u1369-\u1371\u1712-\u1715\u1732-\u1734\u1752\u1753\u1772\u1773\u17B4-\u17D3\u17DD\u17E0-\u17E9\u180B-\u180D\u180F-\u1819\u18A9\u1920-\u192B\u1930-\u193B\u1946-\u194F\u19D0-\u19DA\u1A17-\u1A1B\u1A55-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AB0-\u1ABD\u1ABF-\u1ADD\u1AE0-\u1AEB\u1B00-\u1B04\u1B34-\u1B44\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1B82\u1BA1-\u1BAD\u1BB0-\u1BB9\u1BE6-\u1BF3\u1C24-\u1C37\u1C40-\u1C49\u1C50-\u1C59\u1CD0-\u1CD2\u1CD4-\u1CE8\u1CED\u1CF4\u1CF7-\u1CF9\u1DC0-\u1DFF\u200C\u200D\u203F\u2040\u2054\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2CEF-\u2CF1\u2D7F\u2DE0-\u2DFF\u302A-\u302F\u3099\u309A\u30FB\uA620-\uA629\uA66F\uA674-\uA67D\uA69E\uA69F\uA6F0\uA6F1\uA802\uA806\uA80B\uA823-\uA827\uA82C\uA880\uA881\uA8B4-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F1\uA8FF-\uA909\uA926-\uA92D\uA947-\uA953\uA980-\uA983\uA9B3-\uA9C0\uA9D0-\uA9D9\uA9E5\uA9F0-\uA9F9\uAA29-\uAA36\uAA43\uAA4C\uAA4D\uAA50-\uAA59\uAA7B-\uAA7D\uAAB0\uAAB2-\uAAB4\uAAB7\uAAB8\uAABE\uAABF\uAAC1\uAAEB-\uAAEF\uAAF5\uAAF6\uABE3-\uABEA\uABEC\uABED\uABF0-\uABF9\uFB1E\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFF10-\uFF19\uFF3F\uFF65", nonASCIIidentifierStart = new RegExp("[" + nonASCIIidentifierStartChars + "]"), nonASCIIidentifier = new RegExp("[" + nonASCIIidentifierStartChars + nonASCIIidentifierChars + "]");
    nonASCIIidentifierStartChars = nonASCIIidentifierChars = null;
    var astralIdentifierStartCodes = [0, 11, 2, 25, 2, 18, 2, 1, 2, 14, 3, 13, 35, 122, 70, 52, 268, 28, 4, 48, 48, 31, 14, 29, 6, 37, 11, 29, 3, 35, 5, 7, 2, 4, 43, 157, 19, 35, 5, 35, 5, 39, 9, 51, 13, 10, 2, 14, 2, 6, 2, 1, 2, 10, 2, 14, 2, 6, 2, 1, 4, 51, 13, 310, 10, 21, 11, 7, 25, 5, 2, 41, 2, 8, 70, 5, 3, 0, 2, 43, 2, 1, 4, 0, 3, 22, 11, 22, 10, 30, 66, 18, 2, 1, 11, 21, 11, 25, 7, 25, 39, 55, 7, 1, 65, 0, 16, 3, 2, 2, 2, 28, 43, 28, 4, 28, 36, 7, 2, 27, 28, 53, 11, 21, 11, 18, 14, 17, 111, 72, 56, 50, 14, 50, 14, 35, 39, 27, 10, 22, 251, 41, 7, 1, 17, 5, 57, 28, 11, 0, 9, 21, 43, 17, 47, 20, 28, 22, 13, 52, 58, 1, 3, 0, 14, 44, 33, 24, 27, 35, 30, 0, 3, 0, 9, 34, 4, 0, 13, 47, 15, 3, 22, 0, 2, 0, 36, 17, 2, 24, 20, 1, 64, 6, 2, 0, 2, 3, 2, 14, 2, 9, 8, 46, 39, 7, 3, 1, 3, 21, 2, 6, 2, 1, 2, 4, 4, 0, 19, 0, 13, 4, 31, 9, 2, 0, 3, 0, 2, 37, 2, 0, 26, 0, 2, 0, 45, 52, 19, 3, 21, 2, 31, 47, 21, 1, 2, 0, 185, 46, 42, 3, 37, 47, 21, 0, 60, 42, 14, 0, 72, 26, 38, 6, 186, 43, 117, 63, 32, 7, 3, 0, 3, 7, 2, 1, 2, 23, 16, 0, 2, 0, 95, 7, 3, 38, 17, 0, 2, 0, 29, 0, 11, 39, 8, 0, 22, 0, 12, 45, 20, 0, 19, 72, 200, 32, 32, 8, 2, 36, 18, 0, 50, 29, 113, 6, 2, 1, 2, 37, 22, 0, 26, 5, 2, 1, 2, 31, 15, 0, 24, 43, 261, 18, 16, 0, 2, 12, 2, 33, 125, 0, 80, 921, 103, 110, 18, 195, 2637, 96, 16, 1071, 18, 5, 26, 3994, 6, 582, 6842, 29, 1763, 568, 8, 30, 18, 78, 18, 29, 19, 47, 17, 3, 32, 20, 6, 18, 433, 44, 212, 63, 33, 24, 3, 24, 45, 74, 6, 0, 67, 12, 65, 1, 2, 0, 15, 4, 10, 7381, 42, 31, 98, 114, 8702, 3, 2, 6, 2, 1, 2, 290, 16, 0, 30, 2, 3, 0, 15, 3, 9, 395, 2309, 106, 6, 12, 4, 8, 8, 9, 5991, 84, 2, 70, 2, 1, 3, 0, 3, 1, 3, 3, 2, 11, 2, 0, 2, 6, 2, 64, 2, 3, 3, 7, 2, 6, 2, 27, 2, 3, 2, 4, 2, 0, 4, 6, 2, 339, 3, 24, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 7, 1845, 30, 7, 5, 262, 61, 147, 44, 11, 6, 17, 0, 322, 29, 19, 43, 485, 27, 229, 29, 3, 0, 208, 30, 2, 2, 2, 1, 2, 6, 3, 4, 10, 1, 225, 6, 2, 3, 2, 1, 2, 14, 2, 196, 60, 67, 8, 0, 1205, 3, 2, 26, 2, 1, 2, 0, 3, 0, 2, 9, 2, 3, 2, 0, 2, 0, 7, 0, 5, 0, 2, 0, 2, 0, 2, 2, 2, 1, 2, 0, 3, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 1, 2, 0, 3, 3, 2, 6, 2, 3, 2, 3, 2, 0, 2, 9, 2, 16, 6, 2, 2, 4, 2, 16, 4421, 42719, 33, 4381, 3, 5773, 3, 7472, 16, 621, 2467, 541, 1507, 4938, 6, 8489], astralIdentifierCodes = [509, 0, 227, 0, 150, 4, 294, 9, 1368, 2, 2, 1, 6, 3, 41, 2, 5, 0, 166, 1, 574, 3, 9, 9, 7, 9, 32, 4, 318, 1, 78, 5, 71, 10, 50, 3, 123, 2, 54, 14, 32, 10, 3, 1, 11, 3, 46, 10, 8, 0, 46, 9, 7, 2, 37, 13, 2, 9, 6, 1, 45, 0, 13, 2, 49, 13, 9, 3, 2, 11, 83, 11, 7, 0, 3, 0, 158, 11, 6, 9, 7, 3, 56, 1, 2, 6, 3, 1, 3, 2, 10, 0, 11, 1, 3, 6, 4, 4, 68, 8, 2, 0, 3, 0, 2, 3, 2, 4, 2, 0, 15, 1, 83, 17, 10, 9, 5, 0, 82, 19, 13, 9, 214, 6, 3, 8, 28, 1, 83, 16, 16, 9, 82, 12, 9, 9, 7, 19, 58, 14, 5, 9, 243, 14, 166, 9, 71, 5, 2, 1, 3, 3, 2, 0, 2, 1, 13, 9, 120, 6, 3, 6, 4, 0, 29, 9, 41, 6, 2, 3, 9, 0, 10, 10, 47, 15, 199, 7, 137, 9, 54, 7, 2, 7, 17, 9, 57, 21, 2, 13, 123, 5, 4, 0, 2, 1, 2, 6, 2, 0, 9, 9, 49, 4, 2, 1, 2, 4, 9, 9, 55, 9, 266, 3, 10, 1, 2, 0, 49, 6, 4, 4, 14, 10, 5350, 0, 7, 14, 11465, 27, 2343, 9, 87, 9, 39, 4, 60, 6, 26, 9, 535, 9, 470, 0, 2, 54, 8, 3, 82, 0, 12, 1, 19628, 1, 4178, 9, 519, 45, 3, 22, 543, 4, 4, 5, 9, 7, 3, 6, 31, 3, 149, 2, 1418, 49, 513, 54, 5, 49, 9, 0, 15, 0, 23, 4, 2, 14, 1361, 6, 2, 16, 3, 6, 2, 1, 2, 4, 101, 0, 161, 6, 10, 9, 357, 0, 62, 13, 499, 13, 245, 1, 2, 9, 233, 0, 3, 0, 8, 1, 6, 0, 475, 6, 110, 6, 6, 9, 4759, 9, 787719, 239];
    function isInAstralSet(code, set) {
      let pos = 65536;
      for (let i = 0, length = set.length; i < length; i += 2) {
        if (pos += set[i], pos > code) return !1;
        if (pos += set[i + 1], pos >= code) return !0;
      }
      return !1;
    }
    function isIdentifierStart(code) {
      return code < 65 ? code === 36 : code <= 90 ? !0 : code < 97 ? code === 95 : code <= 122 ? !0 : code <= 65535 ? code >= 170 && nonASCIIidentifierStart.test(String.fromCharCode(code)) : isInAstralSet(code, astralIdentifierStartCodes);
    }
    function isIdentifierChar(code) {
      return code < 48 ? code === 36 : code < 58 ? !0 : code < 65 ? !1 : code <= 90 ? !0 : code < 97 ? code === 95 : code <= 122 ? !0 : code <= 65535 ? code >= 170 && nonASCIIidentifier.test(String.fromCharCode(code)) : isInAstralSet(code, astralIdentifierStartCodes) || isInAstralSet(code, astralIdentifierCodes);
    }
    function isIdentifierName(name) {
      let isFirst = !0;
      for (let i = 0; i < name.length; i++) {
        let cp = name.charCodeAt(i);
        if ((cp & 64512) === 55296 && i + 1 < name.length) {
          let trail = name.charCodeAt(++i);
          (trail & 64512) === 56320 && (cp = 65536 + ((cp & 1023) << 10) + (trail & 1023));
        }
        if (isFirst) {
          if (isFirst = !1, !isIdentifierStart(cp))
            return !1;
        } else if (!isIdentifierChar(cp))
          return !1;
      }
      return !isFirst;
    }
  }
});

// node_modules/@babel/helper-validator-identifier/lib/keyword.js
var require_keyword = __commonJS({
  "node_modules/@babel/helper-validator-identifier/lib/keyword.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", {
      value: !0
    });
    exports2.isKeyword = isKeyword;
    exports2.isReservedWord = isReservedWord;
    exports2.isStrictBindOnlyReservedWord = isStrictBindOnlyReservedWord;
    exports2.isStrictBindReservedWord = isStrictBindReservedWord;
    exports2.isStrictReservedWord = isStrictReservedWord;
    var reservedWords = {
      keyword: ["break", "case", "catch", "continue", "debugger", "default", "do", "else", "finally", "for", "function", "if", "return", "switch", "throw", "try", "var", "const", "while", "with", "new", "this", "super", "class", "extends", "export", "import", "null", "true", "false", "in", "instanceof", "typeof", "void", "delete"],
      strict: ["implements", "interface", "let", "package", "private", "protected", "public", "static", "yield"],
      strictBind: ["eval", "arguments"]
    }, keywords = new Set(reservedWords.keyword), reservedWordsStrictSet = new Set(reservedWords.strict), reservedWordsStrictBindSet = new Set(reservedWords.strictBind);
    function isReservedWord(word, inModule) {
      return inModule && word === "await" || word === "enum";
    }
    function isStrictReservedWord(word, inModule) {
      return isReservedWord(word, inModule) || reservedWordsStrictSet.has(word);
    }
    function isStrictBindOnlyReservedWord(word) {
      return reservedWordsStrictBindSet.has(word);
    }
    function isStrictBindReservedWord(word, inModule) {
      return isStrictReservedWord(word, inModule) || isStrictBindOnlyReservedWord(word);
    }
    function isKeyword(word) {
      return keywords.has(word);
    }
  }
});

// node_modules/@babel/helper-validator-identifier/lib/index.js
var require_lib = __commonJS({
  "node_modules/@babel/helper-validator-identifier/lib/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", {
      value: !0
    });
    Object.defineProperty(exports2, "isIdentifierChar", {
      enumerable: !0,
      get: function() {
        return _identifier.isIdentifierChar;
      }
    });
    Object.defineProperty(exports2, "isIdentifierName", {
      enumerable: !0,
      get: function() {
        return _identifier.isIdentifierName;
      }
    });
    Object.defineProperty(exports2, "isIdentifierStart", {
      enumerable: !0,
      get: function() {
        return _identifier.isIdentifierStart;
      }
    });
    Object.defineProperty(exports2, "isKeyword", {
      enumerable: !0,
      get: function() {
        return _keyword.isKeyword;
      }
    });
    Object.defineProperty(exports2, "isReservedWord", {
      enumerable: !0,
      get: function() {
        return _keyword.isReservedWord;
      }
    });
    Object.defineProperty(exports2, "isStrictBindOnlyReservedWord", {
      enumerable: !0,
      get: function() {
        return _keyword.isStrictBindOnlyReservedWord;
      }
    });
    Object.defineProperty(exports2, "isStrictBindReservedWord", {
      enumerable: !0,
      get: function() {
        return _keyword.isStrictBindReservedWord;
      }
    });
    Object.defineProperty(exports2, "isStrictReservedWord", {
      enumerable: !0,
      get: function() {
        return _keyword.isStrictReservedWord;
      }
    });
    var _identifier = require_identifier(), _keyword = require_keyword();
  }
});

// node_modules/@babel/code-frame/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/@babel/code-frame/lib/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var picocolors = require_picocolors(), jsTokens = require_js_tokens(), helperValidatorIdentifier = require_lib();
    function isColorSupported() {
      return typeof process == "object" && (process.env.FORCE_COLOR === "0" || process.env.FORCE_COLOR === "false") ? !1 : picocolors.isColorSupported;
    }
    var compose = (f, g) => (v) => f(g(v));
    function buildDefs(colors) {
      return {
        keyword: colors.cyan,
        capitalized: colors.yellow,
        jsxIdentifier: colors.yellow,
        punctuator: colors.yellow,
        number: colors.magenta,
        string: colors.green,
        regex: colors.magenta,
        comment: colors.gray,
        invalid: compose(compose(colors.white, colors.bgRed), colors.bold),
        gutter: colors.gray,
        marker: compose(colors.red, colors.bold),
        message: compose(colors.red, colors.bold),
        reset: colors.reset
      };
    }
    var defsOn = buildDefs(picocolors.createColors(!0)), defsOff = buildDefs(picocolors.createColors(!1));
    function getDefs(enabled) {
      return enabled ? defsOn : defsOff;
    }
    var sometimesKeywords = /* @__PURE__ */ new Set(["as", "async", "from", "get", "of", "set"]), NEWLINE$1 = /\r\n|[\n\r\u2028\u2029]/, BRACKET = /^[()[\]{}]$/, tokenize, JSX_TAG = /^[a-z][\w-]*$/i, getTokenType = function(token, offset, text) {
      if (token.type === "name") {
        let tokenValue = token.value;
        if (helperValidatorIdentifier.isKeyword(tokenValue) || helperValidatorIdentifier.isStrictReservedWord(tokenValue, !0) || sometimesKeywords.has(tokenValue))
          return "keyword";
        if (JSX_TAG.test(tokenValue) && (text[offset - 1] === "<" || text.slice(offset - 2, offset) === "</"))
          return "jsxIdentifier";
        let firstChar = String.fromCodePoint(tokenValue.codePointAt(0));
        if (firstChar !== firstChar.toLowerCase())
          return "capitalized";
      }
      return token.type === "punctuator" && BRACKET.test(token.value) ? "bracket" : token.type === "invalid" && (token.value === "@" || token.value === "#") ? "punctuator" : token.type;
    };
    tokenize = function* (text) {
      let match;
      for (; match = jsTokens.default.exec(text); ) {
        let token = jsTokens.matchToToken(match);
        yield {
          type: getTokenType(token, match.index, text),
          value: token.value
        };
      }
    };
    function highlight(text) {
      if (text === "") return "";
      let defs = getDefs(!0), highlighted = "";
      for (let {
        type,
        value
      } of tokenize(text))
        type in defs ? highlighted += value.split(NEWLINE$1).map((str) => defs[type](str)).join(`
`) : highlighted += value;
      return highlighted;
    }
    var deprecationWarningShown = !1, NEWLINE = /\r\n|[\n\r\u2028\u2029]/;
    function getMarkerLines(loc, source, opts, startLineBaseZero) {
      let startLoc = Object.assign({
        column: 0,
        line: -1
      }, loc.start), endLoc = Object.assign({}, startLoc, loc.end), {
        linesAbove = 2,
        linesBelow = 3
      } = opts || {}, startLine = startLoc.line - startLineBaseZero, startColumn = startLoc.column, endLine = endLoc.line - startLineBaseZero, endColumn = endLoc.column, start = Math.max(startLine - (linesAbove + 1), 0), end = Math.min(source.length, endLine + linesBelow);
      startLine === -1 && (start = 0), endLine === -1 && (end = source.length);
      let lineDiff = endLine - startLine, markerLines = {};
      if (lineDiff)
        for (let i = 0; i <= lineDiff; i++) {
          let lineNumber = i + startLine;
          if (!startColumn)
            markerLines[lineNumber] = !0;
          else if (i === 0) {
            let sourceLength = source[lineNumber - 1].length;
            markerLines[lineNumber] = [startColumn, sourceLength - startColumn + 1];
          } else if (i === lineDiff)
            markerLines[lineNumber] = [0, endColumn];
          else {
            let sourceLength = source[lineNumber - i].length;
            markerLines[lineNumber] = [0, sourceLength];
          }
        }
      else
        startColumn === endColumn ? startColumn ? markerLines[startLine] = [startColumn, 0] : markerLines[startLine] = !0 : markerLines[startLine] = [startColumn, endColumn - startColumn];
      return {
        start,
        end,
        markerLines
      };
    }
    function codeFrameColumns(rawLines, loc, opts = {}) {
      let shouldHighlight = opts.forceColor || isColorSupported() && opts.highlightCode, startLineBaseZero = (opts.startLine || 1) - 1, defs = getDefs(shouldHighlight), lines = rawLines.split(NEWLINE), {
        start,
        end,
        markerLines
      } = getMarkerLines(loc, lines, opts, startLineBaseZero), hasColumns = loc.start && typeof loc.start.column == "number", numberMaxWidth = String(end + startLineBaseZero).length, frame = (shouldHighlight ? highlight(rawLines) : rawLines).split(NEWLINE, end).slice(start, end).map((line, index2) => {
        let number = start + 1 + index2, gutter = ` ${` ${number + startLineBaseZero}`.slice(-numberMaxWidth)} |`, hasMarker = markerLines[number], lastMarkerLine = !markerLines[number + 1];
        if (hasMarker) {
          let markerLine = "";
          if (Array.isArray(hasMarker)) {
            let markerSpacing = line.slice(0, Math.max(hasMarker[0] - 1, 0)).replace(/[^\t]/g, " "), numberOfMarkers = hasMarker[1] || 1;
            markerLine = [`
 `, defs.gutter(gutter.replace(/\d/g, " ")), " ", markerSpacing, defs.marker("^").repeat(numberOfMarkers)].join(""), lastMarkerLine && opts.message && (markerLine += " " + defs.message(opts.message));
          }
          return [defs.marker(">"), defs.gutter(gutter), line.length > 0 ? ` ${line}` : "", markerLine].join("");
        } else
          return ` ${defs.gutter(gutter)}${line.length > 0 ? ` ${line}` : ""}`;
      }).join(`
`);
      return opts.message && !hasColumns && (frame = `${" ".repeat(numberMaxWidth + 1)}${opts.message}
${frame}`), shouldHighlight ? defs.reset(frame) : frame;
    }
    function index(rawLines, lineNumber, colNumber, opts = {}) {
      if (!deprecationWarningShown) {
        deprecationWarningShown = !0;
        let message = "Passing lineNumber and colNumber is deprecated to @babel/code-frame. Please use `codeFrameColumns`.";
        if (process.emitWarning)
          process.emitWarning(message, "DeprecationWarning");
        else {
          let deprecationError = new Error(message);
          deprecationError.name = "DeprecationWarning", console.warn(new Error(message));
        }
      }
      return colNumber = Math.max(colNumber, 0), codeFrameColumns(rawLines, {
        start: {
          column: colNumber,
          line: lineNumber
        }
      }, opts);
    }
    exports2.codeFrameColumns = codeFrameColumns;
    exports2.default = index;
    exports2.highlight = highlight;
  }
});

// node_modules/parse-json/index.js
var require_parse_json = __commonJS({
  "node_modules/parse-json/index.js"(exports2, module2) {
    "use strict";
    var errorEx = require_error_ex(), fallback = require_json_parse_even_better_errors(), { default: LinesAndColumns } = require_build(), { codeFrameColumns } = require_lib2(), JSONError = errorEx("JSONError", {
      fileName: errorEx.append("in %s"),
      codeFrame: errorEx.append(`

%s
`)
    }), parseJson = (string, reviver, filename) => {
      typeof reviver == "string" && (filename = reviver, reviver = null);
      try {
        try {
          return JSON.parse(string, reviver);
        } catch (error) {
          throw fallback(string, reviver), error;
        }
      } catch (error) {
        error.message = error.message.replace(/\n/g, "");
        let indexMatch = error.message.match(/in JSON at position (\d+) while parsing/), jsonError = new JSONError(error);
        if (filename && (jsonError.fileName = filename), indexMatch && indexMatch.length > 0) {
          let lines = new LinesAndColumns(string), index = Number(indexMatch[1]), location = lines.locationForIndex(index), codeFrame = codeFrameColumns(
            string,
            { start: { line: location.line + 1, column: location.column + 1 } },
            { highlightCode: !0 }
          );
          jsonError.codeFrame = codeFrame;
        }
        throw jsonError;
      }
    };
    parseJson.JSONError = JSONError;
    module2.exports = parseJson;
  }
});

// node_modules/js-yaml/lib/common.js
var require_common = __commonJS({
  "node_modules/js-yaml/lib/common.js"(exports2, module2) {
    "use strict";
    function isNothing(subject) {
      return typeof subject > "u" || subject === null;
    }
    function isObject(subject) {
      return typeof subject == "object" && subject !== null;
    }
    function toArray(sequence) {
      return Array.isArray(sequence) ? sequence : isNothing(sequence) ? [] : [sequence];
    }
    function extend(target, source) {
      if (source) {
        let sourceKeys = Object.keys(source);
        for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
          let key = sourceKeys[index];
          target[key] = source[key];
        }
      }
      return target;
    }
    function repeat(string, count) {
      let result = "";
      for (let cycle = 0; cycle < count; cycle += 1)
        result += string;
      return result;
    }
    function isNegativeZero(number) {
      return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
    }
    module2.exports.isNothing = isNothing;
    module2.exports.isObject = isObject;
    module2.exports.toArray = toArray;
    module2.exports.repeat = repeat;
    module2.exports.isNegativeZero = isNegativeZero;
    module2.exports.extend = extend;
  }
});

// node_modules/js-yaml/lib/exception.js
var require_exception = __commonJS({
  "node_modules/js-yaml/lib/exception.js"(exports2, module2) {
    "use strict";
    function formatError(exception, compact) {
      let where = "", message = exception.reason || "(unknown reason)";
      return exception.mark ? (exception.mark.name && (where += 'in "' + exception.mark.name + '" '), where += "(" + (exception.mark.line + 1) + ":" + (exception.mark.column + 1) + ")", !compact && exception.mark.snippet && (where += `

` + exception.mark.snippet), message + " " + where) : message;
    }
    function YAMLException(reason, mark) {
      Error.call(this), this.name = "YAMLException", this.reason = reason, this.mark = mark, this.message = formatError(this, !1), Error.captureStackTrace ? Error.captureStackTrace(this, this.constructor) : this.stack = new Error().stack || "";
    }
    YAMLException.prototype = Object.create(Error.prototype);
    YAMLException.prototype.constructor = YAMLException;
    YAMLException.prototype.toString = function(compact) {
      return this.name + ": " + formatError(this, compact);
    };
    module2.exports = YAMLException;
  }
});

// node_modules/js-yaml/lib/snippet.js
var require_snippet = __commonJS({
  "node_modules/js-yaml/lib/snippet.js"(exports2, module2) {
    "use strict";
    var common = require_common();
    function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
      let head = "", tail = "", maxHalfLength = Math.floor(maxLineLength / 2) - 1;
      return position - lineStart > maxHalfLength && (head = " ... ", lineStart = position - maxHalfLength + head.length), lineEnd - position > maxHalfLength && (tail = " ...", lineEnd = position + maxHalfLength - tail.length), {
        str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
        pos: position - lineStart + head.length
        // relative position
      };
    }
    function padStart(string, max) {
      return common.repeat(" ", max - string.length) + string;
    }
    function makeSnippet(mark, options) {
      if (options = Object.create(options || null), !mark.buffer) return null;
      options.maxLength || (options.maxLength = 79), typeof options.indent != "number" && (options.indent = 1), typeof options.linesBefore != "number" && (options.linesBefore = 3), typeof options.linesAfter != "number" && (options.linesAfter = 2);
      let re = /\r?\n|\r|\0/g, lineStarts = [0], lineEnds = [], match, foundLineNo = -1;
      for (; match = re.exec(mark.buffer); )
        lineEnds.push(match.index), lineStarts.push(match.index + match[0].length), mark.position <= match.index && foundLineNo < 0 && (foundLineNo = lineStarts.length - 2);
      foundLineNo < 0 && (foundLineNo = lineStarts.length - 1);
      let result = "", lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length, maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
      for (let i = 1; i <= options.linesBefore && !(foundLineNo - i < 0); i++) {
        let line2 = getLine(
          mark.buffer,
          lineStarts[foundLineNo - i],
          lineEnds[foundLineNo - i],
          mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
          maxLineLength
        );
        result = common.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + `
` + result;
      }
      let line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
      result += common.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + `
`, result += common.repeat("-", options.indent + lineNoLength + 3 + line.pos) + `^
`;
      for (let i = 1; i <= options.linesAfter && !(foundLineNo + i >= lineEnds.length); i++) {
        let line2 = getLine(
          mark.buffer,
          lineStarts[foundLineNo + i],
          lineEnds[foundLineNo + i],
          mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
          maxLineLength
        );
        result += common.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + `
`;
      }
      return result.replace(/\n$/, "");
    }
    module2.exports = makeSnippet;
  }
});

// node_modules/js-yaml/lib/type.js
var require_type = __commonJS({
  "node_modules/js-yaml/lib/type.js"(exports2, module2) {
    "use strict";
    var YAMLException = require_exception(), TYPE_CONSTRUCTOR_OPTIONS = [
      "kind",
      "multi",
      "resolve",
      "construct",
      "instanceOf",
      "predicate",
      "represent",
      "representName",
      "defaultStyle",
      "styleAliases"
    ], YAML_NODE_KINDS = [
      "scalar",
      "sequence",
      "mapping"
    ];
    function compileStyleAliases(map) {
      let result = {};
      return map !== null && Object.keys(map).forEach(function(style) {
        map[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      }), result;
    }
    function Type(tag, options) {
      if (options = options || {}, Object.keys(options).forEach(function(name) {
        if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1)
          throw new YAMLException('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }), this.options = options, this.tag = tag, this.kind = options.kind || null, this.resolve = options.resolve || function() {
        return !0;
      }, this.construct = options.construct || function(data) {
        return data;
      }, this.instanceOf = options.instanceOf || null, this.predicate = options.predicate || null, this.represent = options.represent || null, this.representName = options.representName || null, this.defaultStyle = options.defaultStyle || null, this.multi = options.multi || !1, this.styleAliases = compileStyleAliases(options.styleAliases || null), YAML_NODE_KINDS.indexOf(this.kind) === -1)
        throw new YAMLException('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
    module2.exports = Type;
  }
});

// node_modules/js-yaml/lib/schema.js
var require_schema = __commonJS({
  "node_modules/js-yaml/lib/schema.js"(exports2, module2) {
    "use strict";
    var YAMLException = require_exception(), Type = require_type();
    function compileList(schema, name) {
      let result = [];
      return schema[name].forEach(function(currentType) {
        let newIndex = result.length;
        result.forEach(function(previousType, previousIndex) {
          previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi && (newIndex = previousIndex);
        }), result[newIndex] = currentType;
      }), result;
    }
    function compileMap() {
      let result = {
        scalar: {},
        sequence: {},
        mapping: {},
        fallback: {},
        multi: {
          scalar: [],
          sequence: [],
          mapping: [],
          fallback: []
        }
      };
      function collectType(type) {
        type.multi ? (result.multi[type.kind].push(type), result.multi.fallback.push(type)) : result[type.kind][type.tag] = result.fallback[type.tag] = type;
      }
      for (let index = 0, length = arguments.length; index < length; index += 1)
        arguments[index].forEach(collectType);
      return result;
    }
    function Schema(definition) {
      return this.extend(definition);
    }
    Schema.prototype.extend = function(definition) {
      let implicit = [], explicit = [];
      if (definition instanceof Type)
        explicit.push(definition);
      else if (Array.isArray(definition))
        explicit = explicit.concat(definition);
      else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit)))
        definition.implicit && (implicit = implicit.concat(definition.implicit)), definition.explicit && (explicit = explicit.concat(definition.explicit));
      else
        throw new YAMLException("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
      implicit.forEach(function(type) {
        if (!(type instanceof Type))
          throw new YAMLException("Specified list of YAML types (or a single Type object) contains a non-Type object.");
        if (type.loadKind && type.loadKind !== "scalar")
          throw new YAMLException("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
        if (type.multi)
          throw new YAMLException("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }), explicit.forEach(function(type) {
        if (!(type instanceof Type))
          throw new YAMLException("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      });
      let result = Object.create(Schema.prototype);
      return result.implicit = (this.implicit || []).concat(implicit), result.explicit = (this.explicit || []).concat(explicit), result.compiledImplicit = compileList(result, "implicit"), result.compiledExplicit = compileList(result, "explicit"), result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit), result;
    };
    module2.exports = Schema;
  }
});

// node_modules/js-yaml/lib/type/str.js
var require_str = __commonJS({
  "node_modules/js-yaml/lib/type/str.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    module2.exports = new Type("tag:yaml.org,2002:str", {
      kind: "scalar",
      construct: function(data) {
        return data !== null ? data : "";
      }
    });
  }
});

// node_modules/js-yaml/lib/type/seq.js
var require_seq = __commonJS({
  "node_modules/js-yaml/lib/type/seq.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    module2.exports = new Type("tag:yaml.org,2002:seq", {
      kind: "sequence",
      construct: function(data) {
        return data !== null ? data : [];
      }
    });
  }
});

// node_modules/js-yaml/lib/type/map.js
var require_map = __commonJS({
  "node_modules/js-yaml/lib/type/map.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    module2.exports = new Type("tag:yaml.org,2002:map", {
      kind: "mapping",
      construct: function(data) {
        return data !== null ? data : {};
      }
    });
  }
});

// node_modules/js-yaml/lib/schema/failsafe.js
var require_failsafe = __commonJS({
  "node_modules/js-yaml/lib/schema/failsafe.js"(exports2, module2) {
    "use strict";
    var Schema = require_schema();
    module2.exports = new Schema({
      explicit: [
        require_str(),
        require_seq(),
        require_map()
      ]
    });
  }
});

// node_modules/js-yaml/lib/type/null.js
var require_null = __commonJS({
  "node_modules/js-yaml/lib/type/null.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    function resolveYamlNull(data) {
      if (data === null) return !0;
      let max = data.length;
      return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
    }
    function constructYamlNull() {
      return null;
    }
    function isNull(object) {
      return object === null;
    }
    module2.exports = new Type("tag:yaml.org,2002:null", {
      kind: "scalar",
      resolve: resolveYamlNull,
      construct: constructYamlNull,
      predicate: isNull,
      represent: {
        canonical: function() {
          return "~";
        },
        lowercase: function() {
          return "null";
        },
        uppercase: function() {
          return "NULL";
        },
        camelcase: function() {
          return "Null";
        },
        empty: function() {
          return "";
        }
      },
      defaultStyle: "lowercase"
    });
  }
});

// node_modules/js-yaml/lib/type/bool.js
var require_bool = __commonJS({
  "node_modules/js-yaml/lib/type/bool.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    function resolveYamlBoolean(data) {
      if (data === null) return !1;
      let max = data.length;
      return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
    }
    function constructYamlBoolean(data) {
      return data === "true" || data === "True" || data === "TRUE";
    }
    function isBoolean(object) {
      return Object.prototype.toString.call(object) === "[object Boolean]";
    }
    module2.exports = new Type("tag:yaml.org,2002:bool", {
      kind: "scalar",
      resolve: resolveYamlBoolean,
      construct: constructYamlBoolean,
      predicate: isBoolean,
      represent: {
        lowercase: function(object) {
          return object ? "true" : "false";
        },
        uppercase: function(object) {
          return object ? "TRUE" : "FALSE";
        },
        camelcase: function(object) {
          return object ? "True" : "False";
        }
      },
      defaultStyle: "lowercase"
    });
  }
});

// node_modules/js-yaml/lib/type/int.js
var require_int = __commonJS({
  "node_modules/js-yaml/lib/type/int.js"(exports2, module2) {
    "use strict";
    var common = require_common(), Type = require_type();
    function isHexCode(c) {
      return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
    }
    function isOctCode(c) {
      return c >= 48 && c <= 55;
    }
    function isDecCode(c) {
      return c >= 48 && c <= 57;
    }
    function resolveYamlInteger(data) {
      if (data === null) return !1;
      let max = data.length, index = 0, hasDigits = !1;
      if (!max) return !1;
      let ch = data[index];
      if ((ch === "-" || ch === "+") && (ch = data[++index]), ch === "0") {
        if (index + 1 === max) return !0;
        if (ch = data[++index], ch === "b") {
          for (index++; index < max; index++) {
            if (ch = data[index], ch !== "0" && ch !== "1") return !1;
            hasDigits = !0;
          }
          return hasDigits && isFinite(parseYamlInteger(data));
        }
        if (ch === "x") {
          for (index++; index < max; index++) {
            if (!isHexCode(data.charCodeAt(index))) return !1;
            hasDigits = !0;
          }
          return hasDigits && isFinite(parseYamlInteger(data));
        }
        if (ch === "o") {
          for (index++; index < max; index++) {
            if (!isOctCode(data.charCodeAt(index))) return !1;
            hasDigits = !0;
          }
          return hasDigits && isFinite(parseYamlInteger(data));
        }
      }
      for (; index < max; index++) {
        if (!isDecCode(data.charCodeAt(index)))
          return !1;
        hasDigits = !0;
      }
      return hasDigits ? isFinite(parseYamlInteger(data)) : !1;
    }
    function parseYamlInteger(data) {
      let value = data, sign = 1, ch = value[0];
      if ((ch === "-" || ch === "+") && (ch === "-" && (sign = -1), value = value.slice(1), ch = value[0]), value === "0") return 0;
      if (ch === "0") {
        if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
        if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
        if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
      }
      return sign * parseInt(value, 10);
    }
    function constructYamlInteger(data) {
      return parseYamlInteger(data);
    }
    function isInteger(object) {
      return Object.prototype.toString.call(object) === "[object Number]" && object % 1 === 0 && !common.isNegativeZero(object);
    }
    module2.exports = new Type("tag:yaml.org,2002:int", {
      kind: "scalar",
      resolve: resolveYamlInteger,
      construct: constructYamlInteger,
      predicate: isInteger,
      represent: {
        binary: function(obj) {
          return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
        },
        octal: function(obj) {
          return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
        },
        decimal: function(obj) {
          return obj.toString(10);
        },
        hexadecimal: function(obj) {
          return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
        }
      },
      defaultStyle: "decimal",
      styleAliases: {
        binary: [2, "bin"],
        octal: [8, "oct"],
        decimal: [10, "dec"],
        hexadecimal: [16, "hex"]
      }
    });
  }
});

// node_modules/js-yaml/lib/type/float.js
var require_float = __commonJS({
  "node_modules/js-yaml/lib/type/float.js"(exports2, module2) {
    "use strict";
    var common = require_common(), Type = require_type(), YAML_FLOAT_PATTERN = new RegExp(
      // 2.5e4, 2.5 and integers
      "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
    ), YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
      "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
    );
    function resolveYamlFloat(data) {
      return data === null || !YAML_FLOAT_PATTERN.test(data) ? !1 : isFinite(parseFloat(data, 10)) ? !0 : YAML_FLOAT_SPECIAL_PATTERN.test(data);
    }
    function constructYamlFloat(data) {
      let value = data.toLowerCase(), sign = value[0] === "-" ? -1 : 1;
      return "+-".indexOf(value[0]) >= 0 && (value = value.slice(1)), value === ".inf" ? sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY : value === ".nan" ? NaN : sign * parseFloat(value, 10);
    }
    var SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
    function representYamlFloat(object, style) {
      if (isNaN(object))
        switch (style) {
          case "lowercase":
            return ".nan";
          case "uppercase":
            return ".NAN";
          case "camelcase":
            return ".NaN";
        }
      else if (Number.POSITIVE_INFINITY === object)
        switch (style) {
          case "lowercase":
            return ".inf";
          case "uppercase":
            return ".INF";
          case "camelcase":
            return ".Inf";
        }
      else if (Number.NEGATIVE_INFINITY === object)
        switch (style) {
          case "lowercase":
            return "-.inf";
          case "uppercase":
            return "-.INF";
          case "camelcase":
            return "-.Inf";
        }
      else if (common.isNegativeZero(object))
        return "-0.0";
      let res = object.toString(10);
      return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
    }
    function isFloat(object) {
      return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common.isNegativeZero(object));
    }
    module2.exports = new Type("tag:yaml.org,2002:float", {
      kind: "scalar",
      resolve: resolveYamlFloat,
      construct: constructYamlFloat,
      predicate: isFloat,
      represent: representYamlFloat,
      defaultStyle: "lowercase"
    });
  }
});

// node_modules/js-yaml/lib/schema/json.js
var require_json = __commonJS({
  "node_modules/js-yaml/lib/schema/json.js"(exports2, module2) {
    "use strict";
    module2.exports = require_failsafe().extend({
      implicit: [
        require_null(),
        require_bool(),
        require_int(),
        require_float()
      ]
    });
  }
});

// node_modules/js-yaml/lib/schema/core.js
var require_core = __commonJS({
  "node_modules/js-yaml/lib/schema/core.js"(exports2, module2) {
    "use strict";
    module2.exports = require_json();
  }
});

// node_modules/js-yaml/lib/type/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/js-yaml/lib/type/timestamp.js"(exports2, module2) {
    "use strict";
    var Type = require_type(), YAML_DATE_REGEXP = new RegExp(
      "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
    ), YAML_TIMESTAMP_REGEXP = new RegExp(
      "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
    );
    function resolveYamlTimestamp(data) {
      return data === null ? !1 : YAML_DATE_REGEXP.exec(data) !== null || YAML_TIMESTAMP_REGEXP.exec(data) !== null;
    }
    function constructYamlTimestamp(data) {
      let fraction = 0, delta = null, match = YAML_DATE_REGEXP.exec(data);
      if (match === null && (match = YAML_TIMESTAMP_REGEXP.exec(data)), match === null) throw new Error("Date resolve error");
      let year = +match[1], month = +match[2] - 1, day = +match[3];
      if (!match[4])
        return new Date(Date.UTC(year, month, day));
      let hour = +match[4], minute = +match[5], second = +match[6];
      if (match[7]) {
        for (fraction = match[7].slice(0, 3); fraction.length < 3; )
          fraction += "0";
        fraction = +fraction;
      }
      if (match[9]) {
        let tzHour = +match[10], tzMinute = +(match[11] || 0);
        delta = (tzHour * 60 + tzMinute) * 6e4, match[9] === "-" && (delta = -delta);
      }
      let date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
      return delta && date.setTime(date.getTime() - delta), date;
    }
    function representYamlTimestamp(object) {
      return object.toISOString();
    }
    module2.exports = new Type("tag:yaml.org,2002:timestamp", {
      kind: "scalar",
      resolve: resolveYamlTimestamp,
      construct: constructYamlTimestamp,
      instanceOf: Date,
      represent: representYamlTimestamp
    });
  }
});

// node_modules/js-yaml/lib/type/merge.js
var require_merge = __commonJS({
  "node_modules/js-yaml/lib/type/merge.js"(exports2, module2) {
    "use strict";
    var Type = require_type();
    function resolveYamlMerge(data) {
      return data === "<<" || data === null;
    }
    module2.exports = new Type("tag:yaml.org,2002:merge", {
      kind: "scalar",
      resolve: resolveYamlMerge
    });
  }
});

// node_modules/js-yaml/lib/type/binary.js
var require_binary = __commonJS({
  "node_modules/js-yaml/lib/type/binary.js"(exports2, module2) {
    "use strict";
    var Type = require_type(), BASE64_MAP = `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=
\r`;
    function resolveYamlBinary(data) {
      if (data === null) return !1;
      let bitlen = 0, max = data.length, map = BASE64_MAP;
      for (let idx = 0; idx < max; idx++) {
        let code = map.indexOf(data.charAt(idx));
        if (!(code > 64)) {
          if (code < 0) return !1;
          bitlen += 6;
        }
      }
      return bitlen % 8 === 0;
    }
    function constructYamlBinary(data) {
      let input = data.replace(/[\r\n=]/g, ""), max = input.length, map = BASE64_MAP, bits = 0, result = [];
      for (let idx = 0; idx < max; idx++)
        idx % 4 === 0 && idx && (result.push(bits >> 16 & 255), result.push(bits >> 8 & 255), result.push(bits & 255)), bits = bits << 6 | map.indexOf(input.charAt(idx));
      let tailbits = max % 4 * 6;
      return tailbits === 0 ? (result.push(bits >> 16 & 255), result.push(bits >> 8 & 255), result.push(bits & 255)) : tailbits === 18 ? (result.push(bits >> 10 & 255), result.push(bits >> 2 & 255)) : tailbits === 12 && result.push(bits >> 4 & 255), new Uint8Array(result);
    }
    function representYamlBinary(object) {
      let result = "", bits = 0, max = object.length, map = BASE64_MAP;
      for (let idx = 0; idx < max; idx++)
        idx % 3 === 0 && idx && (result += map[bits >> 18 & 63], result += map[bits >> 12 & 63], result += map[bits >> 6 & 63], result += map[bits & 63]), bits = (bits << 8) + object[idx];
      let tail = max % 3;
      return tail === 0 ? (result += map[bits >> 18 & 63], result += map[bits >> 12 & 63], result += map[bits >> 6 & 63], result += map[bits & 63]) : tail === 2 ? (result += map[bits >> 10 & 63], result += map[bits >> 4 & 63], result += map[bits << 2 & 63], result += map[64]) : tail === 1 && (result += map[bits >> 2 & 63], result += map[bits << 4 & 63], result += map[64], result += map[64]), result;
    }
    function isBinary2(obj) {
      return Object.prototype.toString.call(obj) === "[object Uint8Array]";
    }
    module2.exports = new Type("tag:yaml.org,2002:binary", {
      kind: "scalar",
      resolve: resolveYamlBinary,
      construct: constructYamlBinary,
      predicate: isBinary2,
      represent: representYamlBinary
    });
  }
});

// node_modules/js-yaml/lib/type/omap.js
var require_omap = __commonJS({
  "node_modules/js-yaml/lib/type/omap.js"(exports2, module2) {
    "use strict";
    var Type = require_type(), _hasOwnProperty = Object.prototype.hasOwnProperty, _toString = Object.prototype.toString;
    function resolveYamlOmap(data) {
      if (data === null) return !0;
      let objectKeys = {}, object = data;
      for (let index = 0, length = object.length; index < length; index += 1) {
        let pair = object[index], pairHasKey = !1;
        if (_toString.call(pair) !== "[object Object]") return !1;
        let pairKey;
        for (pairKey in pair)
          if (_hasOwnProperty.call(pair, pairKey))
            if (!pairHasKey) pairHasKey = !0;
            else return !1;
        if (!pairHasKey || _hasOwnProperty.call(objectKeys, pairKey)) return !1;
        Object.defineProperty(objectKeys, pairKey, { value: !0 });
      }
      return !0;
    }
    function constructYamlOmap(data) {
      return data !== null ? data : [];
    }
    module2.exports = new Type("tag:yaml.org,2002:omap", {
      kind: "sequence",
      resolve: resolveYamlOmap,
      construct: constructYamlOmap
    });
  }
});

// node_modules/js-yaml/lib/type/pairs.js
var require_pairs = __commonJS({
  "node_modules/js-yaml/lib/type/pairs.js"(exports2, module2) {
    "use strict";
    var Type = require_type(), _toString = Object.prototype.toString;
    function resolveYamlPairs(data) {
      if (data === null) return !0;
      let object = data, result = new Array(object.length);
      for (let index = 0, length = object.length; index < length; index += 1) {
        let pair = object[index];
        if (_toString.call(pair) !== "[object Object]") return !1;
        let keys = Object.keys(pair);
        if (keys.length !== 1) return !1;
        result[index] = [keys[0], pair[keys[0]]];
      }
      return !0;
    }
    function constructYamlPairs(data) {
      if (data === null) return [];
      let object = data, result = new Array(object.length);
      for (let index = 0, length = object.length; index < length; index += 1) {
        let pair = object[index], keys = Object.keys(pair);
        result[index] = [keys[0], pair[keys[0]]];
      }
      return result;
    }
    module2.exports = new Type("tag:yaml.org,2002:pairs", {
      kind: "sequence",
      resolve: resolveYamlPairs,
      construct: constructYamlPairs
    });
  }
});

// node_modules/js-yaml/lib/type/set.js
var require_set = __commonJS({
  "node_modules/js-yaml/lib/type/set.js"(exports2, module2) {
    "use strict";
    var Type = require_type(), _hasOwnProperty = Object.prototype.hasOwnProperty;
    function resolveYamlSet(data) {
      if (data === null) return !0;
      let object = data;
      for (let key in object)
        if (_hasOwnProperty.call(object, key) && object[key] !== null)
          return !1;
      return !0;
    }
    function constructYamlSet(data) {
      return data !== null ? data : {};
    }
    module2.exports = new Type("tag:yaml.org,2002:set", {
      kind: "mapping",
      resolve: resolveYamlSet,
      construct: constructYamlSet
    });
  }
});

// node_modules/js-yaml/lib/schema/default.js
var require_default = __commonJS({
  "node_modules/js-yaml/lib/schema/default.js"(exports2, module2) {
    "use strict";
    module2.exports = require_core().extend({
      implicit: [
        require_timestamp(),
        require_merge()
      ],
      explicit: [
        require_binary(),
        require_omap(),
        require_pairs(),
        require_set()
      ]
    });
  }
});

// node_modules/js-yaml/lib/loader.js
var require_loader = __commonJS({
  "node_modules/js-yaml/lib/loader.js"(exports2, module2) {
    "use strict";
    var common = require_common(), YAMLException = require_exception(), makeSnippet = require_snippet(), DEFAULT_SCHEMA = require_default(), _hasOwnProperty = Object.prototype.hasOwnProperty, CONTEXT_FLOW_IN = 1, CONTEXT_FLOW_OUT = 2, CONTEXT_BLOCK_IN = 3, CONTEXT_BLOCK_OUT = 4, CHOMPING_CLIP = 1, CHOMPING_STRIP = 2, CHOMPING_KEEP = 3, PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/, PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/, PATTERN_FLOW_INDICATORS = /[,\[\]{}]/, PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/, PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
    function _class(obj) {
      return Object.prototype.toString.call(obj);
    }
    function isEol(c) {
      return c === 10 || c === 13;
    }
    function isWhiteSpace(c) {
      return c === 9 || c === 32;
    }
    function isWsOrEol(c) {
      return c === 9 || c === 32 || c === 10 || c === 13;
    }
    function isFlowIndicator(c) {
      return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
    }
    function fromHexCode(c) {
      if (c >= 48 && c <= 57)
        return c - 48;
      let lc = c | 32;
      return lc >= 97 && lc <= 102 ? lc - 97 + 10 : -1;
    }
    function escapedHexLen(c) {
      return c === 120 ? 2 : c === 117 ? 4 : c === 85 ? 8 : 0;
    }
    function fromDecimalCode(c) {
      return c >= 48 && c <= 57 ? c - 48 : -1;
    }
    function simpleEscapeSequence(c) {
      switch (c) {
        case 48:
          return "\0";
        case 97:
          return "\x07";
        case 98:
          return "\b";
        case 116:
          return "	";
        case 9:
          return "	";
        case 110:
          return `
`;
        case 118:
          return "\v";
        case 102:
          return "\f";
        case 114:
          return "\r";
        case 101:
          return "\x1B";
        case 32:
          return " ";
        case 34:
          return '"';
        case 47:
          return "/";
        case 92:
          return "\\";
        case 78:
          return "\x85";
        case 95:
          return "\xA0";
        case 76:
          return "\u2028";
        case 80:
          return "\u2029";
        default:
          return "";
      }
    }
    function charFromCodepoint(c) {
      return c <= 65535 ? String.fromCharCode(c) : String.fromCharCode(
        (c - 65536 >> 10) + 55296,
        (c - 65536 & 1023) + 56320
      );
    }
    function setProperty(object, key, value) {
      key === "__proto__" ? Object.defineProperty(object, key, {
        configurable: !0,
        enumerable: !0,
        writable: !0,
        value
      }) : object[key] = value;
    }
    var simpleEscapeCheck = new Array(256), simpleEscapeMap = new Array(256);
    for (let i = 0; i < 256; i++)
      simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0, simpleEscapeMap[i] = simpleEscapeSequence(i);
    function State(input, options) {
      this.input = input, this.filename = options.filename || null, this.schema = options.schema || DEFAULT_SCHEMA, this.onWarning = options.onWarning || null, this.legacy = options.legacy || !1, this.json = options.json || !1, this.listener = options.listener || null, this.maxDepth = typeof options.maxDepth == "number" ? options.maxDepth : 100, this.maxTotalMergeKeys = typeof options.maxTotalMergeKeys == "number" ? options.maxTotalMergeKeys : 1e4, this.implicitTypes = this.schema.compiledImplicit, this.typeMap = this.schema.compiledTypeMap, this.length = input.length, this.position = 0, this.line = 0, this.lineStart = 0, this.lineIndent = 0, this.depth = 0, this.totalMergeKeys = 0, this.firstTabInLine = -1, this.documents = [], this.anchorMapTransactions = [];
    }
    function generateError(state2, message) {
      let mark = {
        name: state2.filename,
        buffer: state2.input.slice(0, -1),
        // omit trailing \0
        position: state2.position,
        line: state2.line,
        column: state2.position - state2.lineStart
      };
      return mark.snippet = makeSnippet(mark), new YAMLException(message, mark);
    }
    function throwError(state2, message) {
      throw generateError(state2, message);
    }
    function throwWarning(state2, message) {
      state2.onWarning && state2.onWarning.call(null, generateError(state2, message));
    }
    function storeAnchor(state2, name, value) {
      let transactions = state2.anchorMapTransactions;
      if (transactions.length !== 0) {
        let transaction = transactions[transactions.length - 1];
        _hasOwnProperty.call(transaction, name) || (transaction[name] = {
          existed: _hasOwnProperty.call(state2.anchorMap, name),
          value: state2.anchorMap[name]
        });
      }
      state2.anchorMap[name] = value;
    }
    function beginAnchorTransaction(state2) {
      state2.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
    }
    function commitAnchorTransaction(state2) {
      let transaction = state2.anchorMapTransactions.pop(), transactions = state2.anchorMapTransactions;
      if (transactions.length === 0) return;
      let parent = transactions[transactions.length - 1], names = Object.keys(transaction);
      for (let index = 0, length = names.length; index < length; index += 1) {
        let name = names[index];
        _hasOwnProperty.call(parent, name) || (parent[name] = transaction[name]);
      }
    }
    function rollbackAnchorTransaction(state2) {
      let transaction = state2.anchorMapTransactions.pop(), names = Object.keys(transaction);
      for (let index = names.length - 1; index >= 0; index -= 1) {
        let entry = transaction[names[index]];
        entry.existed ? state2.anchorMap[names[index]] = entry.value : delete state2.anchorMap[names[index]];
      }
    }
    function snapshotState(state2) {
      return {
        position: state2.position,
        line: state2.line,
        lineStart: state2.lineStart,
        lineIndent: state2.lineIndent,
        firstTabInLine: state2.firstTabInLine,
        tag: state2.tag,
        anchor: state2.anchor,
        kind: state2.kind,
        result: state2.result
      };
    }
    function restoreState(state2, snapshot) {
      state2.position = snapshot.position, state2.line = snapshot.line, state2.lineStart = snapshot.lineStart, state2.lineIndent = snapshot.lineIndent, state2.firstTabInLine = snapshot.firstTabInLine, state2.tag = snapshot.tag, state2.anchor = snapshot.anchor, state2.kind = snapshot.kind, state2.result = snapshot.result;
    }
    var directiveHandlers = {
      YAML: function(state2, name, args) {
        state2.version !== null && throwError(state2, "duplication of %YAML directive"), args.length !== 1 && throwError(state2, "YAML directive accepts exactly one argument");
        let match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
        match === null && throwError(state2, "ill-formed argument of the YAML directive");
        let major = parseInt(match[1], 10), minor = parseInt(match[2], 10);
        major !== 1 && throwError(state2, "unacceptable YAML version of the document"), state2.version = args[0], state2.checkLineBreaks = minor < 2, minor !== 1 && minor !== 2 && throwWarning(state2, "unsupported YAML version of the document");
      },
      TAG: function(state2, name, args) {
        let prefix;
        args.length !== 2 && throwError(state2, "TAG directive accepts exactly two arguments");
        let handle = args[0];
        prefix = args[1], PATTERN_TAG_HANDLE.test(handle) || throwError(state2, "ill-formed tag handle (first argument) of the TAG directive"), _hasOwnProperty.call(state2.tagMap, handle) && throwError(state2, 'there is a previously declared suffix for "' + handle + '" tag handle'), PATTERN_TAG_URI.test(prefix) || throwError(state2, "ill-formed tag prefix (second argument) of the TAG directive");
        try {
          prefix = decodeURIComponent(prefix);
        } catch {
          throwError(state2, "tag prefix is malformed: " + prefix);
        }
        state2.tagMap[handle] = prefix;
      }
    };
    function captureSegment(state2, start, end, checkJson) {
      if (start < end) {
        let _result = state2.input.slice(start, end);
        if (checkJson)
          for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
            let _character = _result.charCodeAt(_position);
            _character === 9 || _character >= 32 && _character <= 1114111 || throwError(state2, "expected valid JSON character");
          }
        else PATTERN_NON_PRINTABLE.test(_result) && throwError(state2, "the stream contains non-printable characters");
        state2.result += _result;
      }
    }
    function chargeMergeWork(state2) {
      state2.totalMergeKeys++, state2.maxTotalMergeKeys !== -1 && state2.totalMergeKeys > state2.maxTotalMergeKeys && throwError(state2, "merge keys exceeded maxTotalMergeKeys (" + state2.maxTotalMergeKeys + ")");
    }
    function mergeMappings(state2, destination, source, overridableKeys) {
      common.isObject(source) || throwError(state2, "cannot merge mappings; the provided source object is unacceptable"), chargeMergeWork(state2);
      let sourceKeys = Object.keys(source);
      for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
        let key = sourceKeys[index];
        chargeMergeWork(state2), _hasOwnProperty.call(destination, key) || (setProperty(destination, key, source[key]), overridableKeys[key] = !0);
      }
    }
    function storeMappingPair(state2, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
      if (Array.isArray(keyNode)) {
        keyNode = Array.prototype.slice.call(keyNode);
        for (let index = 0, quantity = keyNode.length; index < quantity; index += 1)
          Array.isArray(keyNode[index]) && throwError(state2, "nested arrays are not supported inside keys"), typeof keyNode == "object" && _class(keyNode[index]) === "[object Object]" && (keyNode[index] = "[object Object]");
      }
      if (typeof keyNode == "object" && _class(keyNode) === "[object Object]" && (keyNode = "[object Object]"), keyNode = String(keyNode), _result === null && (_result = {}), keyTag === "tag:yaml.org,2002:merge")
        if (Array.isArray(valueNode)) {
          valueNode.length > 100 && throwError(state2, "abnormal merge sequence size");
          for (let index = 0, quantity = valueNode.length; index < quantity; index += 1)
            mergeMappings(state2, _result, valueNode[index], overridableKeys);
        } else
          mergeMappings(state2, _result, valueNode, overridableKeys);
      else
        !state2.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode) && (state2.line = startLine || state2.line, state2.lineStart = startLineStart || state2.lineStart, state2.position = startPos || state2.position, throwError(state2, "duplicated mapping key")), setProperty(_result, keyNode, valueNode), delete overridableKeys[keyNode];
      return _result;
    }
    function readLineBreak(state2) {
      let ch = state2.input.charCodeAt(state2.position);
      ch === 10 ? state2.position++ : ch === 13 ? (state2.position++, state2.input.charCodeAt(state2.position) === 10 && state2.position++) : throwError(state2, "a line break is expected"), state2.line += 1, state2.lineStart = state2.position, state2.firstTabInLine = -1;
    }
    function skipSeparationSpace(state2, allowComments, checkIndent) {
      let lineBreaks = 0, ch = state2.input.charCodeAt(state2.position);
      for (; ch !== 0; ) {
        for (; isWhiteSpace(ch); )
          ch === 9 && state2.firstTabInLine === -1 && (state2.firstTabInLine = state2.position), ch = state2.input.charCodeAt(++state2.position);
        if (allowComments && ch === 35)
          do
            ch = state2.input.charCodeAt(++state2.position);
          while (ch !== 10 && ch !== 13 && ch !== 0);
        if (isEol(ch))
          for (readLineBreak(state2), ch = state2.input.charCodeAt(state2.position), lineBreaks++, state2.lineIndent = 0; ch === 32; )
            state2.lineIndent++, ch = state2.input.charCodeAt(++state2.position);
        else
          break;
      }
      return checkIndent !== -1 && lineBreaks !== 0 && state2.lineIndent < checkIndent && throwWarning(state2, "deficient indentation"), lineBreaks;
    }
    function testDocumentSeparator(state2) {
      let _position = state2.position, ch = state2.input.charCodeAt(_position);
      return !!((ch === 45 || ch === 46) && ch === state2.input.charCodeAt(_position + 1) && ch === state2.input.charCodeAt(_position + 2) && (_position += 3, ch = state2.input.charCodeAt(_position), ch === 0 || isWsOrEol(ch)));
    }
    function writeFoldedLines(state2, count) {
      count === 1 ? state2.result += " " : count > 1 && (state2.result += common.repeat(`
`, count - 1));
    }
    function readPlainScalar(state2, nodeIndent, withinFlowCollection) {
      let captureStart, captureEnd, hasPendingContent, _line, _lineStart, _lineIndent, _kind = state2.kind, _result = state2.result, ch = state2.input.charCodeAt(state2.position);
      if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96)
        return !1;
      if (ch === 63 || ch === 45) {
        let following = state2.input.charCodeAt(state2.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following))
          return !1;
      }
      for (state2.kind = "scalar", state2.result = "", captureStart = captureEnd = state2.position, hasPendingContent = !1; ch !== 0; ) {
        if (ch === 58) {
          let following = state2.input.charCodeAt(state2.position + 1);
          if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following))
            break;
        } else if (ch === 35) {
          let preceding = state2.input.charCodeAt(state2.position - 1);
          if (isWsOrEol(preceding))
            break;
        } else {
          if (state2.position === state2.lineStart && testDocumentSeparator(state2) || withinFlowCollection && isFlowIndicator(ch))
            break;
          if (isEol(ch))
            if (_line = state2.line, _lineStart = state2.lineStart, _lineIndent = state2.lineIndent, skipSeparationSpace(state2, !1, -1), state2.lineIndent >= nodeIndent) {
              hasPendingContent = !0, ch = state2.input.charCodeAt(state2.position);
              continue;
            } else {
              state2.position = captureEnd, state2.line = _line, state2.lineStart = _lineStart, state2.lineIndent = _lineIndent;
              break;
            }
        }
        hasPendingContent && (captureSegment(state2, captureStart, captureEnd, !1), writeFoldedLines(state2, state2.line - _line), captureStart = captureEnd = state2.position, hasPendingContent = !1), isWhiteSpace(ch) || (captureEnd = state2.position + 1), ch = state2.input.charCodeAt(++state2.position);
      }
      return captureSegment(state2, captureStart, captureEnd, !1), state2.result ? !0 : (state2.kind = _kind, state2.result = _result, !1);
    }
    function readSingleQuotedScalar(state2, nodeIndent) {
      let captureStart, captureEnd, ch = state2.input.charCodeAt(state2.position);
      if (ch !== 39)
        return !1;
      for (state2.kind = "scalar", state2.result = "", state2.position++, captureStart = captureEnd = state2.position; (ch = state2.input.charCodeAt(state2.position)) !== 0; )
        if (ch === 39)
          if (captureSegment(state2, captureStart, state2.position, !0), ch = state2.input.charCodeAt(++state2.position), ch === 39)
            captureStart = state2.position, state2.position++, captureEnd = state2.position;
          else
            return !0;
        else isEol(ch) ? (captureSegment(state2, captureStart, captureEnd, !0), writeFoldedLines(state2, skipSeparationSpace(state2, !1, nodeIndent)), captureStart = captureEnd = state2.position) : state2.position === state2.lineStart && testDocumentSeparator(state2) ? throwError(state2, "unexpected end of the document within a single quoted scalar") : (state2.position++, isWhiteSpace(ch) || (captureEnd = state2.position));
      throwError(state2, "unexpected end of the stream within a single quoted scalar");
    }
    function readDoubleQuotedScalar(state2, nodeIndent) {
      let captureStart, captureEnd, tmp, ch = state2.input.charCodeAt(state2.position);
      if (ch !== 34)
        return !1;
      for (state2.kind = "scalar", state2.result = "", state2.position++, captureStart = captureEnd = state2.position; (ch = state2.input.charCodeAt(state2.position)) !== 0; ) {
        if (ch === 34)
          return captureSegment(state2, captureStart, state2.position, !0), state2.position++, !0;
        if (ch === 92) {
          if (captureSegment(state2, captureStart, state2.position, !0), ch = state2.input.charCodeAt(++state2.position), isEol(ch))
            skipSeparationSpace(state2, !1, nodeIndent);
          else if (ch < 256 && simpleEscapeCheck[ch])
            state2.result += simpleEscapeMap[ch], state2.position++;
          else if ((tmp = escapedHexLen(ch)) > 0) {
            let hexLength = tmp, hexResult = 0;
            for (; hexLength > 0; hexLength--)
              ch = state2.input.charCodeAt(++state2.position), (tmp = fromHexCode(ch)) >= 0 ? hexResult = (hexResult << 4) + tmp : throwError(state2, "expected hexadecimal character");
            state2.result += charFromCodepoint(hexResult), state2.position++;
          } else
            throwError(state2, "unknown escape sequence");
          captureStart = captureEnd = state2.position;
        } else isEol(ch) ? (captureSegment(state2, captureStart, captureEnd, !0), writeFoldedLines(state2, skipSeparationSpace(state2, !1, nodeIndent)), captureStart = captureEnd = state2.position) : state2.position === state2.lineStart && testDocumentSeparator(state2) ? throwError(state2, "unexpected end of the document within a double quoted scalar") : (state2.position++, isWhiteSpace(ch) || (captureEnd = state2.position));
      }
      throwError(state2, "unexpected end of the stream within a double quoted scalar");
    }
    function readFlowCollection(state2, nodeIndent) {
      let readNext = !0, _line, _lineStart, _pos, _tag = state2.tag, _result, _anchor = state2.anchor, terminator, isPair, isExplicitPair, isMapping, overridableKeys = /* @__PURE__ */ Object.create(null), keyNode, keyTag, valueNode, ch = state2.input.charCodeAt(state2.position);
      if (ch === 91)
        terminator = 93, isMapping = !1, _result = [];
      else if (ch === 123)
        terminator = 125, isMapping = !0, _result = {};
      else
        return !1;
      for (state2.anchor !== null && storeAnchor(state2, state2.anchor, _result), ch = state2.input.charCodeAt(++state2.position); ch !== 0; ) {
        if (skipSeparationSpace(state2, !0, nodeIndent), ch = state2.input.charCodeAt(state2.position), ch === terminator)
          return state2.position++, state2.tag = _tag, state2.anchor = _anchor, state2.kind = isMapping ? "mapping" : "sequence", state2.result = _result, !0;
        if (readNext ? ch === 44 && throwError(state2, "expected the node content, but found ','") : throwError(state2, "missed comma between flow collection entries"), keyTag = keyNode = valueNode = null, isPair = isExplicitPair = !1, ch === 63) {
          let following = state2.input.charCodeAt(state2.position + 1);
          isWsOrEol(following) && (isPair = isExplicitPair = !0, state2.position++, skipSeparationSpace(state2, !0, nodeIndent));
        }
        _line = state2.line, _lineStart = state2.lineStart, _pos = state2.position, composeNode(state2, nodeIndent, CONTEXT_FLOW_IN, !1, !0), keyTag = state2.tag, keyNode = state2.result, skipSeparationSpace(state2, !0, nodeIndent), ch = state2.input.charCodeAt(state2.position), (isExplicitPair || state2.line === _line) && ch === 58 && (isPair = !0, ch = state2.input.charCodeAt(++state2.position), skipSeparationSpace(state2, !0, nodeIndent), composeNode(state2, nodeIndent, CONTEXT_FLOW_IN, !1, !0), valueNode = state2.result), isMapping ? storeMappingPair(state2, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos) : isPair ? _result.push(storeMappingPair(state2, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos)) : _result.push(keyNode), skipSeparationSpace(state2, !0, nodeIndent), ch = state2.input.charCodeAt(state2.position), ch === 44 ? (readNext = !0, ch = state2.input.charCodeAt(++state2.position)) : readNext = !1;
      }
      throwError(state2, "unexpected end of the stream within a flow collection");
    }
    function readBlockScalar(state2, nodeIndent) {
      let folding, chomping = CHOMPING_CLIP, didReadContent = !1, detectedIndent = !1, textIndent = nodeIndent, emptyLines = 0, atMoreIndented = !1, tmp, ch = state2.input.charCodeAt(state2.position);
      if (ch === 124)
        folding = !1;
      else if (ch === 62)
        folding = !0;
      else
        return !1;
      for (state2.kind = "scalar", state2.result = ""; ch !== 0; )
        if (ch = state2.input.charCodeAt(++state2.position), ch === 43 || ch === 45)
          CHOMPING_CLIP === chomping ? chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP : throwError(state2, "repeat of a chomping mode identifier");
        else if ((tmp = fromDecimalCode(ch)) >= 0)
          tmp === 0 ? throwError(state2, "bad explicit indentation width of a block scalar; it cannot be less than one") : detectedIndent ? throwError(state2, "repeat of an indentation width identifier") : (textIndent = nodeIndent + tmp - 1, detectedIndent = !0);
        else
          break;
      if (isWhiteSpace(ch)) {
        do
          ch = state2.input.charCodeAt(++state2.position);
        while (isWhiteSpace(ch));
        if (ch === 35)
          do
            ch = state2.input.charCodeAt(++state2.position);
          while (!isEol(ch) && ch !== 0);
      }
      for (; ch !== 0; ) {
        for (readLineBreak(state2), state2.lineIndent = 0, ch = state2.input.charCodeAt(state2.position); (!detectedIndent || state2.lineIndent < textIndent) && ch === 32; )
          state2.lineIndent++, ch = state2.input.charCodeAt(++state2.position);
        if (!detectedIndent && state2.lineIndent > textIndent && (textIndent = state2.lineIndent), isEol(ch)) {
          emptyLines++;
          continue;
        }
        if (!detectedIndent && textIndent === 0 && throwError(state2, "missing indentation for block scalar"), state2.lineIndent < textIndent) {
          chomping === CHOMPING_KEEP ? state2.result += common.repeat(`
`, didReadContent ? 1 + emptyLines : emptyLines) : chomping === CHOMPING_CLIP && didReadContent && (state2.result += `
`);
          break;
        }
        folding ? isWhiteSpace(ch) ? (atMoreIndented = !0, state2.result += common.repeat(`
`, didReadContent ? 1 + emptyLines : emptyLines)) : atMoreIndented ? (atMoreIndented = !1, state2.result += common.repeat(`
`, emptyLines + 1)) : emptyLines === 0 ? didReadContent && (state2.result += " ") : state2.result += common.repeat(`
`, emptyLines) : state2.result += common.repeat(`
`, didReadContent ? 1 + emptyLines : emptyLines), didReadContent = !0, detectedIndent = !0, emptyLines = 0;
        let captureStart = state2.position;
        for (; !isEol(ch) && ch !== 0; )
          ch = state2.input.charCodeAt(++state2.position);
        captureSegment(state2, captureStart, state2.position, !1);
      }
      return !0;
    }
    function readBlockSequence(state2, nodeIndent) {
      let _tag = state2.tag, _anchor = state2.anchor, _result = [], detected = !1;
      if (state2.firstTabInLine !== -1) return !1;
      state2.anchor !== null && storeAnchor(state2, state2.anchor, _result);
      let ch = state2.input.charCodeAt(state2.position);
      for (; ch !== 0 && (state2.firstTabInLine !== -1 && (state2.position = state2.firstTabInLine, throwError(state2, "tab characters must not be used in indentation")), ch === 45); ) {
        let following = state2.input.charCodeAt(state2.position + 1);
        if (!isWsOrEol(following))
          break;
        if (detected = !0, state2.position++, skipSeparationSpace(state2, !0, -1) && state2.lineIndent <= nodeIndent) {
          _result.push(null), ch = state2.input.charCodeAt(state2.position);
          continue;
        }
        let _line = state2.line;
        if (composeNode(state2, nodeIndent, CONTEXT_BLOCK_IN, !1, !0), _result.push(state2.result), skipSeparationSpace(state2, !0, -1), ch = state2.input.charCodeAt(state2.position), (state2.line === _line || state2.lineIndent > nodeIndent) && ch !== 0)
          throwError(state2, "bad indentation of a sequence entry");
        else if (state2.lineIndent < nodeIndent)
          break;
      }
      return detected ? (state2.tag = _tag, state2.anchor = _anchor, state2.kind = "sequence", state2.result = _result, !0) : !1;
    }
    function readBlockMapping(state2, nodeIndent, flowIndent) {
      let allowCompact, _keyLine, _keyLineStart, _keyPos, _tag = state2.tag, _anchor = state2.anchor, _result = {}, overridableKeys = /* @__PURE__ */ Object.create(null), keyTag = null, keyNode = null, valueNode = null, atExplicitKey = !1, detected = !1;
      if (state2.firstTabInLine !== -1) return !1;
      state2.anchor !== null && storeAnchor(state2, state2.anchor, _result);
      let ch = state2.input.charCodeAt(state2.position);
      for (; ch !== 0; ) {
        !atExplicitKey && state2.firstTabInLine !== -1 && (state2.position = state2.firstTabInLine, throwError(state2, "tab characters must not be used in indentation"));
        let following = state2.input.charCodeAt(state2.position + 1), _line = state2.line;
        if ((ch === 63 || ch === 58) && isWsOrEol(following))
          ch === 63 ? (atExplicitKey && (storeMappingPair(state2, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos), keyTag = keyNode = valueNode = null), detected = !0, atExplicitKey = !0, allowCompact = !0) : atExplicitKey ? (atExplicitKey = !1, allowCompact = !0) : throwError(state2, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line"), state2.position += 1, ch = following;
        else {
          if (_keyLine = state2.line, _keyLineStart = state2.lineStart, _keyPos = state2.position, !composeNode(state2, flowIndent, CONTEXT_FLOW_OUT, !1, !0))
            break;
          if (state2.line === _line) {
            for (ch = state2.input.charCodeAt(state2.position); isWhiteSpace(ch); )
              ch = state2.input.charCodeAt(++state2.position);
            if (ch === 58)
              ch = state2.input.charCodeAt(++state2.position), isWsOrEol(ch) || throwError(state2, "a whitespace character is expected after the key-value separator within a block mapping"), atExplicitKey && (storeMappingPair(state2, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos), keyTag = keyNode = valueNode = null), detected = !0, atExplicitKey = !1, allowCompact = !1, keyTag = state2.tag, keyNode = state2.result;
            else if (detected)
              throwError(state2, "can not read an implicit mapping pair; a colon is missed");
            else
              return state2.tag = _tag, state2.anchor = _anchor, !0;
          } else if (detected)
            throwError(state2, "can not read a block mapping entry; a multiline key may not be an implicit key");
          else
            return state2.tag = _tag, state2.anchor = _anchor, !0;
        }
        if ((state2.line === _line || state2.lineIndent > nodeIndent) && (atExplicitKey && (_keyLine = state2.line, _keyLineStart = state2.lineStart, _keyPos = state2.position), composeNode(state2, nodeIndent, CONTEXT_BLOCK_OUT, !0, allowCompact) && (atExplicitKey ? keyNode = state2.result : valueNode = state2.result), atExplicitKey || (storeMappingPair(state2, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos), keyTag = keyNode = valueNode = null), skipSeparationSpace(state2, !0, -1), ch = state2.input.charCodeAt(state2.position)), (state2.line === _line || state2.lineIndent > nodeIndent) && ch !== 0)
          throwError(state2, "bad indentation of a mapping entry");
        else if (state2.lineIndent < nodeIndent)
          break;
      }
      return atExplicitKey && storeMappingPair(state2, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos), detected && (state2.tag = _tag, state2.anchor = _anchor, state2.kind = "mapping", state2.result = _result), detected;
    }
    function readTagProperty(state2) {
      let isVerbatim = !1, isNamed = !1, tagHandle, tagName, ch = state2.input.charCodeAt(state2.position);
      if (ch !== 33) return !1;
      state2.tag !== null && throwError(state2, "duplication of a tag property"), ch = state2.input.charCodeAt(++state2.position), ch === 60 ? (isVerbatim = !0, ch = state2.input.charCodeAt(++state2.position)) : ch === 33 ? (isNamed = !0, tagHandle = "!!", ch = state2.input.charCodeAt(++state2.position)) : tagHandle = "!";
      let _position = state2.position;
      if (isVerbatim) {
        do
          ch = state2.input.charCodeAt(++state2.position);
        while (ch !== 0 && ch !== 62);
        state2.position < state2.length ? (tagName = state2.input.slice(_position, state2.position), ch = state2.input.charCodeAt(++state2.position)) : throwError(state2, "unexpected end of the stream within a verbatim tag");
      } else {
        for (; ch !== 0 && !isWsOrEol(ch); )
          ch === 33 && (isNamed ? throwError(state2, "tag suffix cannot contain exclamation marks") : (tagHandle = state2.input.slice(_position - 1, state2.position + 1), PATTERN_TAG_HANDLE.test(tagHandle) || throwError(state2, "named tag handle cannot contain such characters"), isNamed = !0, _position = state2.position + 1)), ch = state2.input.charCodeAt(++state2.position);
        tagName = state2.input.slice(_position, state2.position), PATTERN_FLOW_INDICATORS.test(tagName) && throwError(state2, "tag suffix cannot contain flow indicator characters");
      }
      tagName && !PATTERN_TAG_URI.test(tagName) && throwError(state2, "tag name cannot contain such characters: " + tagName);
      try {
        tagName = decodeURIComponent(tagName);
      } catch {
        throwError(state2, "tag name is malformed: " + tagName);
      }
      return isVerbatim ? state2.tag = tagName : _hasOwnProperty.call(state2.tagMap, tagHandle) ? state2.tag = state2.tagMap[tagHandle] + tagName : tagHandle === "!" ? state2.tag = "!" + tagName : tagHandle === "!!" ? state2.tag = "tag:yaml.org,2002:" + tagName : throwError(state2, 'undeclared tag handle "' + tagHandle + '"'), !0;
    }
    function readAnchorProperty(state2) {
      let ch = state2.input.charCodeAt(state2.position);
      if (ch !== 38) return !1;
      state2.anchor !== null && throwError(state2, "duplication of an anchor property"), ch = state2.input.charCodeAt(++state2.position);
      let _position = state2.position;
      for (; ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch); )
        ch = state2.input.charCodeAt(++state2.position);
      return state2.position === _position && throwError(state2, "name of an anchor node must contain at least one character"), state2.anchor = state2.input.slice(_position, state2.position), !0;
    }
    function readAlias(state2) {
      let ch = state2.input.charCodeAt(state2.position);
      if (ch !== 42) return !1;
      ch = state2.input.charCodeAt(++state2.position);
      let _position = state2.position;
      for (; ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch); )
        ch = state2.input.charCodeAt(++state2.position);
      state2.position === _position && throwError(state2, "name of an alias node must contain at least one character");
      let alias = state2.input.slice(_position, state2.position);
      return _hasOwnProperty.call(state2.anchorMap, alias) || throwError(state2, 'unidentified alias "' + alias + '"'), state2.result = state2.anchorMap[alias], skipSeparationSpace(state2, !0, -1), !0;
    }
    function tryReadBlockMappingFromProperty(state2, propertyStart, nodeIndent, flowIndent) {
      let fallbackState = snapshotState(state2);
      return beginAnchorTransaction(state2), restoreState(state2, propertyStart), state2.tag = null, state2.anchor = null, state2.kind = null, state2.result = null, readBlockMapping(state2, nodeIndent, flowIndent) && state2.kind === "mapping" ? (commitAnchorTransaction(state2), !0) : (rollbackAnchorTransaction(state2), restoreState(state2, fallbackState), !1);
    }
    function composeNode(state2, parentIndent, nodeContext, allowToSeek, allowCompact) {
      let allowBlockScalars, allowBlockCollections, indentStatus = 1, atNewLine = !1, hasContent = !1, propertyStart = null, type, flowIndent, blockIndent;
      state2.depth >= state2.maxDepth && throwError(state2, "nesting exceeded maxDepth (" + state2.maxDepth + ")"), state2.depth += 1, state2.listener !== null && state2.listener("open", state2), state2.tag = null, state2.anchor = null, state2.kind = null, state2.result = null;
      let allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
      if (allowToSeek && skipSeparationSpace(state2, !0, -1) && (atNewLine = !0, state2.lineIndent > parentIndent ? indentStatus = 1 : state2.lineIndent === parentIndent ? indentStatus = 0 : state2.lineIndent < parentIndent && (indentStatus = -1)), indentStatus === 1)
        for (; ; ) {
          let ch = state2.input.charCodeAt(state2.position), propertyState = snapshotState(state2);
          if (atNewLine && (ch === 33 && state2.tag !== null || ch === 38 && state2.anchor !== null) || !readTagProperty(state2) && !readAnchorProperty(state2))
            break;
          propertyStart === null && (propertyStart = propertyState), skipSeparationSpace(state2, !0, -1) ? (atNewLine = !0, allowBlockCollections = allowBlockStyles, state2.lineIndent > parentIndent ? indentStatus = 1 : state2.lineIndent === parentIndent ? indentStatus = 0 : state2.lineIndent < parentIndent && (indentStatus = -1)) : allowBlockCollections = !1;
        }
      if (allowBlockCollections && (allowBlockCollections = atNewLine || allowCompact), indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext)
        if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext ? flowIndent = parentIndent : flowIndent = parentIndent + 1, blockIndent = state2.position - state2.lineStart, indentStatus === 1)
          if (allowBlockCollections && (readBlockSequence(state2, blockIndent) || readBlockMapping(state2, blockIndent, flowIndent)) || readFlowCollection(state2, flowIndent))
            hasContent = !0;
          else {
            let ch = state2.input.charCodeAt(state2.position);
            propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
              state2,
              propertyStart,
              propertyStart.position - propertyStart.lineStart,
              flowIndent
            ) || allowBlockScalars && readBlockScalar(state2, flowIndent) || readSingleQuotedScalar(state2, flowIndent) || readDoubleQuotedScalar(state2, flowIndent) ? hasContent = !0 : readAlias(state2) ? (hasContent = !0, (state2.tag !== null || state2.anchor !== null) && throwError(state2, "alias node should not have any properties")) : readPlainScalar(state2, flowIndent, CONTEXT_FLOW_IN === nodeContext) && (hasContent = !0, state2.tag === null && (state2.tag = "?")), state2.anchor !== null && storeAnchor(state2, state2.anchor, state2.result);
          }
        else indentStatus === 0 && (hasContent = allowBlockCollections && readBlockSequence(state2, blockIndent));
      if (state2.tag === null)
        state2.anchor !== null && storeAnchor(state2, state2.anchor, state2.result);
      else if (state2.tag === "?") {
        state2.result !== null && state2.kind !== "scalar" && throwError(state2, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state2.kind + '"');
        for (let typeIndex = 0, typeQuantity = state2.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1)
          if (type = state2.implicitTypes[typeIndex], type.resolve(state2.result)) {
            state2.result = type.construct(state2.result), state2.tag = type.tag, state2.anchor !== null && storeAnchor(state2, state2.anchor, state2.result);
            break;
          }
      } else if (state2.tag !== "!") {
        if (_hasOwnProperty.call(state2.typeMap[state2.kind || "fallback"], state2.tag))
          type = state2.typeMap[state2.kind || "fallback"][state2.tag];
        else {
          type = null;
          let typeList = state2.typeMap.multi[state2.kind || "fallback"];
          for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1)
            if (state2.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
              type = typeList[typeIndex];
              break;
            }
        }
        type || throwError(state2, "unknown tag !<" + state2.tag + ">"), state2.result !== null && type.kind !== state2.kind && throwError(state2, "unacceptable node kind for !<" + state2.tag + '> tag; it should be "' + type.kind + '", not "' + state2.kind + '"'), type.resolve(state2.result, state2.tag) ? (state2.result = type.construct(state2.result, state2.tag), state2.anchor !== null && storeAnchor(state2, state2.anchor, state2.result)) : throwError(state2, "cannot resolve a node with !<" + state2.tag + "> explicit tag");
      }
      return state2.listener !== null && state2.listener("close", state2), state2.depth -= 1, state2.tag !== null || state2.anchor !== null || hasContent;
    }
    function readDocument(state2) {
      let documentStart = state2.position, hasDirectives = !1, ch;
      for (state2.version = null, state2.checkLineBreaks = state2.legacy, state2.tagMap = /* @__PURE__ */ Object.create(null), state2.anchorMap = /* @__PURE__ */ Object.create(null); (ch = state2.input.charCodeAt(state2.position)) !== 0 && (skipSeparationSpace(state2, !0, -1), ch = state2.input.charCodeAt(state2.position), !(state2.lineIndent > 0 || ch !== 37)); ) {
        hasDirectives = !0, ch = state2.input.charCodeAt(++state2.position);
        let _position = state2.position;
        for (; ch !== 0 && !isWsOrEol(ch); )
          ch = state2.input.charCodeAt(++state2.position);
        let directiveName = state2.input.slice(_position, state2.position), directiveArgs = [];
        for (directiveName.length < 1 && throwError(state2, "directive name must not be less than one character in length"); ch !== 0; ) {
          for (; isWhiteSpace(ch); )
            ch = state2.input.charCodeAt(++state2.position);
          if (ch === 35) {
            do
              ch = state2.input.charCodeAt(++state2.position);
            while (ch !== 0 && !isEol(ch));
            break;
          }
          if (isEol(ch)) break;
          for (_position = state2.position; ch !== 0 && !isWsOrEol(ch); )
            ch = state2.input.charCodeAt(++state2.position);
          directiveArgs.push(state2.input.slice(_position, state2.position));
        }
        ch !== 0 && readLineBreak(state2), _hasOwnProperty.call(directiveHandlers, directiveName) ? directiveHandlers[directiveName](state2, directiveName, directiveArgs) : throwWarning(state2, 'unknown document directive "' + directiveName + '"');
      }
      if (skipSeparationSpace(state2, !0, -1), state2.lineIndent === 0 && state2.input.charCodeAt(state2.position) === 45 && state2.input.charCodeAt(state2.position + 1) === 45 && state2.input.charCodeAt(state2.position + 2) === 45 ? (state2.position += 3, skipSeparationSpace(state2, !0, -1)) : hasDirectives && throwError(state2, "directives end mark is expected"), composeNode(state2, state2.lineIndent - 1, CONTEXT_BLOCK_OUT, !1, !0), skipSeparationSpace(state2, !0, -1), state2.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state2.input.slice(documentStart, state2.position)) && throwWarning(state2, "non-ASCII line breaks are interpreted as content"), state2.documents.push(state2.result), state2.position === state2.lineStart && testDocumentSeparator(state2)) {
        state2.input.charCodeAt(state2.position) === 46 && (state2.position += 3, skipSeparationSpace(state2, !0, -1));
        return;
      }
      state2.position < state2.length - 1 && throwError(state2, "end of the stream or a document separator is expected");
    }
    function loadDocuments(input, options) {
      input = String(input), options = options || {}, input.length !== 0 && (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13 && (input += `
`), input.charCodeAt(0) === 65279 && (input = input.slice(1)));
      let state2 = new State(input, options), nullpos = input.indexOf("\0");
      for (nullpos !== -1 && (state2.position = nullpos, throwError(state2, "null byte is not allowed in input")), state2.input += "\0"; state2.input.charCodeAt(state2.position) === 32; )
        state2.lineIndent += 1, state2.position += 1;
      for (; state2.position < state2.length - 1; )
        readDocument(state2);
      return state2.documents;
    }
    function loadAll(input, iterator, options) {
      iterator !== null && typeof iterator == "object" && typeof options > "u" && (options = iterator, iterator = null);
      let documents = loadDocuments(input, options);
      if (typeof iterator != "function")
        return documents;
      for (let index = 0, length = documents.length; index < length; index += 1)
        iterator(documents[index]);
    }
    function load(input, options) {
      let documents = loadDocuments(input, options);
      if (documents.length !== 0) {
        if (documents.length === 1)
          return documents[0];
        throw new YAMLException("expected a single document in the stream, but found more");
      }
    }
    module2.exports.loadAll = loadAll;
    module2.exports.load = load;
  }
});

// node_modules/js-yaml/lib/dumper.js
var require_dumper = __commonJS({
  "node_modules/js-yaml/lib/dumper.js"(exports2, module2) {
    "use strict";
    var common = require_common(), YAMLException = require_exception(), DEFAULT_SCHEMA = require_default(), _toString = Object.prototype.toString, _hasOwnProperty = Object.prototype.hasOwnProperty, CHAR_BOM = 65279, CHAR_TAB = 9, CHAR_LINE_FEED = 10, CHAR_CARRIAGE_RETURN = 13, CHAR_SPACE = 32, CHAR_EXCLAMATION = 33, CHAR_DOUBLE_QUOTE = 34, CHAR_SHARP = 35, CHAR_PERCENT = 37, CHAR_AMPERSAND = 38, CHAR_SINGLE_QUOTE = 39, CHAR_ASTERISK = 42, CHAR_COMMA = 44, CHAR_MINUS = 45, CHAR_COLON = 58, CHAR_EQUALS = 61, CHAR_GREATER_THAN = 62, CHAR_QUESTION = 63, CHAR_COMMERCIAL_AT = 64, CHAR_LEFT_SQUARE_BRACKET = 91, CHAR_RIGHT_SQUARE_BRACKET = 93, CHAR_GRAVE_ACCENT = 96, CHAR_LEFT_CURLY_BRACKET = 123, CHAR_VERTICAL_LINE = 124, CHAR_RIGHT_CURLY_BRACKET = 125, ESCAPE_SEQUENCES = {};
    ESCAPE_SEQUENCES[0] = "\\0";
    ESCAPE_SEQUENCES[7] = "\\a";
    ESCAPE_SEQUENCES[8] = "\\b";
    ESCAPE_SEQUENCES[9] = "\\t";
    ESCAPE_SEQUENCES[10] = "\\n";
    ESCAPE_SEQUENCES[11] = "\\v";
    ESCAPE_SEQUENCES[12] = "\\f";
    ESCAPE_SEQUENCES[13] = "\\r";
    ESCAPE_SEQUENCES[27] = "\\e";
    ESCAPE_SEQUENCES[34] = '\\"';
    ESCAPE_SEQUENCES[92] = "\\\\";
    ESCAPE_SEQUENCES[133] = "\\N";
    ESCAPE_SEQUENCES[160] = "\\_";
    ESCAPE_SEQUENCES[8232] = "\\L";
    ESCAPE_SEQUENCES[8233] = "\\P";
    var DEPRECATED_BOOLEANS_SYNTAX = [
      "y",
      "Y",
      "yes",
      "Yes",
      "YES",
      "on",
      "On",
      "ON",
      "n",
      "N",
      "no",
      "No",
      "NO",
      "off",
      "Off",
      "OFF"
    ], DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
    function compileStyleMap(schema, map) {
      if (map === null) return {};
      let result = {}, keys = Object.keys(map);
      for (let index = 0, length = keys.length; index < length; index += 1) {
        let tag = keys[index], style = String(map[tag]);
        tag.slice(0, 2) === "!!" && (tag = "tag:yaml.org,2002:" + tag.slice(2));
        let type = schema.compiledTypeMap.fallback[tag];
        type && _hasOwnProperty.call(type.styleAliases, style) && (style = type.styleAliases[style]), result[tag] = style;
      }
      return result;
    }
    function encodeHex(character) {
      let handle, length, string = character.toString(16).toUpperCase();
      if (character <= 255)
        handle = "x", length = 2;
      else if (character <= 65535)
        handle = "u", length = 4;
      else if (character <= 4294967295)
        handle = "U", length = 8;
      else
        throw new YAMLException("code point within a string may not be greater than 0xFFFFFFFF");
      return "\\" + handle + common.repeat("0", length - string.length) + string;
    }
    var QUOTING_TYPE_SINGLE = 1, QUOTING_TYPE_DOUBLE = 2;
    function State(options) {
      this.schema = options.schema || DEFAULT_SCHEMA, this.indent = Math.max(1, options.indent || 2), this.noArrayIndent = options.noArrayIndent || !1, this.skipInvalid = options.skipInvalid || !1, this.flowLevel = common.isNothing(options.flowLevel) ? -1 : options.flowLevel, this.styleMap = compileStyleMap(this.schema, options.styles || null), this.sortKeys = options.sortKeys || !1, this.lineWidth = options.lineWidth || 80, this.noRefs = options.noRefs || !1, this.noCompatMode = options.noCompatMode || !1, this.condenseFlow = options.condenseFlow || !1, this.quotingType = options.quotingType === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE, this.forceQuotes = options.forceQuotes || !1, this.replacer = typeof options.replacer == "function" ? options.replacer : null, this.implicitTypes = this.schema.compiledImplicit, this.explicitTypes = this.schema.compiledExplicit, this.tag = null, this.result = "", this.duplicates = [], this.usedDuplicates = null;
    }
    function indentString(string, spaces) {
      let ind = common.repeat(" ", spaces), position = 0, result = "", length = string.length;
      for (; position < length; ) {
        let line, next = string.indexOf(`
`, position);
        next === -1 ? (line = string.slice(position), position = length) : (line = string.slice(position, next + 1), position = next + 1), line.length && line !== `
` && (result += ind), result += line;
      }
      return result;
    }
    function generateNextLine(state2, level) {
      return `
` + common.repeat(" ", state2.indent * level);
    }
    function testImplicitResolving(state2, str) {
      for (let index = 0, length = state2.implicitTypes.length; index < length; index += 1)
        if (state2.implicitTypes[index].resolve(str))
          return !0;
      return !1;
    }
    function isWhitespace(c) {
      return c === CHAR_SPACE || c === CHAR_TAB;
    }
    function isPrintable(c) {
      return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
    }
    function isNsCharOrWhitespace(c) {
      return isPrintable(c) && c !== CHAR_BOM && // - b-char
      c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
    }
    function isPlainSafe(c, prev, inblock) {
      let cIsNsCharOrWhitespace = isNsCharOrWhitespace(c), cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
      return (
        // ns-plain-safe
        (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
        c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
        c !== CHAR_SHARP && // false on '#'
        !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
        isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
        prev === CHAR_COLON && cIsNsChar
      );
    }
    function isPlainSafeFirst(c) {
      return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
      // - (c-indicator ::=
      // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
      c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
      c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
      c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
    }
    function isPlainSafeLast(c) {
      return !isWhitespace(c) && c !== CHAR_COLON;
    }
    function codePointAt(string, pos) {
      let first = string.charCodeAt(pos), second;
      return first >= 55296 && first <= 56319 && pos + 1 < string.length && (second = string.charCodeAt(pos + 1), second >= 56320 && second <= 57343) ? (first - 55296) * 1024 + second - 56320 + 65536 : first;
    }
    function needIndentIndicator(string) {
      return /^\n* /.test(string);
    }
    var STYLE_PLAIN = 1, STYLE_SINGLE = 2, STYLE_LITERAL = 3, STYLE_FOLDED = 4, STYLE_DOUBLE = 5;
    function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
      let i, char = 0, prevChar = null, hasLineBreak = !1, hasFoldableLine = !1, shouldTrackWidth = lineWidth !== -1, previousLineBreak = -1, plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
      if (singleLineOnly || forceQuotes)
        for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
          if (char = codePointAt(string, i), !isPrintable(char))
            return STYLE_DOUBLE;
          plain = plain && isPlainSafe(char, prevChar, inblock), prevChar = char;
        }
      else {
        for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
          if (char = codePointAt(string, i), char === CHAR_LINE_FEED)
            hasLineBreak = !0, shouldTrackWidth && (hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ", previousLineBreak = i);
          else if (!isPrintable(char))
            return STYLE_DOUBLE;
          plain = plain && isPlainSafe(char, prevChar, inblock), prevChar = char;
        }
        hasFoldableLine = hasFoldableLine || shouldTrackWidth && i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
      }
      return !hasLineBreak && !hasFoldableLine ? plain && !forceQuotes && !testAmbiguousType(string) ? STYLE_PLAIN : quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE : indentPerLevel > 9 && needIndentIndicator(string) ? STYLE_DOUBLE : forceQuotes ? quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE : hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    function writeScalar(state2, string, level, iskey, inblock) {
      state2.dump = (function() {
        if (string.length === 0)
          return state2.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
        if (!state2.noCompatMode && (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)))
          return state2.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        let indent = state2.indent * Math.max(1, level), lineWidth = state2.lineWidth === -1 ? -1 : Math.max(Math.min(state2.lineWidth, 40), state2.lineWidth - indent), singleLineOnly = iskey || // No block styles in flow mode.
        state2.flowLevel > -1 && level >= state2.flowLevel;
        function testAmbiguity(string2) {
          return testImplicitResolving(state2, string2);
        }
        switch (chooseScalarStyle(
          string,
          singleLineOnly,
          state2.indent,
          lineWidth,
          testAmbiguity,
          state2.quotingType,
          state2.forceQuotes && !iskey,
          inblock
        )) {
          case STYLE_PLAIN:
            return string;
          case STYLE_SINGLE:
            return "'" + string.replace(/'/g, "''") + "'";
          case STYLE_LITERAL:
            return "|" + blockHeader(string, state2.indent) + dropEndingNewline(indentString(string, indent));
          case STYLE_FOLDED:
            return ">" + blockHeader(string, state2.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
          case STYLE_DOUBLE:
            return '"' + escapeString(string, lineWidth) + '"';
          default:
            throw new YAMLException("impossible error: invalid scalar style");
        }
      })();
    }
    function blockHeader(string, indentPerLevel) {
      let indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "", clip = string[string.length - 1] === `
`, chomp = clip && (string[string.length - 2] === `
` || string === `
`) ? "+" : clip ? "" : "-";
      return indentIndicator + chomp + `
`;
    }
    function dropEndingNewline(string) {
      return string[string.length - 1] === `
` ? string.slice(0, -1) : string;
    }
    function foldString(string, width) {
      let lineRe = /(\n+)([^\n]*)/g, result = (function() {
        let nextLF = string.indexOf(`
`);
        return nextLF = nextLF !== -1 ? nextLF : string.length, lineRe.lastIndex = nextLF, foldLine(string.slice(0, nextLF), width);
      })(), prevMoreIndented = string[0] === `
` || string[0] === " ", moreIndented, match;
      for (; match = lineRe.exec(string); ) {
        let prefix = match[1], line = match[2];
        moreIndented = line[0] === " ", result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? `
` : "") + foldLine(line, width), prevMoreIndented = moreIndented;
      }
      return result;
    }
    function foldLine(line, width) {
      if (line === "" || line[0] === " ") return line;
      let breakRe = / [^ ]/g, match, start = 0, end, curr = 0, next = 0, result = "";
      for (; match = breakRe.exec(line); )
        next = match.index, next - start > width && (end = curr > start ? curr : next, result += `
` + line.slice(start, end), start = end + 1), curr = next;
      return result += `
`, line.length - start > width && curr > start ? result += line.slice(start, curr) + `
` + line.slice(curr + 1) : result += line.slice(start), result.slice(1);
    }
    function escapeString(string) {
      let result = "", char = 0;
      for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        let escapeSeq = ESCAPE_SEQUENCES[char];
        !escapeSeq && isPrintable(char) ? (result += string[i], char >= 65536 && (result += string[i + 1])) : result += escapeSeq || encodeHex(char);
      }
      return result;
    }
    function writeFlowSequence(state2, level, object) {
      let _result = "", _tag = state2.tag;
      for (let index = 0, length = object.length; index < length; index += 1) {
        let value = object[index];
        state2.replacer && (value = state2.replacer.call(object, String(index), value)), (writeNode(state2, level, value, !1, !1) || typeof value > "u" && writeNode(state2, level, null, !1, !1)) && (_result !== "" && (_result += "," + (state2.condenseFlow ? "" : " ")), _result += state2.dump);
      }
      state2.tag = _tag, state2.dump = "[" + _result + "]";
    }
    function writeBlockSequence(state2, level, object, compact) {
      let _result = "", _tag = state2.tag;
      for (let index = 0, length = object.length; index < length; index += 1) {
        let value = object[index];
        state2.replacer && (value = state2.replacer.call(object, String(index), value)), (writeNode(state2, level + 1, value, !0, !0, !1, !0) || typeof value > "u" && writeNode(state2, level + 1, null, !0, !0, !1, !0)) && ((!compact || _result !== "") && (_result += generateNextLine(state2, level)), state2.dump && CHAR_LINE_FEED === state2.dump.charCodeAt(0) ? _result += "-" : _result += "- ", _result += state2.dump);
      }
      state2.tag = _tag, state2.dump = _result || "[]";
    }
    function writeFlowMapping(state2, level, object) {
      let _result = "", _tag = state2.tag, objectKeyList = Object.keys(object);
      for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
        let pairBuffer = "";
        _result !== "" && (pairBuffer += ", "), state2.condenseFlow && (pairBuffer += '"');
        let objectKey = objectKeyList[index], objectValue = object[objectKey];
        state2.replacer && (objectValue = state2.replacer.call(object, objectKey, objectValue)), writeNode(state2, level, objectKey, !1, !1) && (state2.dump.length > 1024 && (pairBuffer += "? "), pairBuffer += state2.dump + (state2.condenseFlow ? '"' : "") + ":" + (state2.condenseFlow ? "" : " "), writeNode(state2, level, objectValue, !1, !1) && (pairBuffer += state2.dump, _result += pairBuffer));
      }
      state2.tag = _tag, state2.dump = "{" + _result + "}";
    }
    function writeBlockMapping(state2, level, object, compact) {
      let _result = "", _tag = state2.tag, objectKeyList = Object.keys(object);
      if (state2.sortKeys === !0)
        objectKeyList.sort();
      else if (typeof state2.sortKeys == "function")
        objectKeyList.sort(state2.sortKeys);
      else if (state2.sortKeys)
        throw new YAMLException("sortKeys must be a boolean or a function");
      for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
        let pairBuffer = "";
        (!compact || _result !== "") && (pairBuffer += generateNextLine(state2, level));
        let objectKey = objectKeyList[index], objectValue = object[objectKey];
        if (state2.replacer && (objectValue = state2.replacer.call(object, objectKey, objectValue)), !writeNode(state2, level + 1, objectKey, !0, !0, !0))
          continue;
        let explicitPair = state2.tag !== null && state2.tag !== "?" || state2.dump && state2.dump.length > 1024;
        explicitPair && (state2.dump && CHAR_LINE_FEED === state2.dump.charCodeAt(0) ? pairBuffer += "?" : pairBuffer += "? "), pairBuffer += state2.dump, explicitPair && (pairBuffer += generateNextLine(state2, level)), writeNode(state2, level + 1, objectValue, !0, explicitPair) && (state2.dump && CHAR_LINE_FEED === state2.dump.charCodeAt(0) ? pairBuffer += ":" : pairBuffer += ": ", pairBuffer += state2.dump, _result += pairBuffer);
      }
      state2.tag = _tag, state2.dump = _result || "{}";
    }
    function detectType(state2, object, explicit) {
      let typeList = explicit ? state2.explicitTypes : state2.implicitTypes;
      for (let index = 0, length = typeList.length; index < length; index += 1) {
        let type = typeList[index];
        if ((type.instanceOf || type.predicate) && (!type.instanceOf || typeof object == "object" && object instanceof type.instanceOf) && (!type.predicate || type.predicate(object))) {
          if (explicit ? type.multi && type.representName ? state2.tag = type.representName(object) : state2.tag = type.tag : state2.tag = "?", type.represent) {
            let style = state2.styleMap[type.tag] || type.defaultStyle, _result;
            if (_toString.call(type.represent) === "[object Function]")
              _result = type.represent(object, style);
            else if (_hasOwnProperty.call(type.represent, style))
              _result = type.represent[style](object, style);
            else
              throw new YAMLException("!<" + type.tag + '> tag resolver accepts not "' + style + '" style');
            state2.dump = _result;
          }
          return !0;
        }
      }
      return !1;
    }
    function writeNode(state2, level, object, block, compact, iskey, isblockseq) {
      state2.tag = null, state2.dump = object, detectType(state2, object, !1) || detectType(state2, object, !0);
      let type = _toString.call(state2.dump), inblock = block;
      block && (block = state2.flowLevel < 0 || state2.flowLevel > level);
      let objectOrArray = type === "[object Object]" || type === "[object Array]", duplicateIndex, duplicate;
      if (objectOrArray && (duplicateIndex = state2.duplicates.indexOf(object), duplicate = duplicateIndex !== -1), (state2.tag !== null && state2.tag !== "?" || duplicate || state2.indent !== 2 && level > 0) && (compact = !1), duplicate && state2.usedDuplicates[duplicateIndex])
        state2.dump = "*ref_" + duplicateIndex;
      else {
        if (objectOrArray && duplicate && !state2.usedDuplicates[duplicateIndex] && (state2.usedDuplicates[duplicateIndex] = !0), type === "[object Object]")
          block && Object.keys(state2.dump).length !== 0 ? (writeBlockMapping(state2, level, state2.dump, compact), duplicate && (state2.dump = "&ref_" + duplicateIndex + state2.dump)) : (writeFlowMapping(state2, level, state2.dump), duplicate && (state2.dump = "&ref_" + duplicateIndex + " " + state2.dump));
        else if (type === "[object Array]")
          block && state2.dump.length !== 0 ? (state2.noArrayIndent && !isblockseq && level > 0 ? writeBlockSequence(state2, level - 1, state2.dump, compact) : writeBlockSequence(state2, level, state2.dump, compact), duplicate && (state2.dump = "&ref_" + duplicateIndex + state2.dump)) : (writeFlowSequence(state2, level, state2.dump), duplicate && (state2.dump = "&ref_" + duplicateIndex + " " + state2.dump));
        else if (type === "[object String]")
          state2.tag !== "?" && writeScalar(state2, state2.dump, level, iskey, inblock);
        else {
          if (type === "[object Undefined]")
            return !1;
          if (state2.skipInvalid) return !1;
          throw new YAMLException("unacceptable kind of an object to dump " + type);
        }
        if (state2.tag !== null && state2.tag !== "?") {
          let tagStr = encodeURI(
            state2.tag[0] === "!" ? state2.tag.slice(1) : state2.tag
          ).replace(/!/g, "%21");
          state2.tag[0] === "!" ? tagStr = "!" + tagStr : tagStr.slice(0, 18) === "tag:yaml.org,2002:" ? tagStr = "!!" + tagStr.slice(18) : tagStr = "!<" + tagStr + ">", state2.dump = tagStr + " " + state2.dump;
        }
      }
      return !0;
    }
    function getDuplicateReferences(object, state2) {
      let objects = [], duplicatesIndexes = [];
      inspectNode(object, objects, duplicatesIndexes);
      let length = duplicatesIndexes.length;
      for (let index = 0; index < length; index += 1)
        state2.duplicates.push(objects[duplicatesIndexes[index]]);
      state2.usedDuplicates = new Array(length);
    }
    function inspectNode(object, objects, duplicatesIndexes) {
      if (object !== null && typeof object == "object") {
        let index = objects.indexOf(object);
        if (index !== -1)
          duplicatesIndexes.indexOf(index) === -1 && duplicatesIndexes.push(index);
        else if (objects.push(object), Array.isArray(object))
          for (let i = 0, length = object.length; i < length; i += 1)
            inspectNode(object[i], objects, duplicatesIndexes);
        else {
          let objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1)
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
        }
      }
    }
    function dump(input, options) {
      options = options || {};
      let state2 = new State(options);
      state2.noRefs || getDuplicateReferences(input, state2);
      let value = input;
      return state2.replacer && (value = state2.replacer.call({ "": value }, "", value)), writeNode(state2, 0, value, !0, !0) ? state2.dump + `
` : "";
    }
    module2.exports.dump = dump;
  }
});

// node_modules/js-yaml/index.js
var require_js_yaml = __commonJS({
  "node_modules/js-yaml/index.js"(exports2, module2) {
    "use strict";
    var loader = require_loader(), dumper = require_dumper();
    function renamed(from, to) {
      return function() {
        throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
      };
    }
    module2.exports.Type = require_type();
    module2.exports.Schema = require_schema();
    module2.exports.FAILSAFE_SCHEMA = require_failsafe();
    module2.exports.JSON_SCHEMA = require_json();
    module2.exports.CORE_SCHEMA = require_core();
    module2.exports.DEFAULT_SCHEMA = require_default();
    module2.exports.load = loader.load;
    module2.exports.loadAll = loader.loadAll;
    module2.exports.dump = dumper.dump;
    module2.exports.YAMLException = require_exception();
    module2.exports.types = {
      binary: require_binary(),
      float: require_float(),
      map: require_map(),
      null: require_null(),
      pairs: require_pairs(),
      set: require_set(),
      timestamp: require_timestamp(),
      bool: require_bool(),
      int: require_int(),
      merge: require_merge(),
      omap: require_omap(),
      seq: require_seq(),
      str: require_str()
    };
    module2.exports.safeLoad = renamed("safeLoad", "load");
    module2.exports.safeLoadAll = renamed("safeLoadAll", "loadAll");
    module2.exports.safeDump = renamed("safeDump", "dump");
  }
});

// node_modules/typescript/package.json
var require_package = __commonJS({
  "node_modules/typescript/package.json"(exports2, module2) {
    module2.exports = {
      name: "typescript",
      version: "7.0.2",
      license: "Apache-2.0",
      author: "Microsoft Corp.",
      homepage: "https://www.typescriptlang.org/",
      description: "TypeScript is a language for application scale JavaScript development",
      keywords: [
        "TypeScript",
        "Microsoft",
        "compiler",
        "language",
        "javascript"
      ],
      bugs: {
        url: "https://github.com/microsoft/TypeScript/issues"
      },
      repository: {
        type: "git",
        url: "https://github.com/microsoft/TypeScript.git"
      },
      type: "module",
      preferUnplugged: !0,
      engines: {
        node: ">=16.20.0"
      },
      files: [
        "bin",
        "lib",
        "dist",
        "vendor",
        "NOTICE.txt"
      ],
      bin: {
        tsc: "./bin/tsc"
      },
      exports: {
        "./package.json": "./package.json",
        ".": "./lib/version.cjs",
        "./unstable/sync": "./dist/api/sync/api.js",
        "./unstable/async": "./dist/api/async/api.js",
        "./unstable/fs": "./dist/api/fs.js",
        "./unstable/proto": "./dist/api/proto.js",
        "./unstable/ast": "./dist/ast/index.js",
        "./unstable/ast/is": "./dist/ast/is.js",
        "./unstable/ast/factory": "./dist/ast/factory.generated.js",
        "./unstable/ast/utils": "./dist/ast/utils.js",
        "./unstable/ast/scanner": "./dist/ast/scanner.js",
        "./unstable/ast/visitor": "./dist/ast/visitor.js",
        "./unstable/ast/clone": "./dist/ast/clone.js"
      },
      imports: {
        "#getExePath": "./lib/getExePath.js",
        "#enums/*": {
          types: "./dist/enums/*.enum.d.ts",
          default: "./dist/enums/*.js"
        },
        "#vscode-jsonrpc/node": "./vendor/vscode-jsonrpc/lib/node/main.js"
      },
      gitHead: "2bd066d87f5bafd315be9f40889d0a60b9e58e0b",
      publishConfig: {
        access: "public",
        tag: "latest"
      },
      optionalDependencies: {
        "@typescript/typescript-win32-x64": "7.0.2",
        "@typescript/typescript-win32-arm64": "7.0.2",
        "@typescript/typescript-linux-x64": "7.0.2",
        "@typescript/typescript-linux-arm": "7.0.2",
        "@typescript/typescript-linux-arm64": "7.0.2",
        "@typescript/typescript-darwin-x64": "7.0.2",
        "@typescript/typescript-darwin-arm64": "7.0.2",
        "@typescript/typescript-aix-ppc64": "7.0.2",
        "@typescript/typescript-freebsd-arm64": "7.0.2",
        "@typescript/typescript-freebsd-x64": "7.0.2",
        "@typescript/typescript-linux-loong64": "7.0.2",
        "@typescript/typescript-linux-mips64el": "7.0.2",
        "@typescript/typescript-linux-ppc64": "7.0.2",
        "@typescript/typescript-linux-riscv64": "7.0.2",
        "@typescript/typescript-linux-s390x": "7.0.2",
        "@typescript/typescript-netbsd-arm64": "7.0.2",
        "@typescript/typescript-netbsd-x64": "7.0.2",
        "@typescript/typescript-openbsd-arm64": "7.0.2",
        "@typescript/typescript-openbsd-x64": "7.0.2",
        "@typescript/typescript-sunos-x64": "7.0.2"
      }
    };
  }
});

// node_modules/typescript/lib/version.cjs
var require_version = __commonJS({
  "node_modules/typescript/lib/version.cjs"(exports2) {
    var { version } = require_package();
    exports2.version = version;
    exports2.versionMajorMinor = "7.0";
  }
});

// node_modules/cosmiconfig/dist/loaders.js
var require_loaders = __commonJS({
  "node_modules/cosmiconfig/dist/loaders.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.loadTs = exports2.loadTsSync = exports2.loadYaml = exports2.loadJson = exports2.loadJs = exports2.loadJsSync = void 0;
    var fs_1 = require("fs"), promises_1 = require("fs/promises"), path_1 = __importDefault(require("path")), url_1 = require("url"), crypto_1 = require("crypto"), importFresh, loadJsSync = function(filepath) {
      return importFresh === void 0 && (importFresh = require_import_fresh()), importFresh(filepath);
    };
    exports2.loadJsSync = loadJsSync;
    var loadJs = async function(filepath) {
      try {
        let { href } = (0, url_1.pathToFileURL)(await (0, promises_1.realpath)(filepath));
        return (await import(href)).default;
      } catch (error) {
        try {
          return (0, exports2.loadJsSync)(filepath, "");
        } catch (requireError) {
          throw requireError.code === "ERR_REQUIRE_ESM" || requireError instanceof SyntaxError && requireError.toString().includes("Cannot use import statement outside a module") ? error : requireError;
        }
      }
    };
    exports2.loadJs = loadJs;
    var parseJson, loadJson = function(filepath, content) {
      parseJson === void 0 && (parseJson = require_parse_json());
      try {
        return parseJson(content);
      } catch (error) {
        throw error.message = `JSON Error in ${filepath}:
${error.message}`, error;
      }
    };
    exports2.loadJson = loadJson;
    var yaml, loadYaml = function(filepath, content) {
      yaml === void 0 && (yaml = require_js_yaml());
      try {
        return yaml.load(content);
      } catch (error) {
        throw error.message = `YAML Error in ${filepath}:
${error.message}`, error;
      }
    };
    exports2.loadYaml = loadYaml;
    var typescript, loadTsSync = function(filepath, content) {
      typescript === void 0 && (typescript = require_version());
      let compiledFilepath = `${filepath}.${(0, crypto_1.randomUUID)()}.cjs`;
      try {
        let config = resolveTsConfig(path_1.default.dirname(filepath)) ?? {};
        return config.compilerOptions = {
          ...config.compilerOptions,
          module: typescript.ModuleKind.NodeNext,
          moduleResolution: typescript.ModuleResolutionKind.NodeNext,
          target: typescript.ScriptTarget.ES2022,
          noEmit: !1
        }, content = typescript.transpileModule(content, config).outputText, (0, fs_1.writeFileSync)(compiledFilepath, content), (0, exports2.loadJsSync)(compiledFilepath, content).default;
      } catch (error) {
        throw error.message = `TypeScript Error in ${filepath}:
${error.message}`, error;
      } finally {
        (0, fs_1.existsSync)(compiledFilepath) && (0, fs_1.rmSync)(compiledFilepath);
      }
    };
    exports2.loadTsSync = loadTsSync;
    var loadTs = async function(filepath, content) {
      typescript === void 0 && (typescript = (await Promise.resolve().then(() => __toESM(require_version()))).default);
      let compiledFilepath = `${filepath}.${(0, crypto_1.randomUUID)()}.mjs`, transpiledContent;
      try {
        try {
          let config = resolveTsConfig(path_1.default.dirname(filepath)) ?? {};
          config.compilerOptions = {
            ...config.compilerOptions,
            module: typescript.ModuleKind.ES2022,
            moduleResolution: typescript.ModuleResolutionKind.Bundler,
            target: typescript.ScriptTarget.ES2022,
            noEmit: !1
          }, transpiledContent = typescript.transpileModule(content, config).outputText, await (0, promises_1.writeFile)(compiledFilepath, transpiledContent);
        } catch (error) {
          throw error.message = `TypeScript Error in ${filepath}:
${error.message}`, error;
        }
        return await (0, exports2.loadJs)(compiledFilepath, transpiledContent);
      } finally {
        (0, fs_1.existsSync)(compiledFilepath) && await (0, promises_1.rm)(compiledFilepath);
      }
    };
    exports2.loadTs = loadTs;
    function resolveTsConfig(directory) {
      let filePath = typescript.findConfigFile(directory, (fileName) => typescript.sys.fileExists(fileName));
      if (filePath !== void 0) {
        let { config, error } = typescript.readConfigFile(filePath, (path) => typescript.sys.readFile(path));
        if (error)
          throw new Error(`Error in ${filePath}: ${error.messageText.toString()}`);
        return config;
      }
    }
  }
});

// node_modules/cosmiconfig/dist/defaults.js
var require_defaults = __commonJS({
  "node_modules/cosmiconfig/dist/defaults.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.defaultLoadersSync = exports2.defaultLoaders = exports2.metaSearchPlaces = exports2.globalConfigSearchPlacesSync = exports2.globalConfigSearchPlaces = void 0;
    exports2.getDefaultSearchPlaces = getDefaultSearchPlaces;
    exports2.getDefaultSearchPlacesSync = getDefaultSearchPlacesSync;
    var loaders_1 = require_loaders();
    function getDefaultSearchPlaces(moduleName) {
      return [
        "package.json",
        `.${moduleName}rc`,
        `.${moduleName}rc.json`,
        `.${moduleName}rc.yaml`,
        `.${moduleName}rc.yml`,
        `.${moduleName}rc.js`,
        `.${moduleName}rc.ts`,
        `.${moduleName}rc.cjs`,
        `.${moduleName}rc.mjs`,
        `.config/${moduleName}rc`,
        `.config/${moduleName}rc.json`,
        `.config/${moduleName}rc.yaml`,
        `.config/${moduleName}rc.yml`,
        `.config/${moduleName}rc.js`,
        `.config/${moduleName}rc.ts`,
        `.config/${moduleName}rc.cjs`,
        `.config/${moduleName}rc.mjs`,
        `${moduleName}.config.js`,
        `${moduleName}.config.ts`,
        `${moduleName}.config.cjs`,
        `${moduleName}.config.mjs`
      ];
    }
    function getDefaultSearchPlacesSync(moduleName) {
      return [
        "package.json",
        `.${moduleName}rc`,
        `.${moduleName}rc.json`,
        `.${moduleName}rc.yaml`,
        `.${moduleName}rc.yml`,
        `.${moduleName}rc.js`,
        `.${moduleName}rc.ts`,
        `.${moduleName}rc.cjs`,
        `.config/${moduleName}rc`,
        `.config/${moduleName}rc.json`,
        `.config/${moduleName}rc.yaml`,
        `.config/${moduleName}rc.yml`,
        `.config/${moduleName}rc.js`,
        `.config/${moduleName}rc.ts`,
        `.config/${moduleName}rc.cjs`,
        `${moduleName}.config.js`,
        `${moduleName}.config.ts`,
        `${moduleName}.config.cjs`
      ];
    }
    exports2.globalConfigSearchPlaces = [
      "config",
      "config.json",
      "config.yaml",
      "config.yml",
      "config.js",
      "config.ts",
      "config.cjs",
      "config.mjs"
    ];
    exports2.globalConfigSearchPlacesSync = [
      "config",
      "config.json",
      "config.yaml",
      "config.yml",
      "config.js",
      "config.ts",
      "config.cjs"
    ];
    exports2.metaSearchPlaces = [
      "package.json",
      "package.yaml",
      ".config/config.json",
      ".config/config.yaml",
      ".config/config.yml",
      ".config/config.js",
      ".config/config.ts",
      ".config/config.cjs",
      ".config/config.mjs"
    ];
    exports2.defaultLoaders = Object.freeze({
      ".mjs": loaders_1.loadJs,
      ".cjs": loaders_1.loadJs,
      ".js": loaders_1.loadJs,
      ".ts": loaders_1.loadTs,
      ".json": loaders_1.loadJson,
      ".yaml": loaders_1.loadYaml,
      ".yml": loaders_1.loadYaml,
      noExt: loaders_1.loadYaml
    });
    exports2.defaultLoadersSync = Object.freeze({
      ".cjs": loaders_1.loadJsSync,
      ".js": loaders_1.loadJsSync,
      ".ts": loaders_1.loadTsSync,
      ".json": loaders_1.loadJson,
      ".yaml": loaders_1.loadYaml,
      ".yml": loaders_1.loadYaml,
      noExt: loaders_1.loadYaml
    });
  }
});

// node_modules/env-paths/index.js
var require_env_paths = __commonJS({
  "node_modules/env-paths/index.js"(exports2, module2) {
    "use strict";
    var path = require("path"), os = require("os"), homedir = os.homedir(), tmpdir = os.tmpdir(), { env } = process, macos = (name) => {
      let library = path.join(homedir, "Library");
      return {
        data: path.join(library, "Application Support", name),
        config: path.join(library, "Preferences", name),
        cache: path.join(library, "Caches", name),
        log: path.join(library, "Logs", name),
        temp: path.join(tmpdir, name)
      };
    }, windows = (name) => {
      let appData = env.APPDATA || path.join(homedir, "AppData", "Roaming"), localAppData = env.LOCALAPPDATA || path.join(homedir, "AppData", "Local");
      return {
        // Data/config/cache/log are invented by me as Windows isn't opinionated about this
        data: path.join(localAppData, name, "Data"),
        config: path.join(appData, name, "Config"),
        cache: path.join(localAppData, name, "Cache"),
        log: path.join(localAppData, name, "Log"),
        temp: path.join(tmpdir, name)
      };
    }, linux = (name) => {
      let username = path.basename(homedir);
      return {
        data: path.join(env.XDG_DATA_HOME || path.join(homedir, ".local", "share"), name),
        config: path.join(env.XDG_CONFIG_HOME || path.join(homedir, ".config"), name),
        cache: path.join(env.XDG_CACHE_HOME || path.join(homedir, ".cache"), name),
        // https://wiki.debian.org/XDGBaseDirectorySpecification#state
        log: path.join(env.XDG_STATE_HOME || path.join(homedir, ".local", "state"), name),
        temp: path.join(tmpdir, username, name)
      };
    }, envPaths = (name, options) => {
      if (typeof name != "string")
        throw new TypeError(`Expected string, got ${typeof name}`);
      return options = Object.assign({ suffix: "nodejs" }, options), options.suffix && (name += `-${options.suffix}`), process.platform === "darwin" ? macos(name) : process.platform === "win32" ? windows(name) : linux(name);
    };
    module2.exports = envPaths;
    module2.exports.default = envPaths;
  }
});

// node_modules/cosmiconfig/dist/util.js
var require_util = __commonJS({
  "node_modules/cosmiconfig/dist/util.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result, mod, k[i]);
        return __setModuleDefault(result, mod), result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.emplace = emplace;
    exports2.getPropertyByPath = getPropertyByPath;
    exports2.removeUndefinedValuesFromObject = removeUndefinedValuesFromObject;
    exports2.isDirectory = isDirectory;
    exports2.isDirectorySync = isDirectorySync;
    var fs_1 = __importStar(require("fs"));
    function emplace(map, key, fn) {
      let cached2 = map.get(key);
      if (cached2 !== void 0)
        return cached2;
      let result = fn();
      return map.set(key, result), result;
    }
    function getPropertyByPath(source, path) {
      return typeof path == "string" && Object.prototype.hasOwnProperty.call(source, path) ? source[path] : (typeof path == "string" ? path.split(".") : path).reduce((previous, key) => previous === void 0 ? previous : previous[key], source);
    }
    function removeUndefinedValuesFromObject(options) {
      return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== void 0));
    }
    async function isDirectory(path) {
      try {
        return (await fs_1.promises.stat(path)).isDirectory();
      } catch (e) {
        if (e.code === "ENOENT")
          return !1;
        throw e;
      }
    }
    function isDirectorySync(path) {
      try {
        return fs_1.default.statSync(path).isDirectory();
      } catch (e) {
        if (e.code === "ENOENT")
          return !1;
        throw e;
      }
    }
  }
});

// node_modules/cosmiconfig/dist/ExplorerBase.js
var require_ExplorerBase = __commonJS({
  "node_modules/cosmiconfig/dist/ExplorerBase.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.ExplorerBase = void 0;
    exports2.getExtensionDescription = getExtensionDescription;
    var env_paths_1 = __importDefault(require_env_paths()), os_1 = __importDefault(require("os")), path_1 = __importDefault(require("path")), util_js_1 = require_util(), ExplorerBase = class {
      #loadingMetaConfig = !1;
      config;
      loadCache;
      searchCache;
      constructor(options) {
        this.config = options, options.cache && (this.loadCache = /* @__PURE__ */ new Map(), this.searchCache = /* @__PURE__ */ new Map()), this.#validateConfig();
      }
      set loadingMetaConfig(value) {
        this.#loadingMetaConfig = value;
      }
      #validateConfig() {
        let config = this.config;
        for (let place of config.searchPlaces) {
          let extension = path_1.default.extname(place), loader = this.config.loaders[extension || "noExt"] ?? this.config.loaders.default;
          if (loader === void 0)
            throw new Error(`Missing loader for ${getExtensionDescription(place)}.`);
          if (typeof loader != "function")
            throw new Error(`Loader for ${getExtensionDescription(place)} is not a function: Received ${typeof loader}.`);
        }
      }
      clearLoadCache() {
        this.loadCache && this.loadCache.clear();
      }
      clearSearchCache() {
        this.searchCache && this.searchCache.clear();
      }
      clearCaches() {
        this.clearLoadCache(), this.clearSearchCache();
      }
      toCosmiconfigResult(filepath, config) {
        if (config === null)
          return null;
        if (config === void 0)
          return { filepath, config: void 0, isEmpty: !0 };
        if (this.config.applyPackagePropertyPathToConfiguration || this.#loadingMetaConfig) {
          let packageProp = this.config.packageProp ?? this.config.moduleName;
          config = (0, util_js_1.getPropertyByPath)(config, packageProp);
        }
        return config === void 0 ? { filepath, config: void 0, isEmpty: !0 } : { config, filepath };
      }
      validateImports(containingFilePath, imports, importStack) {
        let fileDirectory = path_1.default.dirname(containingFilePath);
        for (let importPath of imports) {
          if (typeof importPath != "string")
            throw new Error(`${containingFilePath}: Key $import must contain a string or a list of strings`);
          let fullPath = path_1.default.resolve(fileDirectory, importPath);
          if (fullPath === containingFilePath)
            throw new Error(`Self-import detected in ${containingFilePath}`);
          let idx = importStack.indexOf(fullPath);
          if (idx !== -1)
            throw new Error(`Circular import detected:
${[...importStack, fullPath].map((path, i) => `${i + 1}. ${path}`).join(`
`)} (same as ${idx + 1}.)`);
        }
      }
      getSearchPlacesForDir(dir, globalConfigPlaces) {
        return (dir.isGlobalConfig ? globalConfigPlaces : this.config.searchPlaces).map((place) => path_1.default.join(dir.path, place));
      }
      getGlobalConfigDir() {
        return (0, env_paths_1.default)(this.config.moduleName, { suffix: "" }).config;
      }
      *getGlobalDirs(startDir) {
        let stopDir = path_1.default.resolve(this.config.stopDir ?? os_1.default.homedir());
        yield { path: startDir, isGlobalConfig: !1 };
        let currentDir = startDir;
        for (; currentDir !== stopDir; ) {
          let parentDir = path_1.default.dirname(currentDir);
          if (parentDir === currentDir)
            break;
          yield { path: parentDir, isGlobalConfig: !1 }, currentDir = parentDir;
        }
        yield { path: this.getGlobalConfigDir(), isGlobalConfig: !0 };
      }
    };
    exports2.ExplorerBase = ExplorerBase;
    function getExtensionDescription(extension) {
      return extension ? `extension "${extension}"` : "files without extensions";
    }
  }
});

// node_modules/cosmiconfig/dist/merge.js
var require_merge2 = __commonJS({
  "node_modules/cosmiconfig/dist/merge.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.hasOwn = void 0;
    exports2.mergeAll = mergeAll;
    exports2.hasOwn = Function.prototype.call.bind(Object.prototype.hasOwnProperty);
    var objToString = Function.prototype.call.bind(Object.prototype.toString);
    function isPlainObject(obj) {
      return objToString(obj) === "[object Object]";
    }
    function merge(target, source, options) {
      for (let key of Object.keys(source)) {
        if (key === "__proto__" || key === "constructor")
          continue;
        let newValue = source[key];
        if ((0, exports2.hasOwn)(target, key)) {
          if (Array.isArray(target[key]) && Array.isArray(newValue)) {
            if (options.mergeArrays) {
              target[key].push(...newValue);
              continue;
            }
          } else if (isPlainObject(target[key]) && isPlainObject(newValue)) {
            target[key] = merge(target[key], newValue, options);
            continue;
          }
        }
        target[key] = newValue;
      }
      return target;
    }
    function mergeAll(objects, options) {
      return objects.reduce((target, source) => merge(target, source, options), {});
    }
  }
});

// node_modules/cosmiconfig/dist/Explorer.js
var require_Explorer = __commonJS({
  "node_modules/cosmiconfig/dist/Explorer.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.Explorer = void 0;
    var promises_1 = __importDefault(require("fs/promises")), path_1 = __importDefault(require("path")), defaults_1 = require_defaults(), ExplorerBase_js_1 = require_ExplorerBase(), merge_1 = require_merge2(), util_js_1 = require_util(), Explorer = class extends ExplorerBase_js_1.ExplorerBase {
      async load(filepath) {
        filepath = path_1.default.resolve(filepath);
        let load = async () => await this.config.transform(await this.#readConfiguration(filepath));
        return this.loadCache ? await (0, util_js_1.emplace)(this.loadCache, filepath, load) : await load();
      }
      async search(from = "") {
        if (this.config.metaConfigFilePath) {
          this.loadingMetaConfig = !0;
          let config = await this.load(this.config.metaConfigFilePath);
          if (this.loadingMetaConfig = !1, config && !config.isEmpty)
            return config;
        }
        from = path_1.default.resolve(from);
        let dirs = this.#getDirs(from), firstDirIter = await dirs.next();
        if (firstDirIter.done)
          throw new Error(`Could not find any folders to iterate through (start from ${from})`);
        let currentDir = firstDirIter.value, search = async () => {
          if (await (0, util_js_1.isDirectory)(currentDir.path))
            for (let filepath of this.getSearchPlacesForDir(currentDir, defaults_1.globalConfigSearchPlaces))
              try {
                let result = await this.#readConfiguration(filepath);
                if (result !== null && !(result.isEmpty && this.config.ignoreEmptySearchPlaces))
                  return await this.config.transform(result);
              } catch (error) {
                if (error.code === "ENOENT" || error.code === "EISDIR" || error.code === "ENOTDIR" || error.code === "EACCES")
                  continue;
                throw error;
              }
          let nextDirIter = await dirs.next();
          return nextDirIter.done ? await this.config.transform(null) : (currentDir = nextDirIter.value, this.searchCache ? await (0, util_js_1.emplace)(this.searchCache, currentDir.path, search) : await search());
        };
        return this.searchCache ? await (0, util_js_1.emplace)(this.searchCache, from, search) : await search();
      }
      async #readConfiguration(filepath, importStack = []) {
        let contents = await promises_1.default.readFile(filepath, { encoding: "utf-8" });
        return this.toCosmiconfigResult(filepath, await this.#loadConfigFileWithImports(filepath, contents, importStack));
      }
      async #loadConfigFileWithImports(filepath, contents, importStack) {
        let loadedContent = await this.#loadConfiguration(filepath, contents);
        if (!loadedContent || !(0, merge_1.hasOwn)(loadedContent, "$import"))
          return loadedContent;
        let fileDirectory = path_1.default.dirname(filepath), { $import: imports, ...ownContent } = loadedContent, importPaths = Array.isArray(imports) ? imports : [imports], newImportStack = [...importStack, filepath];
        this.validateImports(filepath, importPaths, newImportStack);
        let importedConfigs = await Promise.all(importPaths.map(async (importPath) => {
          let fullPath = path_1.default.resolve(fileDirectory, importPath);
          return (await this.#readConfiguration(fullPath, newImportStack))?.config;
        }));
        return (0, merge_1.mergeAll)([...importedConfigs, ownContent], {
          mergeArrays: this.config.mergeImportArrays
        });
      }
      async #loadConfiguration(filepath, contents) {
        if (contents.trim() === "")
          return;
        let extension = path_1.default.extname(filepath), loader = this.config.loaders[extension || "noExt"] ?? this.config.loaders.default;
        if (!loader)
          throw new Error(`No loader specified for ${(0, ExplorerBase_js_1.getExtensionDescription)(extension)}`);
        try {
          let loadedContents = await loader(filepath, contents);
          return path_1.default.basename(filepath, extension) !== "package" ? loadedContents : (0, util_js_1.getPropertyByPath)(loadedContents, this.config.packageProp ?? this.config.moduleName) ?? null;
        } catch (error) {
          throw error.filepath = filepath, error;
        }
      }
      async #fileExists(path) {
        try {
          return await promises_1.default.stat(path), !0;
        } catch {
          return !1;
        }
      }
      async *#getDirs(startDir) {
        switch (this.config.searchStrategy) {
          case "none": {
            yield { path: startDir, isGlobalConfig: !1 };
            return;
          }
          case "project": {
            let currentDir = startDir;
            for (; ; ) {
              yield { path: currentDir, isGlobalConfig: !1 };
              let foundPackageFile = !1;
              for (let ext of ["json", "yaml"]) {
                let packageFile = path_1.default.join(currentDir, `package.${ext}`);
                if (await this.#fileExists(packageFile)) {
                  foundPackageFile = !0;
                  break;
                }
              }
              if (foundPackageFile)
                return;
              let parentDir = path_1.default.dirname(currentDir);
              if (parentDir === currentDir)
                return;
              currentDir = parentDir;
            }
          }
          case "global":
            yield* this.getGlobalDirs(startDir);
        }
      }
    };
    exports2.Explorer = Explorer;
  }
});

// node_modules/cosmiconfig/dist/ExplorerSync.js
var require_ExplorerSync = __commonJS({
  "node_modules/cosmiconfig/dist/ExplorerSync.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.ExplorerSync = void 0;
    var fs_1 = __importDefault(require("fs")), path_1 = __importDefault(require("path")), defaults_1 = require_defaults(), ExplorerBase_js_1 = require_ExplorerBase(), merge_1 = require_merge2(), util_js_1 = require_util(), ExplorerSync = class extends ExplorerBase_js_1.ExplorerBase {
      load(filepath) {
        filepath = path_1.default.resolve(filepath);
        let load = () => this.config.transform(this.#readConfiguration(filepath));
        return this.loadCache ? (0, util_js_1.emplace)(this.loadCache, filepath, load) : load();
      }
      search(from = "") {
        if (this.config.metaConfigFilePath) {
          this.loadingMetaConfig = !0;
          let config = this.load(this.config.metaConfigFilePath);
          if (this.loadingMetaConfig = !1, config && !config.isEmpty)
            return config;
        }
        from = path_1.default.resolve(from);
        let dirs = this.#getDirs(from), firstDirIter = dirs.next();
        if (firstDirIter.done)
          throw new Error(`Could not find any folders to iterate through (start from ${from})`);
        let currentDir = firstDirIter.value, search = () => {
          if ((0, util_js_1.isDirectorySync)(currentDir.path))
            for (let filepath of this.getSearchPlacesForDir(currentDir, defaults_1.globalConfigSearchPlacesSync))
              try {
                let result = this.#readConfiguration(filepath);
                if (result !== null && !(result.isEmpty && this.config.ignoreEmptySearchPlaces))
                  return this.config.transform(result);
              } catch (error) {
                if (error.code === "ENOENT" || error.code === "EISDIR" || error.code === "ENOTDIR" || error.code === "EACCES")
                  continue;
                throw error;
              }
          let nextDirIter = dirs.next();
          return nextDirIter.done ? this.config.transform(null) : (currentDir = nextDirIter.value, this.searchCache ? (0, util_js_1.emplace)(this.searchCache, currentDir.path, search) : search());
        };
        return this.searchCache ? (0, util_js_1.emplace)(this.searchCache, from, search) : search();
      }
      #readConfiguration(filepath, importStack = []) {
        let contents = fs_1.default.readFileSync(filepath, "utf8");
        return this.toCosmiconfigResult(filepath, this.#loadConfigFileWithImports(filepath, contents, importStack));
      }
      #loadConfigFileWithImports(filepath, contents, importStack) {
        let loadedContent = this.#loadConfiguration(filepath, contents);
        if (!loadedContent || !(0, merge_1.hasOwn)(loadedContent, "$import"))
          return loadedContent;
        let fileDirectory = path_1.default.dirname(filepath), { $import: imports, ...ownContent } = loadedContent, importPaths = Array.isArray(imports) ? imports : [imports], newImportStack = [...importStack, filepath];
        this.validateImports(filepath, importPaths, newImportStack);
        let importedConfigs = importPaths.map((importPath) => {
          let fullPath = path_1.default.resolve(fileDirectory, importPath);
          return this.#readConfiguration(fullPath, newImportStack)?.config;
        });
        return (0, merge_1.mergeAll)([...importedConfigs, ownContent], {
          mergeArrays: this.config.mergeImportArrays
        });
      }
      #loadConfiguration(filepath, contents) {
        if (contents.trim() === "")
          return;
        let extension = path_1.default.extname(filepath), loader = this.config.loaders[extension || "noExt"] ?? this.config.loaders.default;
        if (!loader)
          throw new Error(`No loader specified for ${(0, ExplorerBase_js_1.getExtensionDescription)(extension)}`);
        try {
          let loadedContents = loader(filepath, contents);
          return path_1.default.basename(filepath, extension) !== "package" ? loadedContents : (0, util_js_1.getPropertyByPath)(loadedContents, this.config.packageProp ?? this.config.moduleName) ?? null;
        } catch (error) {
          throw error.filepath = filepath, error;
        }
      }
      #fileExists(path) {
        try {
          return fs_1.default.statSync(path), !0;
        } catch {
          return !1;
        }
      }
      *#getDirs(startDir) {
        switch (this.config.searchStrategy) {
          case "none": {
            yield { path: startDir, isGlobalConfig: !1 };
            return;
          }
          case "project": {
            let currentDir = startDir;
            for (; ; ) {
              yield { path: currentDir, isGlobalConfig: !1 };
              let foundPackageFile = !1;
              for (let ext of ["json", "yaml"]) {
                let packageFile = path_1.default.join(currentDir, `package.${ext}`);
                if (this.#fileExists(packageFile)) {
                  foundPackageFile = !0;
                  break;
                }
              }
              if (foundPackageFile)
                return;
              let parentDir = path_1.default.dirname(currentDir);
              if (parentDir === currentDir)
                return;
              currentDir = parentDir;
            }
          }
          case "global":
            yield* this.getGlobalDirs(startDir);
        }
      }
      /**
       * @deprecated Use {@link ExplorerSync.prototype.load}.
       */
      /* istanbul ignore next */
      loadSync(filepath) {
        return this.load(filepath);
      }
      /**
       * @deprecated Use {@link ExplorerSync.prototype.search}.
       */
      /* istanbul ignore next */
      searchSync(from = "") {
        return this.search(from);
      }
    };
    exports2.ExplorerSync = ExplorerSync;
  }
});

// node_modules/cosmiconfig/dist/index.js
var require_dist = __commonJS({
  "node_modules/cosmiconfig/dist/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.defaultLoadersSync = exports2.defaultLoaders = exports2.globalConfigSearchPlacesSync = exports2.globalConfigSearchPlaces = exports2.getDefaultSearchPlacesSync = exports2.getDefaultSearchPlaces = void 0;
    exports2.cosmiconfig = cosmiconfig;
    exports2.cosmiconfigSync = cosmiconfigSync;
    var defaults_1 = require_defaults();
    Object.defineProperty(exports2, "defaultLoaders", { enumerable: !0, get: function() {
      return defaults_1.defaultLoaders;
    } });
    Object.defineProperty(exports2, "defaultLoadersSync", { enumerable: !0, get: function() {
      return defaults_1.defaultLoadersSync;
    } });
    Object.defineProperty(exports2, "getDefaultSearchPlaces", { enumerable: !0, get: function() {
      return defaults_1.getDefaultSearchPlaces;
    } });
    Object.defineProperty(exports2, "getDefaultSearchPlacesSync", { enumerable: !0, get: function() {
      return defaults_1.getDefaultSearchPlacesSync;
    } });
    Object.defineProperty(exports2, "globalConfigSearchPlaces", { enumerable: !0, get: function() {
      return defaults_1.globalConfigSearchPlaces;
    } });
    Object.defineProperty(exports2, "globalConfigSearchPlacesSync", { enumerable: !0, get: function() {
      return defaults_1.globalConfigSearchPlacesSync;
    } });
    var Explorer_js_1 = require_Explorer(), ExplorerSync_js_1 = require_ExplorerSync(), util_1 = require_util(), identity = function(x) {
      return x;
    };
    function getUserDefinedOptionsFromMetaConfig() {
      let metaConfig = new ExplorerSync_js_1.ExplorerSync({
        moduleName: "cosmiconfig",
        stopDir: process.cwd(),
        searchPlaces: defaults_1.metaSearchPlaces,
        ignoreEmptySearchPlaces: !1,
        applyPackagePropertyPathToConfiguration: !0,
        loaders: defaults_1.defaultLoaders,
        transform: identity,
        cache: !0,
        metaConfigFilePath: null,
        mergeImportArrays: !0,
        mergeSearchPlaces: !0,
        searchStrategy: "none"
      }).search();
      if (!metaConfig)
        return null;
      if (metaConfig.config?.loaders)
        throw new Error("Can not specify loaders in meta config file");
      if (metaConfig.config?.searchStrategy)
        throw new Error("Can not specify searchStrategy in meta config file");
      let overrideOptions = {
        mergeSearchPlaces: !0,
        ...metaConfig.config ?? {}
      };
      return {
        config: (0, util_1.removeUndefinedValuesFromObject)(overrideOptions),
        filepath: metaConfig.filepath
      };
    }
    function getResolvedSearchPlaces(moduleName, toolDefinedSearchPlaces, userConfiguredOptions) {
      let userConfiguredSearchPlaces = userConfiguredOptions.searchPlaces?.map((path) => path.replace("{name}", moduleName));
      return userConfiguredOptions.mergeSearchPlaces ? [...userConfiguredSearchPlaces ?? [], ...toolDefinedSearchPlaces] : userConfiguredSearchPlaces ?? /* istanbul ignore next */
      toolDefinedSearchPlaces;
    }
    function mergeOptionsBase(moduleName, defaults, options) {
      let userDefinedConfig = getUserDefinedOptionsFromMetaConfig();
      if (!userDefinedConfig)
        return {
          ...defaults,
          ...(0, util_1.removeUndefinedValuesFromObject)(options),
          loaders: {
            ...defaults.loaders,
            ...options.loaders
          }
        };
      let userConfiguredOptions = userDefinedConfig.config, toolDefinedSearchPlaces = options.searchPlaces ?? defaults.searchPlaces;
      return {
        ...defaults,
        ...(0, util_1.removeUndefinedValuesFromObject)(options),
        metaConfigFilePath: userDefinedConfig.filepath,
        ...userConfiguredOptions,
        searchPlaces: getResolvedSearchPlaces(moduleName, toolDefinedSearchPlaces, userConfiguredOptions),
        loaders: {
          ...defaults.loaders,
          ...options.loaders
        }
      };
    }
    function validateOptions(options) {
      if (options.searchStrategy != null && options.searchStrategy !== "global" && options.stopDir)
        throw new Error('Can not supply `stopDir` option with `searchStrategy` other than "global"');
    }
    function mergeOptions(moduleName, options) {
      validateOptions(options);
      let defaults = {
        moduleName,
        searchPlaces: (0, defaults_1.getDefaultSearchPlaces)(moduleName),
        ignoreEmptySearchPlaces: !0,
        cache: !0,
        transform: identity,
        loaders: defaults_1.defaultLoaders,
        metaConfigFilePath: null,
        mergeImportArrays: !0,
        mergeSearchPlaces: !0,
        searchStrategy: options.stopDir ? "global" : "none"
      };
      return mergeOptionsBase(moduleName, defaults, options);
    }
    function mergeOptionsSync(moduleName, options) {
      validateOptions(options);
      let defaults = {
        moduleName,
        searchPlaces: (0, defaults_1.getDefaultSearchPlacesSync)(moduleName),
        ignoreEmptySearchPlaces: !0,
        cache: !0,
        transform: identity,
        loaders: defaults_1.defaultLoadersSync,
        metaConfigFilePath: null,
        mergeImportArrays: !0,
        mergeSearchPlaces: !0,
        searchStrategy: options.stopDir ? "global" : "none"
      };
      return mergeOptionsBase(moduleName, defaults, options);
    }
    function cosmiconfig(moduleName, options = {}) {
      let normalizedOptions = mergeOptions(moduleName, options), explorer = new Explorer_js_1.Explorer(normalizedOptions);
      return {
        search: explorer.search.bind(explorer),
        load: explorer.load.bind(explorer),
        clearLoadCache: explorer.clearLoadCache.bind(explorer),
        clearSearchCache: explorer.clearSearchCache.bind(explorer),
        clearCaches: explorer.clearCaches.bind(explorer)
      };
    }
    function cosmiconfigSync(moduleName, options = {}) {
      let normalizedOptions = mergeOptionsSync(moduleName, options), explorerSync = new ExplorerSync_js_1.ExplorerSync(normalizedOptions);
      return {
        search: explorerSync.search.bind(explorerSync),
        load: explorerSync.load.bind(explorerSync),
        clearLoadCache: explorerSync.clearLoadCache.bind(explorerSync),
        clearSearchCache: explorerSync.clearSearchCache.bind(explorerSync),
        clearCaches: explorerSync.clearCaches.bind(explorerSync)
      };
    }
  }
});

// lib/config/load-config.ts
function findConfigFile(root) {
  let pkg = (0, import_node_path2.join)(root, "package.json");
  if ((0, import_node_fs3.existsSync)(pkg))
    try {
      let parsed = JSON.parse((0, import_node_fs3.readFileSync)(pkg, "utf8"));
      if (parsed && typeof parsed == "object" && "stowaway" in parsed) return pkg;
    } catch {
    }
  for (let name of CANDIDATES) {
    let p = (0, import_node_path2.join)(root, name);
    if ((0, import_node_fs3.existsSync)(p)) return p;
  }
  return null;
}
async function loadConfig(root, explicit) {
  let chosen = explicit ?? process.env.STOWAWAY_CONFIG, file;
  if (chosen) {
    if (file = (0, import_node_path2.resolve)(chosen), !(0, import_node_fs3.existsSync)(file)) throw new ConfigError(file, "config file not found (from --config or STOWAWAY_CONFIG).");
  } else
    file = findConfigFile(root);
  if (!file) return { config: defaultConfig(), file: null };
  let { cosmiconfig } = await Promise.resolve().then(() => __toESM(require_dist())), explorer = cosmiconfig("stowaway", { cache: !1 }), result;
  try {
    result = await explorer.load(file);
  } catch (e) {
    let msg = (e.message || String(e)).split(`
`).slice(0, 4).join(`
`);
    throw new ConfigError(file, `cannot be parsed: ${msg}`);
  }
  return result?.isEmpty && !file.endsWith("package.json") ? { config: defaultConfig(), file } : { config: validateConfig(result?.config, file), file };
}
var import_node_fs3, import_node_path2, CANDIDATES, init_load_config = __esm({
  "lib/config/load-config.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs"), import_node_path2 = require("node:path");
    init_config_error();
    init_defaults();
    init_validate_config();
    CANDIDATES = [
      ".stowawayrc",
      ".stowawayrc.json",
      ".stowawayrc.yaml",
      ".stowawayrc.yml",
      ".stowawayrc.js",
      ".stowawayrc.cjs",
      ".stowawayrc.mjs",
      ".config/stowawayrc",
      ".config/stowawayrc.json",
      ".config/stowawayrc.yaml",
      ".config/stowawayrc.yml",
      ".config/stowawayrc.js",
      ".config/stowawayrc.cjs",
      ".config/stowawayrc.mjs",
      "stowaway.config.js",
      "stowaway.config.cjs",
      "stowaway.config.mjs"
    ];
  }
});

// lib/findings/baseline.ts
function readBaseline(path, optional) {
  if (!(0, import_node_fs4.existsSync)(path)) {
    if (optional) return null;
    throw new ConfigError(path, "baseline file not found. Create it with `stowaway baseline`, or drop --baseline.");
  }
  let parsed;
  try {
    parsed = JSON.parse((0, import_node_fs4.readFileSync)(path, "utf8"));
  } catch (e) {
    throw new ConfigError(path, `baseline is not valid JSON (${e.message}). Regenerate it with \`stowaway baseline --update\`, or bypass with --no-baseline.`);
  }
  let p = parsed;
  if (!p || p.version !== 1 || !Array.isArray(p.entries) || !p.entries.every((e) => e && typeof e.fingerprint == "string"))
    throw new ConfigError(path, 'not a stowaway baseline: expected {"version": 1, "entries": [{"fingerprint": \u2026}]}. Regenerate it with `stowaway baseline --update`.');
  return p.entries;
}
var import_node_fs4, init_baseline = __esm({
  "lib/findings/baseline.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    init_config_error();
  }
});

// lib/cli/scan-setup.ts
async function scanSetup(flags, cwd = process.cwd()) {
  let repo = await resolveRepo(cwd), root = repo?.root ?? (0, import_node_path3.resolve)(cwd), loaded = await loadConfig(root, flags.config), baseline;
  if (!flags.noBaseline) {
    let explicit = flags.baseline, path = explicit ? (0, import_node_path3.resolve)(explicit) : (0, import_node_path3.isAbsolute)(loaded.config.baseline) ? loaded.config.baseline : (0, import_node_path3.join)(root, loaded.config.baseline), entries = readBaseline(path, !explicit);
    entries && (baseline = new Set(entries.map((e) => e.fingerprint)));
  }
  return { ...loaded, repo, root, baseline };
}
var import_node_path3, init_scan_setup = __esm({
  "lib/cli/scan-setup.ts"() {
    "use strict";
    import_node_path3 = require("node:path");
    init_repo();
    init_load_config();
    init_baseline();
  }
});

// lib/cli/commands/scan.ts
var scan_exports = {};
__export(scan_exports, {
  scanCommand: () => scanCommand
});
var import_node_path4, scanCommand, init_scan = __esm({
  "lib/cli/commands/scan.ts"() {
    "use strict";
    import_node_path4 = require("node:path");
    init_config_error();
    init_run_scan();
    init_staged();
    init_tracked();
    init_filesystem();
    init_common_options();
    init_emit_report();
    init_scan_setup();
    scanCommand = {
      name: "scan",
      summary: "scan tracked files, staged changes, or a directory",
      help: `Usage: stowaway scan [PATH...] [--staged [--added-only]] [options]

Scans for secrets and unsafe Dockerfile instructions.
  (no arguments)         every tracked file of the repository, as the index holds it
  PATH...                tracked files under these paths; outside git, these files and directories
      --staged           what is about to be committed: the index, never the working tree
      --added-only       with --staged: only the lines the staged change adds

${commonHelp}

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or config error.`,
      options: {
        ...commonOptions,
        staged: { type: "boolean" },
        "added-only": { type: "boolean" }
      },
      allowPositionals: !0,
      async run(values, positionals) {
        let flags = readCommonFlags(values);
        if (values["added-only"] && !values.staged) throw new UsageError("--added-only works with --staged");
        let setup = await scanSetup(flags), { config, repo } = setup, source, target;
        if (values.staged) {
          if (positionals.length) throw new UsageError("--staged scans the whole index; drop the paths");
          if (!repo) throw new UsageError("--staged needs a git repository, and the current directory is not inside one");
          source = await stagedSource(repo, { addedOnly: !!values["added-only"], maxSize: config.maxFileSize }), target = values["added-only"] ? "added lines of staged changes" : "staged changes";
        } else if (repo) {
          let paths = positionals.map((p) => (0, import_node_path4.relative)(repo.root, (0, import_node_path4.resolve)(p)).split("\\").join("/")), outside = paths.find((p) => p.startsWith(".."));
          if (outside !== void 0) throw new UsageError(`${outside} is outside the repository at ${repo.root}`);
          source = await trackedSource(repo, { paths: paths.filter((p) => p !== ""), maxSize: config.maxFileSize }), target = paths.length ? paths.join(", ") : "tracked files";
        } else positionals.length ? (source = filesSource(positionals, setup.root, config.maxFileSize), target = positionals.join(", ")) : (source = directorySource(setup.root, config.maxFileSize), target = setup.root);
        let result = await runScan(source, { config, baseline: setup.baseline });
        return emitReport(result, flags, config, target);
      }
    };
  }
});

// lib/cli/commands/files.ts
var files_exports = {};
__export(files_exports, {
  filesCommand: () => filesCommand
});
var filesCommand, init_files = __esm({
  "lib/cli/commands/files.ts"() {
    "use strict";
    init_run_scan();
    init_filesystem();
    init_config_error();
    init_common_options();
    init_emit_report();
    init_scan_setup();
    filesCommand = {
      name: "files",
      summary: "scan exactly the given files (pre-commit framework, lint-staged)",
      help: `Usage: stowaway files PATH... [options]

Scans the named files as they are on disk. Names are taken literally: spaces,
newlines and glob characters such as [id] or (group) are fine.

${commonHelp}`,
      options: { ...commonOptions },
      allowPositionals: !0,
      async run(values, positionals) {
        let flags = readCommonFlags(values);
        if (positionals.length === 0) throw new UsageError("files needs at least one PATH");
        let setup = await scanSetup(flags), result = await runScan(filesSource(positionals, setup.root, setup.config.maxFileSize), { config: setup.config, baseline: setup.baseline });
        return emitReport(result, flags, setup.config, `${positionals.length} given file(s)`);
      }
    };
  }
});

// lib/cli/commands/rules.ts
var rules_exports = {};
__export(rules_exports, {
  rulesCommand: () => rulesCommand
});
var rulesCommand, init_rules2 = __esm({
  "lib/cli/commands/rules.ts"() {
    "use strict";
    init_registry();
    init_config_error();
    rulesCommand = {
      name: "rules",
      summary: "list every rule with its id, severity and description",
      help: `Usage: stowaway rules [--format pretty|json] [--category secret|dockerfile|compose|k8s|ci]

Lists the rule catalogue. Opt-in rules are marked; enable one by giving it a
severity under "rules" in the config.`,
      options: { format: { type: "string", short: "f" }, category: { type: "string" }, help: { type: "boolean", short: "h" } },
      allowPositionals: !1,
      async run(values) {
        let format = values.format ?? "pretty";
        if (format !== "pretty" && format !== "json") throw new UsageError(`--format must be pretty or json, not "${format}"`);
        let rules4 = (await loadAllDetectors()).flatMap((d) => d.rules);
        if (values.category && (rules4 = rules4.filter((r) => r.category === values.category)), format === "json")
          return process.stdout.write(JSON.stringify({ version: 1, rules: rules4 }, null, 2) + `
`), 0;
        let width = Math.max(...rules4.map((r) => r.id.length)), lines = rules4.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(6)}  ${r.description}${r.optIn ? " (opt-in)" : ""}`);
        return process.stdout.write(lines.join(`
`) + `

${rules4.length} rules
`), 0;
      }
    };
  }
});

// lib/cli/package-root.ts
function packageRoot() {
  if (cached) return cached;
  let dir = __dirname;
  for (; ; ) {
    let pkg = (0, import_node_path5.join)(dir, "package.json");
    if ((0, import_node_fs5.existsSync)(pkg))
      try {
        if (JSON.parse((0, import_node_fs5.readFileSync)(pkg, "utf8")).name === "stowaway") return cached = dir;
      } catch {
      }
    let up = (0, import_node_path5.dirname)(dir);
    if (up === dir) throw new Error(`cannot find the stowaway package folder above ${__dirname}`);
    dir = up;
  }
}
var import_node_fs5, import_node_path5, cached, init_package_root = __esm({
  "lib/cli/package-root.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs"), import_node_path5 = require("node:path"), cached = null;
  }
});

// lib/cli/commands/init.ts
var init_exports = {};
__export(init_exports, {
  initCommand: () => initCommand
});
var import_node_fs6, import_node_path6, initCommand, init_init = __esm({
  "lib/cli/commands/init.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs"), import_node_path6 = require("node:path");
    init_repo();
    init_load_config();
    init_package_root();
    initCommand = {
      name: "init",
      summary: "write a commented config file (.stowawayrc.yaml)",
      help: `Usage: stowaway init [--force]

Writes .stowawayrc.yaml at the repository root from the packaged template.
Refuses to overwrite an existing config unless --force.`,
      options: { force: { type: "boolean" }, help: { type: "boolean", short: "h" } },
      allowPositionals: !1,
      async run(values) {
        let root = (await resolveRepo(process.cwd()))?.root ?? process.cwd(), existing = findConfigFile(root), target = (0, import_node_path6.join)(root, ".stowawayrc.yaml");
        return existing && !values.force ? (process.stderr.write(`stowaway: a config already exists at ${existing}; nothing written (use --force to write ${target} anyway).
`), 0) : ((0, import_node_fs6.existsSync)(target) && !values.force || ((0, import_node_fs6.writeFileSync)(target, (0, import_node_fs6.readFileSync)((0, import_node_path6.join)(packageRoot(), "templates", "stowawayrc.yaml"), "utf8")), process.stdout.write(`wrote ${target}
`)), 0);
      }
    };
  }
});

// lib/cli/main.ts
var main_exports = {};
__export(main_exports, {
  main: () => main
});
module.exports = __toCommonJS(main_exports);
var import_node_util = require("node:util");
init_config_error();
var COMMANDS = {
  scan: { summary: "scan tracked files, staged changes, or a directory", load: async () => (await Promise.resolve().then(() => (init_scan(), scan_exports))).scanCommand },
  files: { summary: "scan exactly the given files (pre-commit framework, lint-staged)", load: async () => (await Promise.resolve().then(() => (init_files(), files_exports))).filesCommand },
  rules: { summary: "list every rule with its id, severity and description", load: async () => (await Promise.resolve().then(() => (init_rules2(), rules_exports))).rulesCommand },
  init: { summary: "write a commented config file", load: async () => (await Promise.resolve().then(() => (init_init(), init_exports))).initCommand }
}, BYPASS = "To commit anyway in an emergency: STOWAWAY_SKIP=1 git commit \u2026 (or git commit --no-verify).";
function mainHelp() {
  let width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  return `Usage: stowaway <command> [options]

Keeps credentials and unsafe image-build instructions out of git and container images.

Commands:
${Object.entries(COMMANDS).map(([k, v]) => `  ${k.padEnd(width)}  ${v.summary}`).join(`
`)}

Run \`stowaway <command> --help\` for a command's options. \`stowaway --version\` prints the version.
`;
}
async function main(argv) {
  let [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help")
    return process.stdout.write(mainHelp()), name ? 0 : 2;
  if (name === "--version" || name === "-v" || name === "version")
    return process.stdout.write(`0.1.0
`), 0;
  let entry = COMMANDS[name];
  if (!entry)
    return process.stderr.write(`stowaway: unknown command "${name}"

${mainHelp()}`), 2;
  let command = await entry.load(), usage = command.help.split(`
`)[0];
  try {
    let parsed;
    try {
      parsed = (0, import_node_util.parseArgs)({ args: rest, options: command.options, allowPositionals: command.allowPositionals, strict: !0 });
    } catch (e) {
      throw new UsageError(e.message.replace(/^TypeError \[[A-Z_]+\]: /, ""));
    }
    return parsed.values.help ? (process.stdout.write(command.help + `
`), 0) : await command.run(parsed.values, parsed.positionals);
  } catch (e) {
    if (e instanceof UsageError)
      return process.stderr.write(`stowaway ${name}: ${e.message}
${usage}
Run \`stowaway ${name} --help\` for details.
`), 2;
    if (e instanceof ConfigError)
      return process.stderr.write(`stowaway: configuration error in ${e.file}
  ${e.detail}
  Fix the file, or point --config / STOWAWAY_CONFIG elsewhere. ${BYPASS}
`), 2;
    let err = e;
    return process.stderr.write(`stowaway: internal error while running "${name}": ${err.message}
${process.env.STOWAWAY_DEBUG ? `${err.stack}
` : "Set STOWAWAY_DEBUG=1 for a stack trace. "}${BYPASS}
`), 2;
  }
}
require.main === module && main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`stowaway: ${e.stack ?? e}
`), process.exitCode = 2;
  }
);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main
});
