import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OffprintCore
import OffprintPlatform

/// The bytes of a web archive, read in chunks and, for `.warc.gz` and `.arc.gz`, decompressed
/// gzip member by gzip member, so memory holds what is being read and never the file.
///
/// Positions come in two kinds: the *logical* position counts decompressed bytes since the
/// stream was opened or last moved; the *physical* offset is a byte offset in the file, which
/// is what error messages show and what `move(toPhysicalOffset:)` takes (the start of a gzip
/// member, in a compressed file).
final class ArchiveStream {
    /// Where the bytes come from.
    enum Origin {
        case file(descriptor: Int32)
        case data(Data)
    }

    /// The archive could not be read: a system error, or compressed data zlib refuses.
    struct Failure: Error {
        let reason: ConversionError.Reason
        /// The physical offset where the bad data starts.
        let offset: Int
    }

    private let origin: Origin
    let isCompressed: Bool
    private var inflater: Inflater?
    /// Decompressed bytes not yet consumed start at `buffer[head]`.
    private var buffer: [UInt8] = []
    private var head = 0
    /// The logical position of `buffer[head]`.
    private(set) var position = 0
    /// Compressed (or, uncompressed, plain) bytes read from the origin and not yet decoded:
    /// `raw[rawHead..<raw.count]`, the first of them at physical offset `rawOffset`.
    private var raw: [UInt8] = []
    private var rawHead = 0
    private var rawOffset = 0
    private var originEnded = false
    /// Where gzip members start that were reached but whose bytes are not all consumed:
    /// (logical position, physical offset).
    private var memberStarts: [(logical: Int, physical: Int)] = []
    private var atMemberStart = true
    /// The physical offset of the member being decompressed.
    private var currentMember = 0

    static let chunkSize = 1 << 16
    /// How much a skimming stream inflates at a time: a record's header and status line fit.
    static let skimPiece = 1 << 12
    /// The largest gzip member a skimming stream passes over without inflating (its compressed
    /// bytes are held while the next member's start is looked for).
    static let largestSkippedMember = 1 << 25

    /// The largest gzip member (decompressed, as its trailer says) a reading stream decodes in
    /// one call to libdeflate rather than streaming it through zlib.
    static let largestWholeMember = 1 << 24
    /// Deflate makes at most 258 bytes of output from one bit of input (a length code repeating
    /// the previous bytes): a trailer that claims more than this many bytes per compressed
    /// byte lies.
    static let largestDeflateRatio = 1_032
    /// How many places that look like a member's end are tried before zlib streams the member.
    static let wholeMemberAttempts = 3

    /// Decodes whole gzip members in a reading (not skimming) stream of a compressed archive.
    private let memberDecoder: GzipMemberDecoder?
    /// The largest member `memberDecoder` decodes: the smaller of `largestWholeMember` and the
    /// largest record the caller keeps.
    private let wholeMemberLimit: Int

    /// How many gzip members were decoded whole by libdeflate (the others went through zlib).
    private(set) var wholeMembers = 0

    /// Whether the stream skims (see `init(origin:skimming:)`).
    let isSkimming: Bool
    /// How many gzip members `skipMember(endingAt:)` passed over.
    private(set) var skippedMembers = 0

