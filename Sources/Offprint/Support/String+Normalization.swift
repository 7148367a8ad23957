import Foundation

extension String {
    /// The text in Unicode Normalization Form C.
    ///
    /// Text whose scalars are all below U+0300 is already NFC (no combining marks, no
    /// decomposable letters beyond Latin-1), so the common case skips the ICU normaliser.
    var nfc: String {
        if utf8.allSatisfy({ $0 < 0xCC }) { return self }
        return precomposedStringWithCanonicalMapping
    }
}
