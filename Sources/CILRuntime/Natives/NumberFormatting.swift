/// .NET's number-to-text rules where they differ from Swift's.
enum NumberFormatting {
    /// `double.ToString()` of .NET Core 3.0+: the shortest round-trippable digits, in fixed
    /// notation for decimal exponents −5 … 14 and as `d.dddE+XX` otherwise.
    static func shortest(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == 0 { return d.sign == .minus ? "-0" : "0" }
        return format(d.description, threshold: 15)
    }

    static func shortest(_ f: Float) -> String {
        if f.isNaN { return "NaN" }
        if f.isInfinite { return f < 0 ? "-Infinity" : "Infinity" }
        if f == 0 { return f.sign == .minus ? "-0" : "0" }
        return format(f.description, threshold: 7 + 8)
    }

    /// Re-lays Swift's shortest digits (`1.5e-07`, `123.0`) in .NET's notation.
    static func format(_ swift: String, threshold: Int) -> String {
        var text = Substring(swift)
        var negative = false
        if text.first == "-" { negative = true; text = text.dropFirst() }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = text[..<e]
        }
        // Digits and the position of the decimal point.
        var digits = ""
        var pointAt = 0
        var seenPoint = false
        for ch in text {
            if ch == "." { seenPoint = true; continue }
            digits.append(ch)
            if !seenPoint { pointAt += 1 }
        }
        // Normalise: strip leading zeros (adjusting the point) and trailing zeros.
        while digits.count > 1 && digits.first == "0" { digits.removeFirst(); pointAt -= 1 }
        while digits.count > 1 && digits.last == "0" { digits.removeLast() }
        let decimalExponent = pointAt + exponent - 1   // value = d.ddd × 10^decimalExponent
        var result = negative ? "-" : ""
        if decimalExponent >= -5 && decimalExponent < threshold {
            if decimalExponent < 0 {
                result += "0." + String(repeating: "0", count: -decimalExponent - 1) + digits
            } else if digits.count <= decimalExponent + 1 {
                result += digits + String(repeating: "0", count: decimalExponent + 1 - digits.count)
            } else {
                let i = digits.index(digits.startIndex, offsetBy: decimalExponent + 1)
                result += digits[..<i] + "." + digits[i...]
            }
        } else {
            result += String(digits.first!)
            if digits.count > 1 { result += "." + digits.dropFirst() }
            let e = abs(decimalExponent)
            result += "E" + (decimalExponent < 0 ? "-" : "+") + (e < 10 ? "0" : "") + String(e)
        }
        return result
    }
}
