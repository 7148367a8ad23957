import Foundation
import OffprintCore
import OffprintPlatform

/// The HTTP response inside a web archive record: its status and headers, and its body with
/// the transfer and content encodings undone.
struct HTTPPayload {
    /// The status code (200, 301, 404...).
    var status: Int
    /// Header fields by lower-case name; repeated fields are joined with `, `.
    var headers: [String: String]

    static let maximumHeaderBytes = 262_144

    /// Reads the status line and headers from the record's content; `nil` when the content is
    /// not an HTTP response (a DNS record, a malformed status line).
    static func readHead(from scanner: WebArchiveScanner) throws(ArchiveStream.Failure) -> HTTPPayload? {
        guard let statusLine = try scanner.readContentLine(limit: 8_192) else { return nil }
        let parts = String(decoding: statusLine, as: UTF8.self).split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]), (100...999).contains(status) else { return nil }
        var headers: [String: String] = [:]
        var read = statusLine.count
        while let line = try scanner.readContentLine(limit: 65_536), !line.isEmpty {
            read += line.count
            guard read <= maximumHeaderBytes else { return nil }
            guard let (name, value) = HeaderField.split(line) else { continue }
            headers[name] = headers[name].map { $0 + ", " + value } ?? value
        }
        return HTTPPayload(status: status, headers: headers)
    }

    /// `text/html` for `Text/HTML; charset=UTF-8`.
    static func mediaType(_ contentType: String) -> String {
        (contentType.split(separator: ";").first.map(String.init) ?? "").trimmingWhitespace().lowercased()
    }

    /// The `charset` parameter of a `Content-Type`, lower-case, without quotes.
    static func charset(of contentType: String?) -> String? {
        guard let contentType else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingWhitespace().lowercased() == "charset" else { continue }
            let value = pair[1].trimmingWhitespace().trimmingCharacters(in: CharacterSet(charactersIn: "\"'")).lowercased()
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// The body as the page was written: chunks joined (a body that claims to be chunked and
    /// is not is taken as it is, as browsers do), then gzip, deflate or brotli undone. Never more than
    /// `limit` bytes.
    static func decode(_ body: Data, headers: [String: String], limit: Int) throws(ConversionError) -> Data {
        var data = body
        if (headers["transfer-encoding"] ?? "").lowercased().contains("chunked"), let joined = dechunked(body, limit: limit) {
            data = joined
        }
        let codings = (headers["content-encoding"] ?? "").lowercased().split(separator: ",").map { $0.trimmingWhitespace() }
        for coding in codings.reversed() where !coding.isEmpty && coding != "identity" {
            do {
                switch coding {
                case "gzip", "x-gzip":
                    data = try Inflater.decompress(data, format: .gzip, limit: limit)
                case "deflate":
                    if let inflated = try? Inflater.decompress(data, format: .zlib, limit: limit) {
                        data = inflated
                    } else {
                        data = try Inflater.decompress(data, format: .rawDeflate, limit: limit)
                    }
                case "br":
                    data = try BrotliDecoder.decompress(data, limit: limit)
                default:
                    throw ConversionError(.malformed("the page is sent with Content-Encoding '\(coding)', which Offprint cannot decode"))
                }
            } catch let failure as Inflater.Failure {
                throw ConversionError(.malformed("Content-Encoding \(coding): \(failure)"))
            } catch let error as ConversionError {
                throw error
            } catch {
                throw ConversionError(.malformed("Content-Encoding \(coding): \(error)"))
            }
        }
        return data
    }

    /// The chunks of a chunked body joined, or `nil` when it is not one.
    static func dechunked(_ body: Data, limit: Int) -> Data? {
        var result = Data()
        var index = body.startIndex
        while index < body.endIndex {
            guard let lineEnd = body[index...].firstIndex(of: 0x0A), lineEnd - index <= 1_024 else { return nil }
            let sizeText = String(decoding: body[index..<lineEnd], as: UTF8.self).split(separator: ";").first.map { $0.trimmingWhitespace() } ?? ""
            guard !sizeText.isEmpty, sizeText.count <= 15, let size = Int(sizeText, radix: 16), size >= 0 else { return nil }
            index = lineEnd + 1
            if size == 0 { return result }
            guard body.endIndex - index >= size, result.count + size <= limit else { return nil }
            result.append(body[index..<(index + size)])
            index += size
            // The CRLF after the chunk's data.
            if index < body.endIndex, body[index] == 0x0D { index += 1 }
            if index < body.endIndex, body[index] == 0x0A { index += 1 }
        }
        // The last chunk's marker is missing: what came is the body.
        return result
    }
}
