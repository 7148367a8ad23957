import Foundation

/// The bytes of a `data:` URL (RFC 2397), base64 or percent-encoded, as pages saved as one file
/// (SingleFile, "save as single file" extensions) carry their images.
enum DataURL {
    /// Why a `data:` URL gave no bytes.
    enum Failure: Error, Equatable {
        /// No comma after the media type: not a data URL.
        case malformed
        /// Its bytes would be larger than the limit.
        case tooLarge(bytes: Int)
        /// Its base64 does not decode.
        case badBase64
    }

    /// Decodes `url`, refusing before decoding anything whose bytes would exceed `limit`.
    static func bytes(of url: Substring, limit: Int) -> Result<Data, Failure> {
        guard url.prefix(5).lowercased() == "data:", let comma = url.firstIndex(of: ",") else { return .failure(.malformed) }
        let header = url[url.index(url.startIndex, offsetBy: 5)..<comma].lowercased()
        let payload = url[url.index(after: comma)...]
        if header.hasSuffix(";base64") {
            // Four base64 characters make three bytes; white space and `=` only make it less.
            let estimate = payload.utf8.count / 4 * 3
            guard estimate <= limit else { return .failure(.tooLarge(bytes: estimate)) }
            var text = String(payload)
            if text.contains("%") { text = text.removingPercentEncoding ?? text }
            guard let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters), !data.isEmpty else { return .failure(.badBase64) }
            return .success(data)
        }
        guard payload.utf8.count <= limit * 3 else { return .failure(.tooLarge(bytes: payload.utf8.count / 3)) }
        let data = percentDecoded(payload.utf8)
        guard data.count <= limit else { return .failure(.tooLarge(bytes: data.count)) }
        return .success(data)
    }

    /// `%XY` as the byte XY; every other byte as it stands (an SVG written out as text).
    private static func percentDecoded(_ utf8: Substring.UTF8View) -> Data {
        let bytes = Array(utf8)
        var output = Data()
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
               let value = UInt8(String(decoding: bytes[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                output.append(value)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }
}
