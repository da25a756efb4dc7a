#!/usr/bin/env python3
"""Generate Sources/CILMetadata/IL/OpCodes.generated.swift from Utilities/opcodes.def.

Usage:
    python3 Utilities/generate_opcodes.py           # (re)write the generated Swift file
    python3 Utilities/generate_opcodes.py --check   # exit 1 if the file on disk is stale

The output depends only on opcodes.def, so re-running is byte-for-byte reproducible.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEF_PATH = REPO / "Utilities" / "opcodes.def"
OUT_PATH = REPO / "Sources" / "CILMetadata" / "IL" / "OpCodes.generated.swift"

# ECMA operand type name -> (Swift case, operand size in bytes, doc)
OPERAND_TYPES: dict[str, tuple[str, int, str]] = {
    "InlineNone": ("none", 0, "No operand."),
    "ShortInlineBrTarget": ("shortBranchTarget", 1, "int8 branch offset, relative to the next instruction."),
    "InlineBrTarget": ("branchTarget", 4, "int32 branch offset, relative to the next instruction."),
    "ShortInlineI": ("shortInt8", 1, "8-bit integer (signed for `ldc.i4.s`, unsigned for `unaligned.` and `no.`)."),
    "InlineI": ("int32", 4, "int32 constant."),
    "InlineI8": ("int64", 8, "int64 constant."),
    "ShortInlineR": ("shortFloat32", 4, "float32 constant."),
    "InlineR": ("float64", 8, "float64 constant."),
    "ShortInlineVar": ("shortVariable", 1, "uint8 argument or local variable number."),
    "InlineVar": ("variable", 2, "uint16 argument or local variable number."),
    "InlineMethod": ("method", 4, "MethodDef, MemberRef or MethodSpec token."),
    "InlineField": ("field", 4, "Field or MemberRef token."),
    "InlineType": ("type", 4, "TypeDef, TypeRef or TypeSpec token."),
    "InlineTok": ("token", 4, "Type, method or field token (`ldtoken`)."),
    "InlineString": ("string", 4, "User string (#US) token."),
    "InlineSig": ("signature", 4, "StandAloneSig token (`calli`)."),
    "InlineSwitch": ("switchTable", 4, "uint32 count N followed by N int32 branch offsets (`switch`)."),
}

POP_NAMES = [
    "Pop0", "Pop1", "Pop1+Pop1", "PopI", "PopI+Pop1", "PopI+PopI", "PopI+PopI8", "PopI+PopR4",
    "PopI+PopR8", "PopI+PopI+PopI", "PopRef", "PopRef+Pop1", "PopRef+PopI", "PopRef+PopI+PopI",
    "PopRef+PopI+PopI8", "PopRef+PopI+PopR4", "PopRef+PopI+PopR8", "PopRef+PopI+PopRef",
    "PopRef+PopI+Pop1", "VarPop",
]
PUSH_NAMES = ["Push0", "Push1", "Push1+Push1", "PushI", "PushI8", "PushR4", "PushR8", "PushRef", "VarPush"]

FLOW_CONTROLS: dict[str, str] = {
    "next": "next",
    "branch": "branch",
    "cond_branch": "conditionalBranch",
    "call": "call",
    "return": "return",
    "throw": "throw",
    "break": "break",
    "meta": "meta",
}

SWIFT_KEYWORDS = {
    "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import",
    "init", "inout", "internal", "let", "open", "operator", "private", "precedencegroup",
    "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
    "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough",
    "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while",
    "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true",
    "try", "_", "Type", "Protocol",
}

LINE_WIDTH = 100


def stack_case(ecma: str) -> str:
    """`PopRef+PopI+Pop1` -> `popRefPopIPop1`."""
    joined = "".join(ecma.split("+"))
    return joined[0].lower() + joined[1:]


def ident(name: str) -> str:
    return f"`{name}`" if name in SWIFT_KEYWORDS else name


class Op:
    def __init__(self, name: str, encoding: int, two_byte: bool, operand: str, pop: str,
                 push: str, flow: str, line_no: int):
        self.name = name
        self.encoding = encoding  # 0x00..0xFF, or 0xFE00 | second byte
        self.two_byte = two_byte
        self.operand = operand
        self.pop = pop
        self.push = push
        self.flow = flow
        self.line_no = line_no

    @property
    def case(self) -> str:
        return self.name.replace(".", "_")

    @property
    def ref(self) -> str:
        return "." + ident(self.case)

    @property
    def is_prefix(self) -> bool:
        return self.flow == "meta"


def fail(msg: str) -> None:
    sys.exit(f"generate_opcodes.py: {msg}")


def parse_byte(text: str, where: str) -> int:
    if not text.startswith("0x") or len(text) != 4:
        fail(f"{where}: bad encoding byte {text!r} (want 0xNN)")
    try:
        return int(text, 16)
    except ValueError:
        fail(f"{where}: bad encoding byte {text!r}")
        raise


def parse(path: Path) -> list[Op]:
    ops: list[Op] = []
    for line_no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        where = f"{path.name}:{line_no}"
        f = line.split()
        if len(f) == 7 and f[1] == "0xFE":
            name, _, second, operand, pop, push, flow = f
            encoding = 0xFE00 | parse_byte(second, where)
            two_byte = True
        elif len(f) == 6:
            name, first, operand, pop, push, flow = f
            encoding = parse_byte(first, where)
            two_byte = False
            if encoding == 0xFE:
                fail(f"{where}: 0xFE is the two-byte escape, not an opcode")
        else:
            fail(f"{where}: expected `name encoding operand pop push flow`, got {raw!r}")
        if operand not in OPERAND_TYPES:
            fail(f"{where}: unknown operand type {operand!r}")
        if pop not in POP_NAMES:
            fail(f"{where}: unknown pop behaviour {pop!r}")
        if push not in PUSH_NAMES:
            fail(f"{where}: unknown push behaviour {push!r}")
        if flow not in FLOW_CONTROLS:
            fail(f"{where}: unknown flow control {flow!r}")
        if (flow == "meta") != name.endswith("."):
            fail(f"{where}: prefixes (names ending in '.') and only they must have flow `meta`")
        ops.append(Op(name, encoding, two_byte, operand, pop, push, flow, line_no))

    seen_names: dict[str, int] = {}
    seen_cases: dict[str, int] = {}
    seen_enc: dict[int, int] = {}
    for op in ops:
        for table, key in ((seen_names, op.name), (seen_cases, op.case), (seen_enc, op.encoding)):
            if key in table:
                fail(f"line {op.line_no}: duplicate {key!r} (first on line {table[key]})")
            table[key] = op.line_no
    if [op.encoding for op in ops] != sorted(op.encoding for op in ops):
        fail("opcodes must be listed in encoding order")
    return ops


def wrap_cases(refs: list[str], indent: str, suffix: str) -> list[str]:
    """`case .a, .b, ...: suffix`, wrapped greedily at LINE_WIDTH."""
    pieces = [r + "," for r in refs[:-1]] + [refs[-1] + ":"]
    lines: list[str] = []
    cur = indent + "case " + pieces[0]
    for piece in pieces[1:]:
        if len(cur) + 1 + len(piece) > LINE_WIDTH:
            lines.append(cur)
            cur = indent + "     " + piece
        else:
            cur += " " + piece
    if len(cur) + 1 + len(suffix) > LINE_WIDTH:
        lines += [cur, indent + "    " + suffix]
    else:
        lines.append(cur + " " + suffix)
    return lines


def grouped_switch(ops: list[Op], key, indent: str) -> list[str]:
    """`switch self` grouping cases by the returned expression, in first-appearance order."""
    groups: dict[str, list[str]] = {}
    for op in ops:
        groups.setdefault(key(op), []).append(op.ref)
    out = [indent + "switch self {"]
    for value, refs in groups.items():
        out += wrap_cases(refs, indent, "return " + value)
    out.append(indent + "}")
    return out


def generate(ops: list[Op]) -> str:
    o: list[str] = []
    w = o.append
    w("// generated by Utilities/generate_opcodes.py — do not edit.")
    w("// Source: Utilities/opcodes.def (ECMA-335 partition III). To change the opcode table, edit")
    w("// that file and run `python3 Utilities/generate_opcodes.py` (`--check` verifies this file).")
    w("")
    w("/// The kind of inline operand that follows an opcode (ECMA-335 partition III; the names of")
    w("/// the runtime's opcode.def are given for each case).")
    w("public enum OperandType: UInt8, Sendable {")
    for ecma, (case, size, doc) in OPERAND_TYPES.items():
        w(f"    /// `{ecma}`: {doc}")
        w(f"    case {ident(case)}")
    w("}")
    w("")
    w("/// What an instruction pops from or pushes onto the evaluation stack (the opcode.def names:")
    w("/// `popRefPopIPop1` is `PopRef+PopI+Pop1`).")
    w("public enum StackBehaviour: UInt8, Sendable {")
    for name in POP_NAMES + PUSH_NAMES:
        w(f"    /// `{name}`")
        w(f"    case {ident(stack_case(name))}")
    w("}")
    w("")
    w("/// How an instruction affects control flow.")
    w("public enum FlowControl: UInt8, Sendable {")
    flow_docs = {
        "next": "Execution continues with the next instruction.",
        "branch": "Unconditional branch (`br`, `leave`, ...).",
        "cond_branch": "Conditional branch, including `switch`.",
        "call": "Method call (`call`, `callvirt`, `calli`, `newobj`, `jmp`).",
        "return": "Leaves the method or a handler (`ret`, `endfinally`, `endfilter`).",
        "throw": "Throws (`throw`, `rethrow`).",
        "break": "Debugger breakpoint (`break`).",
        "meta": "A prefix that modifies the following instruction.",
    }
    for ecma, case in FLOW_CONTROLS.items():
        w(f"    /// `{ecma}`: {flow_docs[ecma]}")
        w(f"    case {ident(case)}")
    w("}")
    w("")
    w(f"/// A CIL instruction opcode ({len(ops)} in ECMA-335 partition III).")
    w("///")
    w("/// raw value = the encoding: 0x00..0xFF for one-byte opcodes, 0xFE00 | second byte for")
    w("/// two-byte ones. Case names are the ilasm names with every `.` replaced by `_`.")
    w("public enum OpCode: UInt16, Sendable, CaseIterable {")
    width = max(len(ident(op.case)) for op in ops)
    for op in ops:
        decl = f"    case {ident(op.case)} = 0x{op.encoding:04X}"
        w(f"{decl:<{width + 18}}// {op.name}")
    w("}")
    w("")
    w("extension OpCode {")
    w("    /// The ilasm spelling, e.g. `ldarg.0`, `volatile.`.")
    w("    public var name: String {")
    w("        switch self {")
    for op in ops:
        w(f"        case {op.ref}: return \"{op.name}\"")
    w("        }")
    w("    }")
    w("")
    w("    /// The kind of inline operand following the opcode.")
    w("    @inlinable")
    w("    public var operandType: OperandType {")
    o += grouped_switch(ops, lambda op: "." + ident(OPERAND_TYPES[op.operand][0]), "        ")
    w("    }")
    w("")
    w("    /// What the instruction pops from the evaluation stack.")
    w("    public var stackPop: StackBehaviour {")
    o += grouped_switch(ops, lambda op: "." + ident(stack_case(op.pop)), "        ")
    w("    }")
    w("")
    w("    /// What the instruction pushes onto the evaluation stack.")
    w("    public var stackPush: StackBehaviour {")
    o += grouped_switch(ops, lambda op: "." + ident(stack_case(op.push)), "        ")
    w("    }")
    w("")
    w("    /// How the instruction affects control flow.")
    w("    @inlinable")
    w("    public var flowControl: FlowControl {")
    o += grouped_switch(ops, lambda op: "." + ident(FLOW_CONTROLS[op.flow]), "        ")
    w("    }")
    w("")
    w("    /// Size of the opcode itself in bytes: 1, or 2 for the 0xFE-prefixed opcodes.")
    w("    @inlinable")
    w("    public var encodedSize: Int {")
    w("        switch self {")
    o += wrap_cases([op.ref for op in ops if op.two_byte], "        ", "return 2")
    w("        default: return 1")
    w("        }")
    w("    }")
    w("")
    w("    /// True for the instruction prefixes (" + ", ".join(f"`{op.name}`" for op in ops if op.is_prefix) + ").")
    w("    @inlinable")
    w("    public var isPrefix: Bool {")
    w("        switch self {")
    o += wrap_cases([op.ref for op in ops if op.is_prefix], "        ", "return true")
    w("        default: return false")
    w("        }")
    w("    }")
    w("")
    w("    /// Operand size in bytes, except for `switch` (variable: 4 + 4*n) where it returns 4 (the count).")
    w("    @inlinable")
    w("    public var operandSize: Int {")
    w("        switch operandType {")
    by_size: dict[int, list[str]] = {}
    for case, size, _ in OPERAND_TYPES.values():
        by_size.setdefault(size, []).append("." + ident(case))
    for size, refs in sorted(by_size.items()):
        o += wrap_cases(refs, "        ", f"return {size}")
    w("        }")
    w("    }")
    w("")
    w("    /// The one-byte opcode `byte`; nil for 0xFE (the two-byte escape) and undefined bytes.")
    w("    @inlinable @inline(__always)")
    w("    public static func oneByte(_ byte: UInt8) -> OpCode? {")
    w("        switch byte {")
    for op in ops:
        if not op.two_byte:
            w(f"        case 0x{op.encoding:02X}: return {op.ref}")
    w("        default: return nil")
    w("        }")
    w("    }")
    w("")
    w("    /// The two-byte opcode 0xFE `second`; nil if undefined.")
    w("    @inlinable @inline(__always)")
    w("    public static func twoByte(_ second: UInt8) -> OpCode? {")
    w("        switch second {")
    for op in ops:
        if op.two_byte:
            w(f"        case 0x{op.encoding & 0xFF:02X}: return {op.ref}")
    w("        default: return nil")
    w("        }")
    w("    }")
    w("}")
    return "\n".join(o) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 if the generated file is missing or out of date")
    args = ap.parse_args()
    text = generate(parse(DEF_PATH))
    rel = OUT_PATH.relative_to(REPO)
    if args.check:
        current = OUT_PATH.read_bytes() if OUT_PATH.exists() else None
        if current != text.encode("utf-8"):
            print(f"{rel} is out of date; run python3 Utilities/generate_opcodes.py", file=sys.stderr)
            return 1
        print(f"{rel} is up to date")
        return 0
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    OUT_PATH.write_bytes(text.encode("utf-8"))
    print(f"wrote {rel}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
