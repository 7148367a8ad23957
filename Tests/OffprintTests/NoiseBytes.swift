/// Bytes from a fixed generator (a 64-bit linear congruential generator's high bytes): the same
/// for the same seed on every machine, and incompressible, so zlib stores them as they are and
/// a compressed stream holding them is as varied as it gets (a gzip header among them looks
/// like the next member's start).
enum NoiseBytes {
    static func make(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }
}
