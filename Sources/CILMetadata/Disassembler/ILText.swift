/// Literal formatting shared by the disassembler: strings, floats, byte arrays, constants.
enum ILText {
    /// `"text"` when the string is printable ASCII, else `bytearray (…)` of its UTF-16LE bytes
    /// (the two forms ilasm accepts), so the output reassembles to the same string.
    static func stringLiteral(_ units: [UInt16]) -> String {
        var s = "\""
        for u in units {
            switch u {
            case 0x22: s += "\\\""
            case 0x5C: s += "\\\\"
            case 0x0A: s += "\\n"
            case 0x0D: s += "\\r"
            case 0x09: s += "\\t"
            case 0x20...0x7E: s.unicodeScalars.append(Unicode.Scalar(UInt8(u)))
            default:
                var bytes: [UInt8] = []
                for v in units { bytes.append(UInt8(v & 0xFF)); bytes.append(UInt8(v >> 8)) }
                return "bytearray (" + hexBytes(bytes) + ")"
            }
        }
        return s + "\""
    }

    /// `'text'` with ilasm escapes, for SQSTRING positions.
    static func singleQuoted(_ text: String) -> String {
        var s = "'"
        for ch in text.unicodeScalars {
            switch ch {
            case "'": s += "\\'"
            case "\\": s += "\\\\"
            default: s.unicodeScalars.append(ch)
            }
        }
        return s + "'"
    }

    static let hexDigits: [Character] = Array("0123456789ABCDEF")

    /// `01 00 2A` style, as in ilasm byte lists.
    static func hexBytes(_ bytes: [UInt8]) -> String {
        var s = ""
        s.reserveCapacity(bytes.count * 3)
        for (i, b) in bytes.enumerated() {
            if i > 0 { s.append(" ") }
            s.append(hexDigits[Int(b >> 4)])
            s.append(hexDigits[Int(b & 0xF)])
        }
        return s
    }

    static func hex(_ v: UInt64, digits: Int) -> String {
        var s = String(v, radix: 16, uppercase: true)
        if s.count < digits { s = String(repeating: "0", count: digits - s.count) + s }
        return s
    }

    static func label(_ offset: Int) -> String { "IL_" + hex(UInt64(max(0, offset)), digits: 4) }

    /// A float literal ilasm reads back exactly; NaN, infinities and -0 use the byte form.
    static func float64(_ d: Double) -> String {
        if d.isNaN || d.isInfinite || (d == 0 && d.sign == .minus) {
            var b: [UInt8] = []
            var bits = d.bitPattern
            for _ in 0..<8 { b.append(UInt8(bits & 0xFF)); bits >>= 8 }
            return "(" + hexBytes(b) + ")"
        }
        return decimalFloat(d.description)
    }

    static func float32(_ f: Float) -> String {
        if f.isNaN || f.isInfinite || (f == 0 && f.sign == .minus) {
            var b: [UInt8] = []
            var bits = f.bitPattern
            for _ in 0..<4 { b.append(UInt8(bits & 0xFF)); bits >>= 8 }
            return "(" + hexBytes(b) + ")"
        }
        return decimalFloat(f.description)
    }

    /// Swift prints `1e-05`; ilasm wants a decimal point before the exponent.
    static func decimalFloat(_ s: String) -> String {
        if s.contains(".") { return s }
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) { return s[..<e] + ".0" + s[e...] }
        return s + ".0"
    }
}
