/// The text of a fragment of raw HTML (as Markdown allows), without its tags and comments.
enum HTMLTagStripper {
    static func text(of html: String) -> String {
        var result = ""
        var inTag = false
        for character in html {
            switch character {
            case "<": inTag = true
            case ">" where inTag: inTag = false
            default: if !inTag { result.append(character) }
            }
        }
        return result.trimmingWhitespace()
    }
}
