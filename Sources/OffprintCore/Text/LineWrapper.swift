/// Wraps a paragraph to a number of columns, measuring with `DisplayWidth`.
///
/// Lines break at spaces; between two wide (CJK) characters, which need no space to break;
/// and, for a word longer than a whole line, between graphemes. A grapheme is never split.
package enum LineWrapper {
    package static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for piece in pieces(of: text) {
            let pieceWidth = DisplayWidth.columns(of: piece.text)
            if piece.isSpace {
                if currentWidth > 0, currentWidth + pieceWidth < width {
                    current += piece.text
                    currentWidth += pieceWidth
                } else if currentWidth > 0 {
                    lines.append(current)
                    current = ""
                    currentWidth = 0
                }
                continue
            }
            if currentWidth + pieceWidth > width, currentWidth > 0 {
                lines.append(trimmedEnd(current))
                current = ""
                currentWidth = 0
            }
            if pieceWidth > width {
                // A word longer than a line: break it between graphemes.
                for character in piece.text {
                    let characterWidth = DisplayWidth.columns(of: character)
                    if currentWidth + characterWidth > width, currentWidth > 0 {
                        lines.append(current)
                        current = ""
                        currentWidth = 0
                    }
                    current.append(character)
                    currentWidth += characterWidth
                }
            } else {
                current += piece.text
                currentWidth += pieceWidth
            }
        }
        if !current.isEmpty { lines.append(trimmedEnd(current)) }
        return lines.isEmpty ? [""] : lines
    }

    /// Runs of spaces, runs of other characters, and each wide character on its own.
    private static func pieces(of text: String) -> [(text: String, isSpace: Bool)] {
        var result: [(text: String, isSpace: Bool)] = []
        var run = ""
        var runIsSpace = false
        for character in text {
            let isSpace = character == " " || character == "\t"
            let isWide = character.unicodeScalars.first.map(DisplayWidth.isWide) ?? false
            if isWide || (!run.isEmpty && isSpace != runIsSpace) {
                if !run.isEmpty { result.append((run, runIsSpace)) }
                run = ""
            }
            if isWide {
                result.append((String(character), false))
            } else {
                run.append(character)
                runIsSpace = isSpace
            }
        }
        if !run.isEmpty { result.append((run, runIsSpace)) }
        return result
    }

    private static func trimmedEnd(_ line: String) -> String {
        var line = line
        while line.last == " " || line.last == "\t" { line.removeLast() }
        return line
    }
}
