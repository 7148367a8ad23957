import Foundation

extension String {
    /// The text in Unicode Normalization Form C.
    ///
    /// Text made only of scalars that are stable under NFC (see `Unicode.Scalar.isNFCStable`)
    /// is returned as it is; only the rest goes through the ICU normaliser.
    var nfc: String {
        if utf8.allSatisfy({ $0 < 0xCC }) || unicodeScalars.allSatisfy(\.isNFCStable) { return self }
        return precomposedStringWithCanonicalMapping
    }
}
