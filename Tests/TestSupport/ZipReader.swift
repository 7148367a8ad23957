import Foundation

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

    public init(_ data: Data) throws {
        folder = try TemporaryDirectory("epub")
        let archive = try folder.write("book.epub", data: data)
        let result = try ExternalProcess.run("python3", ["-c", "import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])", archive, folder.path + "/book"])
        guard result.status == 0 else { throw Validators.Failure(description: "cannot unzip: \(result.error)") }
    }

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
