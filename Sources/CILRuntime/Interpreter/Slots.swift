/// Typed access to 8-byte frame slots. Int32 values are kept sign-extended; float32 values
/// are kept as Float bits in the low half.
typealias Slots = UnsafeMutablePointer<UInt64>

extension UnsafeMutablePointer where Pointee == UInt64 {
    @inline(__always) func i4(_ s: Int) -> Int32 { Int32(truncatingIfNeeded: self[s]) }
    @inline(__always) func setI4(_ s: Int, _ v: Int32) { self[s] = UInt64(bitPattern: Int64(v)) }
    @inline(__always) func i8(_ s: Int) -> Int64 { Int64(bitPattern: self[s]) }
    @inline(__always) func setI8(_ s: Int, _ v: Int64) { self[s] = UInt64(bitPattern: v) }
    @inline(__always) func r8(_ s: Int) -> Double { Double(bitPattern: self[s]) }
    @inline(__always) func setR8(_ s: Int, _ v: Double) { self[s] = v.bitPattern }
    @inline(__always) func r4(_ s: Int) -> Float { Float(bitPattern: UInt32(truncatingIfNeeded: self[s])) }
    @inline(__always) func setR4(_ s: Int, _ v: Float) { self[s] = UInt64(v.bitPattern) }
    @inline(__always) func ref(_ s: Int) -> ObjectRef? { UnsafeMutableRawPointer(bitPattern: UInt(self[s])) }
    @inline(__always) func setRef(_ s: Int, _ v: ObjectRef?) { self[s] = UInt64(UInt(bitPattern: v)) }
    @inline(__always) func pointer(_ s: Int) -> UnsafeMutableRawPointer? { UnsafeMutableRawPointer(bitPattern: UInt(self[s])) }
    @inline(__always) func setBool(_ s: Int, _ v: Bool) { self[s] = v ? 1 : 0 }
}
