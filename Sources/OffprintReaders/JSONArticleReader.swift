import Foundation
import OffprintCore

/// Reads Offprint's own JSON record (what `JSONWriter` writes), losslessly.
public struct JSONArticleReader: ArticleReader {
    public let format = "json"
    public let fileExtensions = ["json"]
    public let summary = "an Offprint JSON record (schema: Sources/OffprintWriters/Resources/article.schema.json)"

    public init() {}

    /// A file whose first non-space character is `{`.
    public func recognizes(_ data: Data) -> Bool {
        let start = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        return start.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{")
    }

    public func read(_ input: ReaderInput, warnings: inout [ConversionWarning]) throws(ConversionError) -> Article {
        let text = try TextDecoding.decode(input.data, encoding: input.encoding)
        let data = Data(text.utf8)
        do {
            var article = try JSONDecoder().decode(Article.self, from: data)
            article.enforceModelLimits(warnings: &warnings)
            return article
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
                throw ConversionError(.malformed(JSONArticleReader.syntaxError(in: data)), underlyingError: error)
            }
            throw ConversionError(.malformed(JSONArticleReader.describe(error)), underlyingError: error)
        } catch {
            throw ConversionError(error, stage: .reading) { .malformed("not an Offprint JSON record: \($0)") }
        }
    }

    /// "at $.body[3].content: expected an array, found a string".
    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(let type, let context):
            return "at \(path(context.codingPath)): expected \(typeName(type))"
        case .valueNotFound(let type, let context):
            return "at \(path(context.codingPath)): expected \(typeName(type)), found null"
        case .keyNotFound(let key, let context):
            return "at \(path(context.codingPath)): required field '\(key.stringValue)' is missing"
        case .dataCorrupted(let context):
            return "at \(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    /// "not valid JSON: unexpected end of file", from the parser that says where.
    static func syntaxError(in data: Data) -> String {
        do {
            _ = try JSONSerialization.jsonObject(with: data)
            return "not valid JSON"
        } catch {
            guard let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String else { return "not valid JSON" }
            let sentence = detail.hasSuffix(".") ? String(detail.dropLast()) : detail
            return "not valid JSON: " + sentence.prefix(1).lowercased() + sentence.dropFirst()
        }
    }

    /// A coding path as `$.body[3].content`.
    static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.reduce("$") { path, key in
            if let index = key.intValue { return path + "[\(index)]" }
            return path + "." + key.stringValue
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") || name.hasPrefix("[") { return "an array" }
            if name.hasPrefix("Dictionary") || name.hasPrefix("KeyedDecodingContainer") { return "an object" }
            return "a value of type \(name)"
        }
    }
}
