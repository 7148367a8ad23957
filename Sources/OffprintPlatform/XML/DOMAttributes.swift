/// An element's attributes: names and values in the order the page gives them, each name once.
///
/// Elements carry a handful of attributes, and extraction asks every element for a few of them
/// on every pass, so a short list searched in order serves better than a hash table: no
/// hashing per lookup and one allocation per element.
package struct DOMAttributes: ExpressibleByDictionaryLiteral, Sendable {
    private var pairs: [(name: String, value: String)] = []

    package init() {}

    package init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements { self[name] = value }
    }

    /// The value of the attribute `name`; setting a name already there replaces its value.
    package subscript(name: String) -> String? {
        get {
            for pair in pairs where pair.name == name { return pair.value }
            return nil
        }
        set {
            if let index = pairs.firstIndex(where: { $0.name == name }) {
                if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
            } else if let newValue {
                pairs.append((name, newValue))
            }
        }
    }

    /// Sets `name` to `value` as the setter does (a name already there gets the new value),
    /// for a parser adding attributes one by one: one pass over the few already there.
    package mutating func add(_ name: String, _ value: String) {
        for index in pairs.indices where pairs[index].name == name {
            pairs[index].value = value
            return
        }
        pairs.append((name, value))
    }

    /// The names, in the page's order.
    package var keys: [String] { pairs.map(\.name) }

    package var count: Int { pairs.count }

    package var isEmpty: Bool { pairs.isEmpty }

    /// Room for `count` attributes.
    package mutating func reserveCapacity(_ count: Int) { pairs.reserveCapacity(count) }
}
