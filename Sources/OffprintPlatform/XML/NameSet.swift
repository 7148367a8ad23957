/// A set of element names asked about every element of a page, answered without hashing the
/// name: a name of up to eight ASCII bytes (nearly every tag) is packed into an integer
/// (`key`; an element carries its own as `DOMNode.nameKey`) and compared with the set's packed
/// names. Hashing a tag name cost several times a comparison, and walks test every element of
/// a page, often against several sets.
package struct NameSet: Sendable {
    /// The names.
    package let names: Set<String>
    /// The keys of the set's short ASCII names.
    private let keys: [UInt64]
    /// The set's longer names, when they are all ASCII; `nil` sends every test to `names`.
    private let longNames: [String]?

    package init(_ names: Set<String>) {
        self.names = names
        var keys: [UInt64] = [], longNames: [String]? = []
        for name in names {
            let key = NameSet.key(name)
            if key != 0 {
                keys.append(key)
            } else if name.utf8.allSatisfy({ $0 < 0x80 }) {
                longNames?.append(name)
            } else {
                longNames = nil
            }
        }
        self.keys = keys
        self.longNames = longNames
    }

    /// Whether the element's name is one of the names.
    package func contains(_ node: DOMNode) -> Bool {
        contains(node.name, key: node.nameKey)
    }

    /// Whether `name` is one of the names (as `names.contains` answers).
    package func contains(_ name: String) -> Bool {
        contains(name, key: NameSet.key(name))
    }

    private func contains(_ name: String, key: UInt64) -> Bool {
        // Two ASCII strings are equal exactly when their bytes are, and a short ASCII name
        // equals no longer one.
        guard let longNames else { return names.contains(name) }
        if key != 0 { return keys.contains(key) }
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return longNames.contains(name) }
        return names.contains(name)
    }

    /// An ASCII name of one to eight bytes, none of them NUL, packed into an integer (first
    /// byte lowest); else 0.
    package static func key(_ name: String) -> UInt64 {
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
