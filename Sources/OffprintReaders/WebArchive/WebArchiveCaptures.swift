import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OffprintCore

/// The captures of one web archive, read back by URL or digest through the archive's index,
/// for images a page embeds and for the responses `revisit` records repeat.
///
/// It reads the file through a descriptor of its own (opened on first use), one lookup at a
/// time, and holds nothing but the index between lookups.
final class WebArchiveCaptures: ArchiveResources {
    let index: WebArchiveIndex
    private let source: RecordSource
    private let reader: Mutex<Reader?>

    /// An open file (or the bytes) to read captures from, closed when it goes.
    final class Reader {
        let stream: ArchiveStream
        let descriptor: Int32?

        init(_ source: RecordSource) throws(ConversionError) {
            switch source {
            case .file(let path):
                let descriptor = try FileInput.openRegularFile(path).descriptor
                self.descriptor = descriptor
                do {
                    stream = try ArchiveStream(origin: .file(descriptor: descriptor))
                } catch {
                    close(descriptor)
                    throw error
                }
            case .data(let data):
                descriptor = nil
                stream = try ArchiveStream(origin: .data(data))
            }
        }

        deinit { if let descriptor { close(descriptor) } }
    }

    init(index: WebArchiveIndex, source: RecordSource) {
        self.index = index
        self.source = source
        reader = Mutex(nil)
    }

    func data(capturedFrom url: String, limit: Int) -> Data? {
        guard let offset = index.offset(url: url),
              let capture = capture(at: offset, uri: url, limit: limit), capture.status == 200, let body = capture.body else { return nil }
        return try? HTTPPayload.decode(body, headers: capture.headers, limit: limit)
    }

    /// The capture at `offset`, if its record is a response or resource (from `uri`, when given)
    /// whose body fits in `limit` bytes.
    func capture(at offset: Int, uri: String?, limit: Int) -> WebArchiveCapture? {
        let source = self.source
        let isARC = index.isARC
        return reader.withLock { reader -> WebArchiveCapture? in
            if reader == nil { reader = try? Reader(source) }
            guard let stream = reader?.stream else { return nil }
            stream.move(toPhysicalOffset: offset)
            let scanner = WebArchiveScanner(stream, isARC: isARC)
            guard case .record(let head)? = scanner.next(), head.type == "response" || head.type == "resource" else { return nil }
            if let uri, let target = head.targetURI, WebArchiveIndex.unfragmented(target) != WebArchiveIndex.unfragmented(uri) { return nil }
            return try? WebArchiveCapture.read(head, from: scanner, limit: limit) { _, _ in true }
        }
    }
}
