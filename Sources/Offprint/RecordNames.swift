import OffprintCore

/// The names given to an archive's records so far, so that a name is never given twice: the
/// second capture of a page is `NAME-2`. Holds a hash per name, not the names.
struct RecordNames {
    private var taken: Set<UInt64> = []

    mutating func unique(_ name: String) -> String {
        var candidate = name
        var number = 2
        while !taken.insert(RecordNames.key(candidate)).inserted {
            candidate = "\(name)-\(number)"
            number += 1
        }
        return candidate
    }

    private static func key(_ name: String) -> UInt64 {
        var hash = FNV1aHash()
        for scalar in name.unicodeScalars { hash.add(scalar) }
        return hash.value
    }
}
