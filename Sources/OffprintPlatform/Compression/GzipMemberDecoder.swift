import CLibdeflate

/// Decompresses one whole gzip member (RFC 1952) in a single call with libdeflate, which is
/// faster than zlib's streaming inflate when the member and its output both fit in memory.
///
/// The caller gives the member's compressed bytes (or more: the bytes after the member are
/// left alone) and an output buffer of exactly the size it expects; libdeflate checks the
/// member's CRC-32 and size fields. Anything it refuses (bad data, another size, a member
/// that does not end within the input) is `nil`: the caller then decodes the member with
/// `Inflater`, which streams and says what is wrong. One instance owns one decompressor;
/// `deinit` frees it.
public final class GzipMemberDecoder {
    private let decompressor: OpaquePointer

    /// A decoder, or `nil` when libdeflate cannot allocate one.
    public init?() {
        guard let decompressor = libdeflate_alloc_decompressor() else { return nil }
        self.decompressor = decompressor
    }

    deinit { libdeflate_free_decompressor(decompressor) }

    /// Decompresses the gzip member at the start of `input` into all of `output`. Returns how
    /// many bytes of `input` the member took, or `nil` unless it decompressed, with a good
    /// CRC-32 and size field, to exactly `output.count` bytes.
    public func decode(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) -> Int? {
        guard let source = input.baseAddress, let target = output.baseAddress, !input.isEmpty, !output.isEmpty else { return nil }
        var consumed = 0
        var produced = 0
        let result = libdeflate_gzip_decompress_ex(decompressor, source, input.count, target, output.count, &consumed, &produced)
        guard result == LIBDEFLATE_SUCCESS, produced == output.count, consumed > 0, consumed <= input.count else { return nil }
        return consumed
    }
}
