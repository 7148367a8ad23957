import Foundation
import FoundationXML

/// Reads the local file headers of a zip archive: enough to check order, compression and
/// extra fields, and to get stored or deflated entries out through `unzip` for parsing.
public struct ZipEntryHeader {
    public let name: String
    public let method: UInt16
    public let extraLength: Int
    public let dosTime: UInt16
    public let dosDate: UInt16

    public static func headers(in bytes: [UInt8]) -> [ZipEntryHeader] {
        var headers: [ZipEntryHeader] = []
        var offset = 0
        func u16(_ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { Int(u16(at)) | Int(u16(at + 2)) << 16 }
        while offset + 30 <= bytes.count, u32(offset) == 0x0403_4B50 {
            let nameLength = Int(u16(offset + 26)), extraLength = Int(u16(offset + 28))
            let compressedSize = u32(offset + 18)
            let name = String(decoding: bytes[(offset + 30)..<(offset + 30 + nameLength)], as: UTF8.self)
            headers.append(ZipEntryHeader(name: name, method: u16(offset + 8), extraLength: extraLength,
                                          dosTime: u16(offset + 10), dosDate: u16(offset + 12)))
            offset += 30 + nameLength + extraLength + compressedSize
        }
        return headers
    }
}

/// The files of an EPUB, unpacked with `unzip` into a temporary folder.
public struct UnpackedEPUB {
    public let folder: TemporaryDirectory

    public init(_ data: Data) async throws {
        folder = try TemporaryDirectory("epub")
        let archive = try folder.write("book.epub", data: data)
        let result = try await ExternalProcess.run("python3", ["-c", "import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])", archive, folder.path + "/book"])
        guard result.status == 0 else { throw Validators.Failure(description: "cannot unzip: \(result.error)") }
    }

    /// Parses XML or XHTML with Foundation's parser; throws when it is not well-formed.
    @discardableResult
    public static func parseXML(_ text: String) throws -> XMLDocument { try XMLDocument(xmlString: text) }

    public func text(_ path: String) throws -> String {
        try String(contentsOf: folder.url.appending(path: "book/\(path)"), encoding: .utf8)
    }

    public func files() throws -> [String] {
        let root = folder.url.appending(path: "book").path
        return try FileManager.default.subpathsOfDirectory(atPath: root).filter { path in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }.sorted()
    }
}

/// Reads books with Python's zipfile, so the tests do not share libzip with the code.
public enum EPUBTestReading {
    /// The bytes of one entry, or nil when the book or the entry cannot be read.
    public static func contents(of book: String, entry: String) async -> [UInt8]? {
        let script = "import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"
        guard let result = try? await ExternalProcess.run("python3", ["-c", script, book, entry]), result.status == 0 else { return nil }
        return Array(result.output.utf8)
    }

    /// One entry as text (empty when it cannot be read).
    public static func text(of book: String, entry: String) async -> String {
        String(decoding: await contents(of: book, entry: entry) ?? [], as: UTF8.self)
    }

    /// The names of the entries, in the order they are stored.
    public static func names(of book: String) async -> [String] {
        let script = "import sys, zipfile; print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))"
        return (try? await ExternalProcess.run("python3", ["-c", script, book]))?.output.split(separator: "\n").map(String.init) ?? []
    }
}
