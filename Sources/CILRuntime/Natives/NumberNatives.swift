#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Natives behind corlib's C# number formatting and parsing, and System.Math.
extension NativeMethods {
    func registerNumbers() {
        register("System.Number::DoubleToDigits(System.Double,System.Int32,System.Int32&)") { rt, thread, a in
            let (digits, exponent) = NumberDigits.digits(a.r8(0), precision: Int(a.i4(1)))
            a.pointer(2)!.storeBytes(of: Int32(exponent), as: Int32.self)
            a.setRef(0, rt.newString(digits, thread: thread))
        }
        register("System.Number::SingleToDigits(System.Single,System.Int32,System.Int32&)") { rt, thread, a in
            let (digits, exponent) = NumberDigits.digits(a.r4(0), precision: Int(a.i4(1)))
            a.pointer(2)!.storeBytes(of: Int32(exponent), as: Int32.self)
            a.setRef(0, rt.newString(digits, thread: thread))
        }
        register("System.Number::TryParseDouble(System.String,System.Double&)") { rt, _, a in
            let text = a.ref(0).map(rt.string) ?? ""
            let out = a.pointer(1)!
            if let v = NumberDigits.parse(text) {
                out.storeBytes(of: v.bitPattern, as: UInt64.self)
                a.setBool(0, true)
            } else {
                out.storeBytes(of: 0, as: UInt64.self)
                a.setBool(0, false)
            }
        }
        let unary: [(String, (Double) -> Double)] = [
            ("Sqrt", { $0.squareRoot() }), ("Exp", exp), ("Log", log), ("Log10", log10), ("Log2", log2),
            ("Sin", sin), ("Cos", cos), ("Tan", tan), ("Asin", asin), ("Acos", acos), ("Atan", atan),
            ("Sinh", sinh), ("Cosh", cosh), ("Tanh", tanh), ("Asinh", asinh), ("Acosh", acosh), ("Atanh", atanh),
            ("Floor", { $0.rounded(.down) }), ("Ceiling", { $0.rounded(.up) }), ("Cbrt", cbrt),
        ]
        for (name, f) in unary {
            register("System.Math::\(name)(System.Double)") { _, _, a in a.setR8(0, f(a.r8(0))) }
        }
        register("System.Math::Pow(System.Double,System.Double)") { _, _, a in a.setR8(0, pow(a.r8(0), a.r8(1))) }
        register("System.Math::Atan2(System.Double,System.Double)") { _, _, a in a.setR8(0, atan2(a.r8(0), a.r8(1))) }
        register("System.Math::IEEERemainder(System.Double,System.Double)") { _, _, a in a.setR8(0, remainder(a.r8(0), a.r8(1))) }
        register("System.Math::FusedMultiplyAdd(System.Double,System.Double,System.Double)") { _, _, a in a.setR8(0, fma(a.r8(0), a.r8(1), a.r8(2))) }
        register("System.Math::Log(System.Double,System.Double)") { _, _, a in a.setR8(0, log(a.r8(0)) / log(a.r8(1))) }
    }
}

/// Decimal digits of binary floating-point values, and strict decimal parsing.
enum NumberDigits {
    /// Significant digits and the decimal exponent of the first one (value = d.ddd × 10^e):
    /// precision 0 gives the shortest round-trippable digits, n ≥ 1 exactly n digits correctly
    /// rounded (glibc's printf rounds the exact binary value half-to-even).
    static func digits(_ value: Double, precision: Int) -> (String, Int) {
        if value == 0 || !value.isFinite { return ("0", 0) }
        if precision <= 0 { return split(abs(value).description) }
        return printed(abs(value), precision: min(precision, 800))
    }

    static func digits(_ value: Float, precision: Int) -> (String, Int) {
        if value == 0 || !value.isFinite { return ("0", 0) }
        if precision <= 0 { return split(abs(value).description) }
        return printed(Double(abs(value)), precision: min(precision, 800))
    }

    static func printed(_ v: Double, precision: Int) -> (String, Int) {
        var buffer = [CChar](repeating: 0, count: precision + 32)
        _ = withVaList([Int32(precision - 1), v]) { vsnprintf(&buffer, buffer.count, "%.*e", $0) }
        return split(String(cString: buffer))
    }

    /// Splits `1.2345e+02` or `123.45` into ("12345", 2), without trailing zeros.
    static func split(_ text: String) -> (String, Int) {
        var mantissa = Substring(text)
        var exponent = 0
        if let e = mantissa.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(mantissa[mantissa.index(after: e)...].replacingPlus()) ?? 0
            mantissa = mantissa[..<e]
        }
        var digits = ""
        var pointAt = 0
        var seenPoint = false
        for ch in mantissa {
            if ch == "." { seenPoint = true; continue }
            digits.append(ch)
            if !seenPoint { pointAt += 1 }
        }
        while digits.count > 1 && digits.first == "0" { digits.removeFirst(); pointAt -= 1 }
        while digits.count > 1 && digits.last == "0" { digits.removeLast() }
        return (digits, pointAt + exponent - 1)
    }

    /// `[+-]digits[.digits][(e|E)[+-]digits]` (or `[+-].digits…`) to the correctly rounded
    /// double; nil for anything else. Overflow gives ±infinity, as .NET Core 3.0+.
    static func parse(_ s: String) -> Double? {
        let u = Array(s.utf8)
        var i = 0
        if i < u.count && (u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-")) { i += 1 }
        var digits = 0
        while i < u.count && u[i] >= 48 && u[i] <= 57 { i += 1; digits += 1 }
        if i < u.count && u[i] == UInt8(ascii: ".") {
            i += 1
            while i < u.count && u[i] >= 48 && u[i] <= 57 { i += 1; digits += 1 }
        }
        guard digits > 0 else { return nil }
        if i < u.count && (u[i] == UInt8(ascii: "e") || u[i] == UInt8(ascii: "E")) {
            i += 1
            if i < u.count && (u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-")) { i += 1 }
            var expDigits = 0
            while i < u.count && u[i] >= 48 && u[i] <= 57 { i += 1; expDigits += 1 }
            guard expDigits > 0 else { return nil }
        }
        guard i == u.count else { return nil }
        return s.withCString { strtod($0, nil) }
    }
}

private extension Substring {
    func replacingPlus() -> Substring { first == "+" ? dropFirst() : self }
}
