import Foundation
import OffprintCore

/// Splits a JSON document that is one array into its elements' bytes, reading the file in
/// chunks, so memory holds one element (one exported article), not the whole export.
///
/// Only the array's own structure is tracked (strings, escapes, nesting depth); each element is
/// parsed on its own afterwards, so one broken element is that element's error alone.
struct JSONArrayStream {
    /// One element, or one too large to hold.
    enum Element {
        case bytes(Data)
        /// The element is larger than the limit; its size so far.
        case tooLarge(bytes: Int)
    }

    private let limit: Int
    private var index = 0
    private var started = false
    private var finished = false
    private var depth = 0
    private var inString = false
    private var escaped = false
    private var pending: [UInt8] = []
    private var pendingSize = 0
    private var offset = 0

    /// A stream whose elements may each hold at most `limit` bytes.
    init(limit: Int) {
        self.limit = limit
    }

    /// Calls `body` with each element of the array in `path`, in order, numbered from 1.
    static func forEachElement(ofFile path: String, limit: Int, _ body: (Int, Element) -> Void) throws(ConversionError) {
        var stream = JSONArrayStream(limit: limit)
        try FileInput.forEachChunk(ofFile: path) { chunk throws(ConversionError) in try stream.feed(chunk, body) }
        try stream.finish()
    }

    /// The elements of an array already in memory.
    static func forEachElement(of data: Data, limit: Int, _ body: (Int, Element) -> Void) throws(ConversionError) {
        var stream = JSONArrayStream(limit: limit)
        try stream.feed(data, body)
        try stream.finish()
    }

    private mutating func feed(_ bytes: some Collection<UInt8>, _ body: (Int, Element) -> Void) throws(ConversionError) {
        for byte in bytes {
            defer { offset += 1 }
            if finished {
                guard isSpace(byte) else { throw ConversionError(.malformed("unexpected content after the array, at byte \(offset)")) }
                continue
            }
            if !started {
                if isSpace(byte) || (offset < 3 && [0xEF, 0xBB, 0xBF].contains(byte)) { continue }
                guard byte == UInt8(ascii: "[") else {
                    throw ConversionError(.malformed("expected a JSON array of entries ('[' at the start), found '\(Character(Unicode.Scalar(byte)))'"))
                }
                started = true
                continue
            }
            if inString {
                append(byte)
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                append(byte)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                append(byte)
            case UInt8(ascii: "}"), UInt8(ascii: "]") where depth > 0:
                depth -= 1
                append(byte)
            case UInt8(ascii: "]"):
                emit(body)
                finished = true
            case UInt8(ascii: ",") where depth == 0:
                guard pendingSize > 0 else { throw ConversionError(.malformed("an empty element in the array, at byte \(offset)")) }
                emit(body)
            default:
                if depth == 0, isSpace(byte), pendingSize == 0 { continue }
                append(byte)
            }
        }
    }

    private mutating func finish() throws(ConversionError) {
        guard started else { throw ConversionError(.empty) }
        guard finished else { throw ConversionError(.malformed("the JSON array is not closed: the file ends at byte \(offset) inside it (cut short?)")) }
    }

    private mutating func append(_ byte: UInt8) {
        pendingSize += 1
        if pendingSize <= limit { pending.append(byte) }
    }

    private mutating func emit(_ body: (Int, Element) -> Void) {
        defer {
            pending.removeAll(keepingCapacity: true)
            pendingSize = 0
        }
        // White space between the element and the comma or bracket after it is not the element's.
        while pendingSize > 0, pendingSize <= limit, let last = pending.last, isSpace(last) {
            pending.removeLast()
            pendingSize -= 1
        }
        guard pendingSize > 0 else { return }
        index += 1
        body(index, pendingSize > limit ? .tooLarge(bytes: pendingSize) : .bytes(Data(pending)))
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
