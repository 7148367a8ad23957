/// Scores headline candidates of scraped page text: a linear model over `HeadlineFeatures`,
/// trained by `Scripts/train-headline-model` on the tune half of a corpus with known titles (a
/// conditional logit: the page's true headline against its other candidates and against "no
/// headline", which scores 0) and shipped as `Resources/headline-model.tsv`.
struct HeadlineModel {
    /// One weight per feature, in the order of `HeadlineFeatures.names`.
    let weights: [Double]

    /// The shipped model.
    static let standard: HeadlineModel = {
        guard let text = EmbeddedResources.files["Resources/headline-model.tsv"] else { return HeadlineModel(weights: []) }
        return HeadlineModel(tsv: text)
    }()

    init(weights: [Double]) {
        self.weights = weights
    }

    /// Reads `name<TAB>weight` rows (`#` comments); features the file does not name weigh 0,
    /// names it has that the reader does not know are ignored.
    init(tsv: String) {
        var byName: [String: Double] = [:]
        for row in tsv.split(separator: "\n") where !row.hasPrefix("#") {
            let fields = row.split(separator: "\t")
            if fields.count == 2, let weight = Double(fields[1]) { byName[String(fields[0])] = weight }
        }
        weights = HeadlineFeatures.names.map { byName[$0] ?? 0 }
    }

    /// The candidate's score: above 0, it is a better headline than none.
    func score(_ features: HeadlineFeatures) -> Double {
        zip(weights, features.values).reduce(0) { $0 + $1.0 * $1.1 }
    }
}
