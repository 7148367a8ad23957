import CZlib
import Foundation

/// Decompresses gzip, zlib or raw deflate data with zlib, a piece at a time, so that a stream
/// of any length passes through bounded memory.
///
/// One instance owns one `z_stream`; `deinit` frees it. A gzip file of many members (as web
/// archives are written, one member per record) is read by calling `reset()` at each member's end.
public final class Inflater {
    /// The wrapping around the deflate data.
    public enum Format: Sendable {
        /// A gzip member (RFC 1952).
        case gzip
        /// zlib (RFC 1950): HTTP's `Content-Encoding: deflate` as the standard means it.
        case zlib
        /// Deflate without a wrapper, as some servers send `deflate`.
        case rawDeflate

        var windowBits: Int32 {
            switch self {
            case .gzip: return 15 + 16
            case .zlib: return 15
            case .rawDeflate: return -15
            }
        }
    }

    /// zlib refused the data; its own message.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// What one call of `inflate` did.
    public struct Step: Sendable {
        /// How many input bytes zlib took.
        public var consumed: Int
        /// Whether the stream (the gzip member) ended; the bytes after `consumed` are not its own.
        public var finished: Bool
    }

    private var stream = z_stream()
    /// Where zlib writes, kept from call to call (a web archive calls `inflate` thousands of times).
    private var piece: [UInt8]

    /// Prepares to decompress `format`. Without `verifyingChecksum`, zlib neither computes nor
    /// checks the gzip or zlib check value (a CRC-32 of every byte, a quarter of inflating's
    /// instructions): for a pass that only looks for where things are, when another pass reads
    /// and checks the same data.
    /// `pieceSize` is how many bytes zlib makes before `inflate` hands them over (and may stop).
    public init(_ format: Format, verifyingChecksum: Bool = true, pieceSize: Int = 1 << 16) throws(Failure) {
        piece = [UInt8](repeating: 0, count: max(1_024, pieceSize))
        let status = inflateInit2_(&stream, format.windowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw Failure(description: "zlib could not start (\(status))") }
        // The choice outlasts `inflateReset`, which keeps the wrapper settings.
        if !verifyingChecksum { inflateValidate(&stream, 0) }
    }

    deinit { inflateEnd(&stream) }

    /// Starts a new stream of the same format (the next gzip member).
    public func reset() {
        inflateReset(&stream)
    }

    /// Decompresses from `input`, handing each decompressed piece to `output` until the input is
    /// used up or the stream ends; `output` returns `false` to stop early (a size limit).
    public func inflate(_ input: UnsafeRawBufferPointer, output: (UnsafeRawBufferPointer) -> Bool) throws(Failure) -> Step {
        guard let base = input.baseAddress, !input.isEmpty else { return Step(consumed: 0, finished: false) }
        // zlib reads through next_in only during the calls below; it never keeps the pointer
        // past them (every call sets it again).
        stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(input.count)
        defer { stream.next_in = nil; stream.avail_in = 0 }
        while true {
            let (status, produced) = piece.withUnsafeMutableBytes { buffer -> (Int32, Int) in
                stream.next_out = buffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(buffer.count)
                let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                let produced = buffer.count - Int(stream.avail_out)
                stream.next_out = nil
                return (status, produced)
            }
            let consumed = input.count - Int(stream.avail_in)
            if produced > 0 {
                let keepGoing = piece.withUnsafeBytes { output(UnsafeRawBufferPointer(rebasing: $0[..<produced])) }
                if !keepGoing { return Step(consumed: consumed, finished: false) }
            }
            switch status {
            case Z_STREAM_END:
                return Step(consumed: consumed, finished: true)
            case Z_OK:
                if stream.avail_in == 0 && stream.avail_out != 0 { return Step(consumed: consumed, finished: false) }
            case Z_BUF_ERROR:
                return Step(consumed: consumed, finished: false)
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                throw Failure(description: "not valid compressed data (\(message))")
            }
        }
    }

    /// All of `data` decompressed, refusing more than `limit` bytes of output.
    public static func decompress(_ data: Data, format: Format, limit: Int) throws(Failure) -> Data {
        let inflater = try Inflater(format)
        var result = Data()
        var tooLarge = false
        let step: Step
        do {
            step = try data.withUnsafeBytes { bytes in
                try inflater.inflate(bytes) { piece in
                    guard result.count + piece.count <= limit else { tooLarge = true; return false }
                    result.append(contentsOf: piece)
                    return true
                }
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "\(error)")
        }
        if tooLarge { throw Failure(description: "decompresses to more than \(limit) bytes") }
        if !step.finished { throw Failure(description: "the compressed data ends early") }
        return result
    }
}
