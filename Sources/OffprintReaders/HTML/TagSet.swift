/// A set of element names asked about every element of a page: a name of up to eight ASCII
/// bytes (nearly every tag) is packed into an integer and compared with the set's packed names,
/// where a `Set<String>` hashed it (a few hundred instructions per element per rule).
struct TagSet {
    /// The names, for the tree's own searches (`DOMNode.first(named:)`).
    let names: Set<String>
    /// The packed names, when every name is ASCII; `nil` sends every test to `names`.
    private let keys: [UInt64]?

    init(_ names: Set<String>) {
        self.names = names
        let allASCII = names.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        keys = allASCII ? names.map(TagSet.key).filter { $0 != 0 } : nil
    }

    /// Whether `name` is one of the names (as `names.contains` answers: two ASCII names are
    /// equal exactly when their bytes are, and a short ASCII name equals no longer one).
    func contains(_ name: String) -> Bool {
        guard let keys else { return names.contains(name) }
        let key = TagSet.key(name)
        return key != 0 ? keys.contains(key) : names.contains(name)
    }

    /// An ASCII name of one to eight bytes, none of them NUL, packed into an integer; else 0.
    static func key(_ name: String) -> UInt64 {
        // The string's own bytes (a short name's from its inline storage); iterating `utf8`
        // cost a few hundred instructions a name.
        var name = name
        return name.withUTF8 { bytes in
            guard bytes.count <= 8 else { return 0 }
            var key: UInt64 = 0
            for (index, byte) in bytes.enumerated() {
                guard byte != 0, byte < 0x80 else { return 0 }
                key |= UInt64(byte) << UInt64(index * 8)
            }
            return key
        }
    }
}
