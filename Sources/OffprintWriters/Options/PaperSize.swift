/// The paper size of printed pages (`@page { size }`).
public enum PaperSize: String, Sendable, CaseIterable {
    case a4
    case letter

    /// The CSS `size` value.
    public var cssSize: String { self == .a4 ? "A4" : "letter" }
}