    /// A stream over `origin`. A *skimming* stream, for the index pass, reads little more than
    /// it is asked for: it inflates in pieces of `skimPiece` bytes, leaves the gzip members'
    /// CRC-32s unchecked (the conversion pass reads every member again and checks them), and
    /// can pass over the rest of a member without inflating it (`skipMember(endingAt:)`).
    /// A reading stream decodes a gzip member of up to `wholeMembersUpTo` bytes (at most
    /// `largestWholeMember`) in one piece with libdeflate when it finds where the member ends;
    /// larger members, and any it cannot find the end of, zlib inflates in pieces.
    init(origin: Origin, skimming: Bool = false, wholeMembersUpTo limit: Int = ArchiveStream.largestWholeMember) throws(ConversionError) {
        isSkimming = skimming
        wholeMemberLimit = max(0, min(limit, ArchiveStream.largestWholeMember))
        self.origin = origin
        var signature = [UInt8](repeating: 0, count: 2)
        switch origin {
        case .file(let descriptor):
            let count = signature.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, 2, 0) }
            if count < 0 { throw ConversionError(.system(FileInput.message(errno))) }
            signature = Array(signature.prefix(max(0, count)))
        case .data(let data):
            signature = Array(data.prefix(2))
        }
        isCompressed = signature == [0x1F, 0x8B]
        if isCompressed {
            do {
                inflater = try Inflater(.gzip, verifyingChecksum: !skimming, pieceSize: skimming ? ArchiveStream.skimPiece : ArchiveStream.chunkSize)
            } catch { throw ConversionError(.system(error.description)) }
        }
        memberDecoder = isCompressed && !skimming && wholeMemberLimit > 0 ? GzipMemberDecoder() : nil
    }

    /// The physical offset of the byte at the current position: its own offset in a plain file;
    /// in a compressed one, the offset of the gzip member holding it, and whether the member
    /// starts there.
    var physicalOffset: (offset: Int, isMemberStart: Bool) {
        get throws(Failure) {
            _ = try available(1)
            if !isCompressed { return (rawOffset + rawHead - (buffer.count - head), true) }
            while memberStarts.count > 1, memberStarts[1].logical <= position { memberStarts.removeFirst() }
            guard let start = memberStarts.first else { return (currentMember, false) }
            return (start.physical, start.logical == position)
        }
    }

    /// Goes to a physical offset (a record, or the gzip member holding it) and forgets what was buffered.
    func move(toPhysicalOffset offset: Int) {
        buffer.removeAll(keepingCapacity: true)
        head = 0
        raw.removeAll(keepingCapacity: true)
        rawHead = 0
        rawOffset = offset
        originEnded = false
        memberStarts.removeAll()
        atMemberStart = true
        currentMember = offset
        inflater?.reset()
    }

    /// In a skimming stream, goes to the start of the next gzip member without inflating the
    /// rest of the current one, when the current member holds just what ends at logical
    /// position `end` (a record; with up to four bytes after it, the record separator). The
    /// next member is found by its gzip header (1F 8B 08) right after the current member's
    /// trailer, whose last field is the member's decompressed size (RFC 1952): that size must
    /// be the one the record gives. Returns `false`, having moved nothing, when there is no such
    /// place within the bytes such a member can take (a record that shares its member, the
    /// file's last member, a member too large to hold); the caller then reads on as usual.
    func skipMember(endingAt end: Int) throws(Failure) -> Bool {
        guard isSkimming, isCompressed, !atMemberStart, let start = memberStarts.last, start.physical == currentMember,
              end >= start.logical else { return false }
        let smallest = end - start.logical
        // Deflate never grows data by more than 5 bytes per 65,535 (stored blocks), plus the
        // gzip header (with its optional name and comment fields) and trailer.
        let most = smallest + 4 + smallest / 1_000 + 4_096
        guard most <= ArchiveStream.largestSkippedMember else { return false }
        let sizes = Set((smallest...(smallest + 4)).map { UInt32(truncatingIfNeeded: $0) })
        let limit = currentMember + most
        // zlib may have taken part of the trailer already: look from eight bytes before what it
        // has not taken (still buffered, or nothing is skipped), past the smallest member.
        guard rawHead >= 8 || rawOffset <= currentMember else { return false }
        var from = max(rawOffset + max(0, rawHead - 8) + 4, currentMember + 18)
        while true {
            let bufferEnd = rawOffset + raw.count
            let found: Int? = raw.withUnsafeBufferPointer { bytes in
                ArchiveStream.memberHeader(in: bytes, from: max(from - rawOffset, 4), to: min(bufferEnd, limit) - rawOffset) { at in
                    sizes.contains(ArchiveStream.littleEndian32(bytes, at: at - 4))
                }
            }
            if let found {
                move(toPhysicalOffset: rawOffset + found)
                skippedMembers += 1
                return true
            }
            from = max(from, min(bufferEnd, limit) - 2)
            // The bytes before `from` stay buffered: a trailer may start there.
            guard bufferEnd < limit, try readRaw(keepingConsumed: true) else { return false }
        }
    }

    /// Where the first gzip member header (1F 8B 08) in `bytes[start..<stop]` starts for which
    /// `accept` holds, if anywhere.
    private static func memberHeader(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to stop: Int,
                                     where accept: (Int) -> Bool) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var at = start
        while at + 3 <= stop, let hit = memchr(base + at, 0x1F, stop - 2 - at) {
            at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if bytes[at + 1] == 0x8B, bytes[at + 2] == 0x08, accept(at) { return at }
            at += 1
        }
        return nil
    }

    /// The little-endian 32-bit number at `index` (a gzip trailer's fields, RFC 1952).
    private static func littleEndian32<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> UInt32 where Bytes.Index == Int {
        UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) << 16 | UInt32(bytes[index + 3]) << 24
    }

    /// After bad compressed data at `offset`: goes to the next gzip member after it, if any.
    func skipPastBadMember(at offset: Int) {
        move(toPhysicalOffset: offset + 1)
        while true {
            guard let byte = try? rawByte(at: 0) else { originEnded = true; return }
            if byte == 0x1F, (try? rawByte(at: 1)) == 0x8B, (try? rawByte(at: 2)) == 0x08 { break }
            rawHead += 1
        }
        // The member starts where the scan stopped: make that the origin of the stream.
        let start = rawOffset + rawHead
        move(toPhysicalOffset: start)
    }

    private func rawByte(at index: Int) throws(Failure) -> UInt8? {
        while rawHead + index >= raw.count {
            guard try readRaw() else { return nil }
        }
        return raw[rawHead + index]
    }

    /// Reads the next chunk of the origin into `raw`; `false` at its end. The bytes already
    /// decoded are dropped first, unless `keepingConsumed`.
    private func readRaw(keepingConsumed: Bool = false) throws(Failure) -> Bool {
        if originEnded { return false }
        if rawHead > 0, !keepingConsumed {
            raw.removeFirst(rawHead)
            rawOffset += rawHead
            rawHead = 0
        }
        let at = rawOffset + raw.count
        switch origin {
        case .file(let descriptor):
            var chunk = [UInt8](repeating: 0, count: ArchiveStream.chunkSize)
            var count: Int
            repeat {
                count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, ArchiveStream.chunkSize, off_t(at)) }
            } while count < 0 && errno == EINTR
            if count < 0 { throw Failure(reason: .system(FileInput.message(errno)), offset: at) }
            if count == 0 { originEnded = true; return false }
            raw.append(contentsOf: chunk[..<count])
        case .data(let data):
            guard at < data.count else { originEnded = true; return false }
            let end = min(data.count, at + ArchiveStream.chunkSize)
            raw.append(contentsOf: data[(data.startIndex + at)..<(data.startIndex + end)])
        }
        return true
    }

    /// Decodes more bytes into `buffer`; `false` when there are none.
    private func fill() throws(Failure) -> Bool {
        if head > ArchiveStream.chunkSize, head * 2 > buffer.count {
            buffer.removeFirst(head)
            head = 0
        }
        if rawHead == raw.count {
            guard try readRaw() else {
                if inflater != nil, !atMemberStart {
                    throw Failure(reason: .malformed("the gzip member is cut short (the file is truncated)"), offset: currentMember)
                }
                return false
            }
        }
        guard let inflater else {
            buffer.append(contentsOf: raw[rawHead...])
            rawHead = raw.count
            return true
        }
        if atMemberStart {
            // Zero padding or other bytes after the last member are not a member.
            guard try rawByte(at: 0) == 0x1F else { return try skipTrailingGarbage() }
            atMemberStart = false
            currentMember = rawOffset + rawHead
            memberStarts.append((position + (buffer.count - head), currentMember))
            if let memberDecoder, try decodeWholeMember(with: memberDecoder) { return true }
        }
        let before = buffer.count
        let step: Inflater.Step
        do {
            step = try raw.withUnsafeBytes { bytes in
                try inflater.inflate(UnsafeRawBufferPointer(rebasing: bytes[rawHead...])) { piece in
                    buffer.append(contentsOf: piece)
                    return !isSkimming && buffer.count - before < 4 * ArchiveStream.chunkSize
                }
            }
        } catch {
            throw Failure(reason: .malformed("gzip member: \(error)"), offset: currentMember)
        }
        rawHead += step.consumed
        if step.finished {
            inflater.reset()
            atMemberStart = true
        } else if step.consumed == 0, buffer.count == before {
            // zlib took nothing and gave nothing: never loop on it.
            throw Failure(reason: .malformed("gzip member: zlib made no progress"), offset: currentMember)
        }
        return true
    }

    /// Decodes the gzip member starting at `raw[rawHead]` in one piece, appending it to
    /// `buffer`, and returns `true`; or returns `false` having consumed nothing, for zlib to
    /// stream it. The member's end is looked for as where the next member's header (1F 8B 08)
    /// starts, or the end of the file; the four bytes before it are the trailer's size field
    /// (RFC 1952: the decompressed size mod 2^32), which is used only when it is no more than
    /// `wholeMemberLimit` and no more than deflate can make of the bytes before it. libdeflate
    /// then checks the data, CRC-32 and size; a place that is not the member's end (a header
    /// inside compressed data, a size field that lies) fails that check and the next place is
    /// tried, up to `wholeMemberAttempts`. At most about `wholeMemberLimit` compressed bytes
    /// are read ahead.
    private func decodeWholeMember(with decoder: GzipMemberDecoder) throws(Failure) -> Bool {
        // Offsets from the member's start (`rawHead`, which `readRaw` may move).
        let mostCompressed = wholeMemberLimit + wholeMemberLimit / 1_000 + 4_096
        // The smallest member: a 10-byte header, an empty deflate block, the 8-byte trailer.
        var from = 20
        var attempts = 0
        var triedFileEnd = false
        while attempts < ArchiveStream.wholeMemberAttempts {
            let candidate: Int? = raw.withUnsafeBufferPointer { bytes in
                ArchiveStream.memberHeader(in: bytes, from: rawHead + from, to: bytes.count) { _ in true }.map { $0 - rawHead }
            }
            let end: Int
            if let candidate {
                end = candidate
            } else {
                from = max(from, raw.count - rawHead - 2)
                guard raw.count - rawHead <= mostCompressed else { return false }
                if try readRaw() { continue }
                // The file's last member ends where the file does.
                guard !triedFileEnd else { return false }
                triedFileEnd = true
                end = raw.count - rawHead
            }
            from = end + 1
            guard end <= mostCompressed else { return false }
            attempts += 1
            if try decodeMember(endingAt: end, with: decoder) { return true }
        }
        return false
    }

    /// Tries to decode the member at `raw[rawHead...]` as one that ends `end` bytes on.
    private func decodeMember(endingAt end: Int, with decoder: GzipMemberDecoder) throws(Failure) -> Bool {
        let size = Int(ArchiveStream.littleEndian32(raw, at: rawHead + end - 4))
        guard size > 0, size <= wholeMemberLimit, size / ArchiveStream.largestDeflateRatio <= end else { return false }
        let before = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: size))
        let consumed = buffer.withUnsafeMutableBytes { output in
            raw.withUnsafeBytes { input in
                decoder.decode(UnsafeRawBufferPointer(rebasing: input[rawHead..<(rawHead + end)]),
                               into: UnsafeMutableRawBufferPointer(rebasing: output[before...]))
            }
        }
        guard let consumed else {
            buffer.removeSubrange(before...)
            return false
        }
        rawHead += consumed
        atMemberStart = true
        wholeMembers += 1
        return true
    }

    /// Bytes after the last gzip member: all zero is padding; anything else is reported.
    private func skipTrailingGarbage() throws(Failure) -> Bool {
        let offset = rawOffset + rawHead
        while let byte = try rawByte(at: 0) {
            guard byte == 0 else { throw Failure(reason: .malformed("bytes that are not a gzip member"), offset: offset) }
            rawHead += 1
        }
        return false
    }

    /// How many bytes are buffered, after trying to have at least `count`.
    @discardableResult
    private func available(_ count: Int) throws(Failure) -> Int {
        while buffer.count - head < count {
            guard try fill() else { break }
        }
        return buffer.count - head
    }

    /// The next line without its line break (LF or CRLF), or `nil` at the end. Never consumes
    /// more than `limit` bytes, line break included: a longer line comes in pieces.
    func readLine(limit: Int) throws(Failure) -> [UInt8]? {
        var searched = 0
        while true {
            let count = min(buffer.count - head, limit)
            if let newline = buffer[(head + searched)..<(head + count)].firstIndex(of: 0x0A) {
                var line = Array(buffer[head..<newline])
                consume(newline + 1 - head)
                if line.last == 0x0D { line.removeLast() }
                return line
            }
            searched = count
            if count < limit, try fill() { continue }
            if count == 0 { return nil }
            var line = Array(buffer[head..<(head + count)])
            consume(count)
            if line.last == 0x0D, count < limit { line.removeLast() }
            return line
        }
    }

    /// Up to `count` bytes (fewer only at the end).
    func read(_ count: Int) throws(Failure) -> [UInt8] {
        let have = try available(count)
        let taken = Array(buffer[head..<(head + min(count, have))])
        consume(taken.count)
        return taken
    }

    /// Up to `count` bytes (fewer only at the end) as `Data`, copied once from the buffer.
    func readData(_ count: Int) throws(Failure) -> Data {
        let have = try available(count)
        let taken = Data(buffer[head..<(head + min(count, have))])
        consume(taken.count)
        return taken
    }

    /// Skips up to `count` bytes without keeping them; returns how many there were.
    func skip(_ count: Int) throws(Failure) -> Int {
        var skipped = 0
        while skipped < count {
            let have = buffer.count - head
            if have == 0 {
                guard try fill() else { break }
                continue
            }
            let step = min(have, count - skipped)
            consume(step)
            skipped += step
        }
        return skipped
    }

    private func consume(_ count: Int) {
        head += count
        position += count
        if head == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            head = 0
        }
    }
}
