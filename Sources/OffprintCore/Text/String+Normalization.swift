import Foundation

extension String {
    /// The text in Unicode Normalization Form C.
    ///
    /// Text that `Unicode.isKnownNFC` accepts is returned as it is; only the rest goes
    /// through the ICU normaliser.
    package var nfc: String {
        if !containsUTF8Byte(where: { $0 >= 0xCC }) || Unicode.isKnownNFC(unicodeScalars) { return self }
        return precomposedStringWithCanonicalMapping
    }
}

extension Unicode {
    /// Whether the scalars are certainly in NFC already: each is stable under NFC (see
    /// `Unicode.Scalar.isNFCStable`), or is one of the Arabic harakat (U+064B…U+0652), which
    /// compose with nothing and whose combining classes rise with their code points, so a run
    /// of them is in canonical order when its code points do not fall. Vowelled Arabic
    /// ("أيضاً") is common, and would otherwise all go through the normaliser.
    package static func isKnownNFC(_ scalars: some Sequence<Unicode.Scalar>) -> Bool {
        var previousMark: UInt32 = 0
        for scalar in scalars {
            if (0x064B...0x0652).contains(scalar.value) {
                guard scalar.value >= previousMark else { return false }
                previousMark = scalar.value
            } else {
                guard scalar.isNFCStable else { return false }
                previousMark = 0
            }
        }
        return true
    }
}
