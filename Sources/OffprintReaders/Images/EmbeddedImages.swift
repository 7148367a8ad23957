import Foundation

/// Images that travel inside the input itself (the parts of an MHTML file), found by the URL
/// the page refers to them with or by `cid:`. Nothing is ever read from disk or the network.
struct EmbeddedImages: Sendable {
    /// What relative references are resolved against: the page's own `Content-Location`.
    let base: URL?
    private var byLocation: [String: Data] = [:]
    private var byContentID: [String: Data] = [:]

    /// The images among `parts` (their bytes; the type is sniffed when one is used).
    init(base: String?, parts: [(location: String?, contentID: String?, body: Data)]) {
        self.base = base.flatMap { URL(string: $0) }
        for part in parts {
            if let location = part.location, byLocation[location] == nil {
                byLocation[location] = part.body
                // A part may name itself relative to the page, as a reference may.
                if let resolved = URL(string: location, relativeTo: self.base)?.absoluteString, byLocation[resolved] == nil {
                    byLocation[resolved] = part.body
                }
            }
            if let contentID = part.contentID, byContentID[contentID] == nil { byContentID[contentID] = part.body }
        }
    }

    /// The bytes `reference` names: `cid:ID`, a URL as the part names it, or a URL relative
    /// to the page's location.
    func bytes(for reference: String) -> Data? {
        if reference.lowercased().hasPrefix("cid:") {
            let id = String(reference.dropFirst(4))
            return byContentID[id] ?? byContentID[id.removingPercentEncoding ?? id] ?? byLocation[reference]
        }
        if let exact = byLocation[reference] { return exact }
        guard let resolved = URL(string: reference, relativeTo: base)?.absoluteString else { return nil }
        return byLocation[resolved]
    }
}
