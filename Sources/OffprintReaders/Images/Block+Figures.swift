import OffprintCore

extension Block {
    /// This block with every figure's image reference replaced by `replace` of it (`nil` keeps it).
    func transformingFigures(_ replace: (String) -> String?) -> Block {
        var copy = self
        switch kind {
        case .figure(let image, let alt, let caption):
            copy.kind = .figure(image: replace(image) ?? image, alt: alt, caption: caption)
        case .quote(let blocks):
            copy.kind = .quote(blocks.map { $0.transformingFigures(replace) })
        case .list(let ordered, let start, let items):
            copy.kind = .list(ordered: ordered, start: start, items: items.map { $0.map { $0.transformingFigures(replace) } })
        case .paragraph, .heading, .code, .rule, .table:
            break
        }
        return copy
    }
}

extension [Block] {
    /// These blocks with each figure whose image is still a `data:` URL (one that could not be
    /// decoded) replaced by its alternative text and caption, or left out when it has neither,
    /// so that no output carries the URL.
    func replacingUnloadedDataImages() -> [Block] {
        compactMap { block in
            var copy = block
            switch block.kind {
            case .figure(let image, let alt, let caption) where image.prefix(5).lowercased() == "data:":
                var text: [Inline] = alt.isEmpty ? [] : [.text(alt)]
                if !caption.isEmpty { text += (text.isEmpty ? [] : [.text(" ")]) + caption }
                if text.isEmpty { return nil }
                copy.kind = .paragraph(text)
            case .quote(let blocks):
                copy.kind = .quote(blocks.replacingUnloadedDataImages())
            case .list(let ordered, let start, let items):
                copy.kind = .list(ordered: ordered, start: start, items: items.map { $0.replacingUnloadedDataImages() })
            case .figure, .paragraph, .heading, .code, .rule, .table:
                break
            }
            return copy
        }
    }
}