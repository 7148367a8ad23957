import Foundation

/// Decides where each input's outputs go: the output folder mirrors the input tree and keeps
/// each input's base name (Unicode included), `NAME.EXT` for every format.
///
/// Two inputs that would share a name (`a.txt` and `a.json` in one folder) both keep their
/// full file name instead (`a.txt.html`, `a.json.html`), so neither overwrites the other.
struct OutputNaming {
    /// The path under the output folder, without the format's extension, for each input.
    let stems: [String]

    init(_ inputs: [InputFile]) {
        let plain = inputs.map { OutputNaming.stem(of: $0.relativePath) }
        var counts: [String: Int] = [:]
        for stem in plain { counts[stem, default: 0] += 1 }
        stems = zip(inputs, plain).map { input, stem in
            counts[stem, default: 0] > 1 ? input.relativePath : stem
        }
    }

    /// `sub/article.txt` → `sub/article`; a name with no extension stays as it is.
    static func stem(of relativePath: String) -> String {
        let stemmed = (relativePath as NSString).deletingPathExtension
        return stemmed.isEmpty || stemmed.hasSuffix("/") ? relativePath : stemmed
    }
}
